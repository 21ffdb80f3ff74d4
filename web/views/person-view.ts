/**
 * A person's dossier: quotations over time, outlets that quote them, people they speak about, their
 * contradictions, calls to act made and received, their timeline, and their quotations.
 */
import { getDossier } from '../api.js';
import { barChart, timeChart } from '../charts.js';
import { h, replaceChildren } from '../dom.js';
import { routeTo } from '../router.js';
import { quoteItem, showError } from './common.js';
import { callsSection, contradictionsSection, timelineSection } from './person-findings.js';

/** Render the person page. */
export function renderPersonView(main: HTMLElement, id: string): void {
  replaceChildren(main, h('p', { class: 'muted', role: 'status' }, 'Loading…'));
  getDossier(id)
    .then((dossier) => {
      const person = dossier.person;
      const facts = [person.titles.join(', '), person.parties.length ? `Party: ${person.parties.join(', ')}` : '', person.states.length ? `State: ${person.states.join(', ')}` : '', person.gender ?? ''].filter(Boolean);
      replaceChildren(main,
        h('h1', { class: 'person-name' }, person.name),
        facts.length ? h('p', { class: 'lede' }, facts.join(' · ')) : null,
        h('p', {}, `${person.quoteCount} quotation${person.quoteCount === 1 ? '' : 's'} in ${person.articleCount} article${person.articleCount === 1 ? '' : 's'}.`),
        h('div', { class: 'chart-grid' },
          timeChart('Quotations per month, by outlet', dossier.quotesByMonth.map((entry) => ({ period: entry.month, series: entry.outlet, count: entry.count }))),
          barChart('Outlets quoting them', dossier.quotedBy.map((entry) => ({ label: entry.outlet, value: entry.count }))),
          barChart('People they speak about', dossier.talksAbout.slice(0, 15).map((entry) => ({ label: entry.name, value: entry.count, href: `#${routeTo(['people', entry.name])}` })))),
        contradictionsSection(dossier),
        callsSection(dossier),
        timelineSection(person.id),
        h('h2', {}, 'Quotations'),
        h('ul', { class: 'quote-list' }, ...dossier.quotes.map(quoteItem)));
    })
    .catch((error: unknown) => showError(main, error));
}
