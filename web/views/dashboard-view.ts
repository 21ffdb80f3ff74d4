/** The corpus dashboard: most-quoted people, anonymous sourcing, gender and party balance by outlet and over time, the corpus's sourcing profile. */
import { getStats } from '../api.js';
import { barChart, shareColumnsChart, shareOverTimeChart, stackedShareChart, type PeriodParts, type PeriodShare } from '../charts.js';
import { h, percent, replaceChildren } from '../dom.js';
import { routeTo } from '../router.js';
import type { Stats } from '../../src/store/types.js';
import { showError } from './common.js';

/** One month of Stats.byMonth. */
type Month = Stats['byMonth'][number];

/** Longest span drawn month by month; longer corpora are drawn year by year so columns stay readable. */
const MAX_MONTHS = 60;

/** Counts of one period of the balance charts. */
export interface Period {
  period: string;
  quotes: number;
  anonymous: number;
  gender: Record<string, number>;
  party: Record<string, number>;
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
}

function monthIndex(month: string): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

function monthName(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The periods of the balance charts: every month from the first to the last (months without
 * quotations included, so gaps show), or every year when that would be more than MAX_MONTHS.
 */
export function balancePeriods(months: readonly Month[]): { unit: 'month' | 'year'; periods: Period[] } {
  const indexed = months.flatMap((month) => {
    const index = monthIndex(month.month);
    return index === null ? [] : [{ index, month }];
  });
  if (indexed.length === 0) return { unit: 'month', periods: [] };
  const first = Math.min(...indexed.map((entry) => entry.index));
  const last = Math.max(...indexed.map((entry) => entry.index));
  const unit = last - first + 1 > MAX_MONTHS ? 'year' : 'month';
  const keyOf = (index: number): string => unit === 'year' ? String(Math.floor(index / 12)) : monthName(index);
  const periods = new Map<string, Period>();
  for (let index = first; index <= last; index += unit === 'year' ? 12 - (index % 12) : 1) {
    const key = keyOf(index);
    periods.set(key, { period: key, quotes: 0, anonymous: 0, gender: {}, party: {} });
  }
  for (const { index, month } of indexed) {
    const period = periods.get(keyOf(index));
    if (!period) continue;
    period.quotes += month.quotes;
    period.anonymous += Math.round(month.anonymousShare * month.quotes);
    addCounts(period.gender, month.gender ?? {});
    addCounts(period.party, month.party ?? {});
  }
  return { unit, periods: [...periods.values()] };
}

function tile(label: string, value: string): HTMLElement {
  return h('div', { class: 'tile' }, h('span', { class: 'tile-value' }, value), h('span', { class: 'tile-label' }, label));
}

function overTime(stats: Stats): HTMLElement[] {
  // Stats from a server older than byMonth lack it.
  const { unit, periods } = balancePeriods(stats.byMonth ?? []);
  if (periods.length === 0) return [h('p', { class: 'muted over-time-note' }, 'Balance over time appears once the corpus has dated articles.')];
  const gender: PeriodParts[] = periods.map((period) => ({ period: period.period, parts: period.gender }));
  const party: PeriodParts[] = periods.map((period) => ({ period: period.period, parts: period.party }));
  const anonymous: PeriodShare[] = periods.map((period) => ({ period: period.period, share: period.quotes ? period.anonymous / period.quotes : 0, of: period.quotes }));
  return [
    h('p', { class: 'muted chart-note' }, `Blank ${unit}s have no dated quotations.`),
    shareOverTimeChart(`Gender of quoted people, share per ${unit}`, gender),
    shareOverTimeChart(`Party of quoted people, share per ${unit}`, party),
    shareColumnsChart(`Share of anonymous sources, per ${unit}`, anonymous, 'quotations'),
  ];
}

/** The summed sourcing profiles of the corpus's articles, as tiles. */
function sourcing(stats: Stats): HTMLElement[] {
  // A server older than the sourcing store sends none.
  const profile = stats.sourcing;
  if (!profile || profile.articles === 0) return [h('p', { class: 'muted' }, 'The sourcing profile appears once articles are analysed with it.')];
  const sources = profile.namedSources + profile.anonymousSources;
  const perArticle = (count: number): string => `${(count / profile.articles).toFixed(1)} per article`;
  return [
    h('p', { class: 'lede' }, `Summed over ${profile.articles.toLocaleString('en')} article${profile.articles === 1 ? '' : 's'}.`),
    h('div', { class: 'tiles', id: 'sourcing-tiles' },
      tile(`named sources (${perArticle(profile.namedSources)})`, profile.namedSources.toLocaleString('en')),
      tile(`anonymous sources (${sources ? percent(profile.anonymousSources / sources) : '0%'} of sources)`, profile.anonymousSources.toLocaleString('en')),
      tile(`hedges and distancing words (${perArticle(profile.hedges)})`, profile.hedges.toLocaleString('en')),
      tile(`attributions to other media (${perArticle(profile.mediaAttributions)})`, profile.mediaAttributions.toLocaleString('en')),
      tile('claims without a source (mean per article)', percent(profile.unattributedShare))),
  ];
}

/** Render the dashboard. */
export function renderDashboardView(main: HTMLElement): void {
  replaceChildren(main, h('p', { class: 'muted', role: 'status' }, 'Loading…'));
  getStats()
    .then((stats) => {
      const outlets = [...stats.byOutlet].sort((a, b) => b.quotes - a.quotes).slice(0, 15);
      replaceChildren(main,
        h('h1', {}, 'Corpus dashboard'),
        h('div', { class: 'tiles' }, tile('articles', stats.articles.toLocaleString('en')), tile('quotations', stats.quotes.toLocaleString('en')), tile('people', stats.people.toLocaleString('en')), tile('from anonymous sources', percent(stats.anonymousShare))),
        h('div', { class: 'chart-grid' },
          barChart('Most-quoted people', stats.topPeople.map((person) => ({ label: person.name, value: person.quotes, href: `#${routeTo(['people', person.id])}` }))),
          barChart('Share of anonymous sources, by outlet', outlets.map((outlet) => ({ label: outlet.outlet, value: outlet.anonymousShare })), percent),
          stackedShareChart('Gender of quoted sources, by outlet', [{ label: 'All outlets', parts: stats.gender }, ...outlets.map((outlet) => ({ label: outlet.outlet, parts: outlet.gender }))]),
          stackedShareChart('Party of quoted sources, by outlet', [{ label: 'All outlets', parts: stats.party }, ...outlets.map((outlet) => ({ label: outlet.outlet, parts: outlet.party }))])),
        h('h2', {}, 'Sourcing'),
        ...sourcing(stats),
        h('h2', {}, 'Balance over time'),
        h('p', { class: 'lede' }, 'By the month of the article date (undated articles are left out). Gender and party shares count quotations by named people; the anonymous share is of all quotations.'),
        h('div', { class: 'chart-grid' }, ...overTime(stats)));
    })
    .catch((error: unknown) => showError(main, error));
}
