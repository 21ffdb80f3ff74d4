/** The people list: everyone quoted in the corpus, most quoted first, searchable by name. */
import { listPeople } from '../api.js';
import { h, link, replaceChildren } from '../dom.js';
import { navigate, routeTo } from '../router.js';
import type { PersonRecord } from '../../src/store/types.js';
import { pagedList } from './common.js';

function personRow(person: PersonRecord): HTMLElement {
  return h('li', { class: 'person-row' },
    link(routeTo(['people', person.id]), person.name),
    h('span', { class: 'muted' }, [person.titles[0], person.parties.join('/'), person.states.join('/')].filter(Boolean).join(' · ')),
    h('span', { class: 'count' }, `${person.quoteCount} quotation${person.quoteCount === 1 ? '' : 's'} in ${person.articleCount} article${person.articleCount === 1 ? '' : 's'}`));
}

/** Render the people list. */
export function renderPeopleView(main: HTMLElement, params: URLSearchParams): void {
  const q = params.get('q') ?? '';
  const input = h('input', { type: 'search', id: 'people-q', name: 'q', placeholder: 'Name', 'aria-label': 'Search people by name' });
  input.value = q;
  const form = h('form', { class: 'inline-form', role: 'search' }, input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(routeTo(['people'], { q: input.value.trim() }));
  });
  const list = h('ul', { class: 'people-list' });
  replaceChildren(main, h('h1', {}, 'People'), form, pagedList(list, personRow, (cursor) => listPeople({ q, cursor, limit: '50' })));
}
