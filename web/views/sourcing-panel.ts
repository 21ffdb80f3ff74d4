/**
 * How an article is sourced: named and anonymous sources, hedges ("reportedly"), attributions to
 * other media, the share of claims without a source, and the gender and party of the people quoted,
 * with genders guessed from a first name marked as guesses.
 */
import type { Analysis, Entity } from '../../src/types.js';
import { h, percent, type Child } from '../dom.js';
import { spanTarget } from './text-focus.js';

function figure(label: string, value: string): HTMLElement {
  return h('div', { class: 'figure' }, h('dt', {}, label), h('dd', {}, value));
}

function counts(title: string, values: Record<string, number>): HTMLElement {
  const entries = Object.entries(values).filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return h('p', { class: 'count-line' }, h('strong', {}, `${title}: `), entries.length ? entries.map(([key, count]) => `${key} ${count}`).join(' · ') : 'none');
}

/** The people quoted by name, each once, in order of their first quotation. */
function quotedPeople(analysis: Analysis): Entity[] {
  const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const seen = new Map<string, Entity>();
  for (const quote of [...analysis.quotes].sort((a, b) => a.content.start - b.content.start)) {
    const entity = quote.speaker.entity ? entities.get(quote.speaker.entity) : undefined;
    if (entity && !entity.anonymous && !quote.speaker.anonymous && entity.type === 'person') seen.set(entity.id, entity);
  }
  return [...seen.values()];
}

function genderCell(entity: Entity): Child[] {
  if (!entity.gender) return [h('span', { class: 'muted' }, 'unknown')];
  if (entity.gender.basis === 'guess') return [h('span', { class: 'guessed' }, entity.gender.value), ' ', h('span', { class: 'badge guess-badge' }, 'guess')];
  return [entity.gender.value];
}

function spanList(title: string, items: Array<{ start: number; end: number; text: string; note: string }>): HTMLElement {
  return h('section', { class: 'sourcing-list' }, h('h3', {}, `${title} (${items.length})`),
    items.length === 0 ? h('p', { class: 'muted' }, 'none') : h('ul', {}, ...items.map((item) =>
      h('li', {}, h('button', { type: 'button', class: 'span-link', ...spanTarget(item) }, `“${item.text}”`), h('span', { class: 'muted' }, ` ${item.note}`)))));
}

/** The sourcing panel of an analysis. */
export function sourcingPanel(analysis: Analysis): HTMLElement {
  const profile = analysis.sourcing;
  if (!profile) return h('p', { class: 'muted' }, 'This analysis has no sourcing profile.');
  const sources = profile.namedSources + profile.anonymousSources;
  const people = quotedPeople(analysis);
  const guessed = people.filter((person) => person.gender?.basis === 'guess').length;
  const anonymous = [...new Set(analysis.quotes.filter((quote) => quote.speaker.anonymous).map((quote) => quote.speaker.description ?? quote.speaker.name ?? quote.speaker.mention?.text ?? 'unnamed source'))];
  return h('div', { class: 'sourcing' },
    h('dl', { class: 'figures' },
      figure('named sources', String(profile.namedSources)),
      figure('anonymous sources', `${profile.anonymousSources}${sources ? ` (${percent(profile.anonymousSources / sources)})` : ''}`),
      figure('claims without a source', percent(profile.unattributedClaimShare))),
    anonymous.length ? h('p', { class: 'count-line' }, h('strong', {}, 'Anonymous: '), anonymous.join('; ')) : null,
    spanList('Hedges and distancing', profile.hedges.map((hedge) => ({ ...hedge, note: hedge.kind === 'hedge' ? 'hedge' : 'distancing' }))),
    spanList('Attributed to other media', profile.mediaAttributions.map((media) => ({ ...media, note: media.outlet }))),
    h('section', { class: 'sourcing-list' }, h('h3', {}, 'People quoted'),
      counts('Gender', profile.genderOfQuoted),
      counts('Party', profile.partyOfQuoted),
      guessed ? h('p', { class: 'muted' }, `${guessed} gender${guessed === 1 ? ' is a guess' : 's are guesses'} from a first name alone, marked “guess”.`) : null,
      people.length ? h('table', { class: 'people-table' },
        h('caption', { class: 'visually-hidden' }, 'Gender and party of each person quoted'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Gender'), h('th', { scope: 'col' }, 'Party'))),
        h('tbody', {}, ...people.map((person) => h('tr', {}, h('th', { scope: 'row' }, person.name), h('td', {}, ...genderCell(person)), h('td', {}, person.party ?? h('span', { class: 'muted' }, 'unknown')))))) : null));
}
