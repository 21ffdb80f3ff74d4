/**
 * Corpus search over quotations (or articles) with facets: speaker, outlet and date range. The
 * query lives in the address (#/search?q=…&speaker=…), so a search can be bookmarked and shared.
 */
import { getStats, listArticles, searchQuotes, type ArticleSummary } from '../api.js';
import { h, link, replaceChildren } from '../dom.js';
import { navigate, routeTo } from '../router.js';
import type { QuoteRecord } from '../../src/store/types.js';
import { pagedList, quoteItem } from './common.js';

const FIELDS = ['q', 'speaker', 'about', 'outlet', 'from', 'to'] as const;

function articleItem(article: ArticleSummary): HTMLElement {
  return h('li', { class: 'article-item' },
    link(routeTo(['articles', article.id]), article.title ?? article.id),
    h('p', { class: 'muted' }, [article.outlet, article.date].filter(Boolean).join(' · ')),
    h('p', {}, article.excerpt));
}

/** Facet counts over the results loaded so far, each a link that narrows the search. */
function facetBox(title: string, name: 'speaker' | 'outlet', current: URLSearchParams): { element: HTMLElement; add: (values: Array<string | null | undefined>) => void } {
  const counts = new Map<string, number>();
  const list = h('ul', { class: 'facet-list' });
  const element = h('section', { class: 'facet' }, h('h3', {}, title), list);
  return {
    element,
    add(values) {
      for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
      const entries = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12);
      replaceChildren(list, ...entries.map(([value, count]) => {
        const params: Record<string, string | undefined> = Object.fromEntries(FIELDS.map((field) => [field, current.get(field) ?? undefined]));
        params[name] = value;
        return h('li', {}, link(routeTo(['search'], { ...params, mode: current.get('mode') ?? undefined }), value), h('span', { class: 'count' }, String(count)));
      }));
      if (entries.length === 0) replaceChildren(list, h('li', { class: 'muted' }, 'none in these results'));
    },
  };
}

/** Render the search page. */
export function renderSearchView(main: HTMLElement, params: URLSearchParams): void {
  const mode = params.get('mode') === 'articles' ? 'articles' : 'quotes';
  const inputs = {
    q: h('input', { type: 'search', id: 'search-q', name: 'q', placeholder: 'Words' }),
    speaker: h('input', { type: 'text', id: 'search-speaker', name: 'speaker', list: 'speaker-options', disabled: mode === 'articles' }),
    about: h('input', { type: 'text', id: 'search-about', name: 'about', disabled: mode === 'articles' }),
    outlet: h('input', { type: 'text', id: 'search-outlet', name: 'outlet', list: 'outlet-options' }),
    from: h('input', { type: 'date', id: 'search-from', name: 'from' }),
    to: h('input', { type: 'date', id: 'search-to', name: 'to' }),
  };
  for (const field of FIELDS) inputs[field].value = params.get(field) ?? '';
  const speakerOptions = h('datalist', { id: 'speaker-options' });
  const outletOptions = h('datalist', { id: 'outlet-options' });
  const modeSelect = h('select', { id: 'search-mode', name: 'mode' }, h('option', { value: 'quotes' }, 'Quotations'), h('option', { value: 'articles' }, 'Articles'));
  modeSelect.value = mode;
  const label = (text: string, input: HTMLElement): HTMLElement => h('label', { class: 'field' }, h('span', {}, text), input);
  const form = h('form', { class: 'search-form', role: 'search' },
    label('Search', inputs.q), label('In', modeSelect), label('Speaker', inputs.speaker), label('About', inputs.about), label('Outlet', inputs.outlet), label('From', inputs.from), label('To', inputs.to),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Search'), link(routeTo(['search'], { mode }), 'Clear')),
    speakerOptions, outletOptions);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: Record<string, string | undefined> = { mode: modeSelect.value === 'articles' ? 'articles' : undefined };
    for (const field of FIELDS) next[field] = inputs[field].value.trim() || undefined;
    navigate(routeTo(['search'], next));
  });

  getStats()
    .then((stats) => {
      replaceChildren(speakerOptions, ...stats.topPeople.map((person) => h('option', { value: person.name })));
      replaceChildren(outletOptions, ...stats.byOutlet.map((outlet) => h('option', { value: outlet.outlet })));
    })
    .catch(() => undefined);

  const query: Record<string, string | undefined> = {};
  for (const field of FIELDS) query[field] = params.get(field) ?? undefined;
  const speakers = facetBox('Speakers', 'speaker', params);
  const outlets = facetBox('Outlets', 'outlet', params);
  let results: HTMLElement;
  if (mode === 'articles') {
    const list = h('ul', { class: 'article-list', id: 'search-results' });
    const { speaker: _speaker, about: _about, ...articleQuery } = query;
    results = pagedList<ArticleSummary>(list, articleItem, (cursor) => listArticles({ ...articleQuery, cursor }), (items) => outlets.add(items.map((item) => item.outlet)));
  } else {
    const list = h('ul', { class: 'quote-list', id: 'search-results' });
    results = pagedList<QuoteRecord>(list, quoteItem, (cursor) => searchQuotes({ ...query, cursor }), (items) => {
      speakers.add(items.map((item) => item.speakerName));
      outlets.add(items.map((item) => item.outlet));
    });
  }
  replaceChildren(main, h('h1', {}, 'Search the corpus'), form,
    h('div', { class: 'search-layout' }, h('aside', { class: 'facets', 'aria-label': 'Facets' }, mode === 'quotes' ? speakers.element : null, outlets.element), h('section', { 'aria-label': 'Results' }, results)));
}
