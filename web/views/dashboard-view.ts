/** The corpus dashboard: most-quoted people, anonymous sourcing, gender and party balance by outlet (and over time when the store reports it). */
import { getStats } from '../api.js';
import { barChart, stackedShareChart, timeChart, type TimePoint } from '../charts.js';
import { h, percent, replaceChildren } from '../dom.js';
import { routeTo } from '../router.js';
import type { Stats } from '../../src/store/types.js';
import { showError } from './common.js';

/** Optional monthly breakdown a store may add to its statistics. */
interface MonthlyStats {
  byMonth?: Array<{ month: string; quotes: number; anonymous?: number; gender?: Record<string, number>; party?: Record<string, number> }>;
}

function tile(label: string, value: string): HTMLElement {
  return h('div', { class: 'tile' }, h('span', { class: 'tile-value' }, value), h('span', { class: 'tile-label' }, label));
}

function overTime(stats: Stats & MonthlyStats): HTMLElement[] {
  const months = stats.byMonth ?? [];
  if (months.length === 0) return [h('p', { class: 'muted' }, 'Balance over time appears once the store reports statistics by month.')];
  const gender: TimePoint[] = months.flatMap((month) => Object.entries(month.gender ?? {}).map(([series, count]) => ({ period: month.month, series, count })));
  const party: TimePoint[] = months.flatMap((month) => Object.entries(month.party ?? {}).map(([series, count]) => ({ period: month.month, series, count })));
  return [timeChart('Quoted sources by gender, per month', gender), timeChart('Quoted sources by party, per month', party)];
}

/** Render the dashboard. */
export function renderDashboardView(main: HTMLElement): void {
  replaceChildren(main, h('p', { class: 'muted', role: 'status' }, 'Loading…'));
  getStats()
    .then((stats: Stats & MonthlyStats) => {
      const outlets = [...stats.byOutlet].sort((a, b) => b.quotes - a.quotes).slice(0, 15);
      replaceChildren(main,
        h('h1', {}, 'Corpus dashboard'),
        h('div', { class: 'tiles' }, tile('articles', stats.articles.toLocaleString('en')), tile('quotations', stats.quotes.toLocaleString('en')), tile('people', stats.people.toLocaleString('en')), tile('from anonymous sources', percent(stats.anonymousShare))),
        h('div', { class: 'chart-grid' },
          barChart('Most-quoted people', stats.topPeople.map((person) => ({ label: person.name, value: person.quotes, href: `#${routeTo(['people', person.id])}` }))),
          barChart('Share of anonymous sources, by outlet', outlets.map((outlet) => ({ label: outlet.outlet, value: outlet.anonymousShare })), percent),
          stackedShareChart('Gender of quoted sources, by outlet', [{ label: 'All outlets', parts: stats.gender }, ...outlets.map((outlet) => ({ label: outlet.outlet, parts: outlet.gender }))]),
          stackedShareChart('Party of quoted sources, by outlet', [{ label: 'All outlets', parts: stats.party }, ...outlets.map((outlet) => ({ label: outlet.outlet, parts: outlet.party }))]),
          ...overTime(stats)));
    })
    .catch((error: unknown) => showError(main, error));
}
