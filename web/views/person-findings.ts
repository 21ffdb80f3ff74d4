/**
 * A person's findings across the corpus on their page: their timeline, the calls to act they made
 * and received, and their statements that conflict with reported facts. Each entry links to its
 * article with its words highlighted (#/articles/{id}?start&end).
 */
import { getPersonTimeline } from '../api.js';
import { h, link, type Child } from '../dom.js';
import { routeTo } from '../router.js';
import type { CallRecord, ContradictionRecord, Dossier, TimelineEntry } from '../../src/store/types.js';
import { callLine, callMarks } from './calls-panel.js';
import { pagedList } from './common.js';
import { describeTimex } from './date-label.js';

/** The route of an article with a span of it highlighted. */
export function spanRoute(articleId: string, span: { start: number; end: number }): string {
  return routeTo(['articles', articleId], { start: String(span.start), end: String(span.end) });
}

/** Where an entry was found: "in <title> (outlet, date)", linking to the words in the article. */
function source(articleId: string, span: { start: number; end: number }, title: string | undefined, details: Array<string | undefined>): HTMLElement {
  const facts = details.filter(Boolean).join(', ');
  return h('p', { class: 'finding-source' }, 'in ', link(spanRoute(articleId, span), title ?? 'an article'), facts ? ` (${facts})` : '');
}

function timelineItem(entry: TimelineEntry): HTMLElement {
  const when: Child[] = entry.date
    ? [h('span', { class: 'resolved-date' }, describeTimex(entry.date)), describeTimex(entry.date) === entry.date ? null : h('span', { class: 'timex-value' }, entry.date)]
    : [h('span', { class: 'muted' }, 'undated')];
  return h('li', { class: 'timeline-entry', 'data-value': entry.date ?? '' },
    h('div', { class: 'timeline-date' }, ...when),
    h('div', {},
      h('p', { class: 'finding-text' }, h('strong', {}, entry.action), entry.role === 'participant' ? h('span', { class: 'badge role-badge' }, 'involved') : null, ' ', h('q', {}, entry.text)),
      source(entry.articleId, entry, entry.articleTitle, [entry.outlet])));
}

function callItem(call: CallRecord): HTMLElement {
  const view = { actor: call.actor.name, target: call.target.name, action: call.action, stance: call.stance, negated: call.negated, conditional: call.conditional };
  return h('li', { class: `call-item${call.negated ? ' negated' : ''}${call.conditional ? ' conditional' : ''}` },
    h('p', { class: 'call-line' }, ...callLine(view)),
    callMarks(view),
    h('blockquote', { class: 'finding-quote' }, call.evidence.text),
    source(call.articleId, call.evidence, call.articleTitle, [call.outlet, call.date]));
}

function contradictionItem(contradiction: ContradictionRecord): HTMLElement {
  const side = (label: string, className: string, found: ContradictionRecord['statement'], date: string | undefined): HTMLElement =>
    h('div', { class: `clash-side ${className}` },
      h('span', { class: 'clash-label' }, label),
      link(spanRoute(found.articleId, found), `“${found.text}”`),
      date ? h('span', { class: 'clash-date' }, describeTimex(date)) : null);
  return h('li', { class: 'contradiction' },
    h('p', { class: 'clash-person' }, h('strong', {}, contradiction.person.name),
      contradiction.scope === 'corpus' ? h('span', { class: 'badge scope-badge' }, 'across articles') : null,
      h('span', { class: 'muted' }, ` · confidence ${contradiction.confidence.toFixed(2)}`)),
    side('Said', 'statement', contradiction.statement, contradiction.statementDate),
    side('Conflicts with', 'fact', contradiction.conflictsWith, contradiction.factDate),
    h('p', { class: 'explanation' }, contradiction.explanation));
}

function list(className: string, items: HTMLElement[], none: string): HTMLElement {
  return items.length ? h('ol', { class: className }, ...items) : h('p', { class: 'muted' }, none);
}

/** The person's timeline, page by page from the API. */
export function timelineSection(personId: string): HTMLElement {
  const entries = h('ol', { class: 'timeline person-timeline', id: 'person-timeline' });
  return h('section', { class: 'finding-section', 'aria-labelledby': 'timeline-heading' },
    h('h2', { id: 'timeline-heading' }, 'Timeline'),
    h('p', { class: 'panel-note' }, 'Events they took part in, across the corpus: dated events in calendar order, then undated ones.'),
    pagedList(entries, timelineItem, (cursor) => getPersonTimeline(personId, { cursor, limit: '50' })));
}

/** The calls to act the person made and received. */
export function callsSection(dossier: Dossier): HTMLElement {
  // A server older than the calls store sends no calls.
  const calls = dossier.calls ?? { made: [], received: [] };
  return h('section', { class: 'finding-section', 'aria-labelledby': 'calls-heading' },
    h('h2', { id: 'calls-heading' }, 'Calls to act'),
    h('div', { class: 'finding-columns' },
      h('section', { 'aria-labelledby': 'calls-made-heading' }, h('h3', { id: 'calls-made-heading' }, `Made (${calls.made.length})`), list('call-list', calls.made.map(callItem), 'None found.')),
      h('section', { 'aria-labelledby': 'calls-received-heading' }, h('h3', { id: 'calls-received-heading' }, `Received (${calls.received.length})`), list('call-list', calls.received.map(callItem), 'None found.'))));
}

/** The person's statements that conflict with reported facts. */
export function contradictionsSection(dossier: Dossier): HTMLElement {
  const found = dossier.contradictions ?? [];
  return h('section', { class: 'finding-section', 'aria-labelledby': 'contradictions-heading' },
    h('h2', { id: 'contradictions-heading' }, `Contradictions (${found.length})`),
    list('contradiction-list', found.map(contradictionItem), 'None found.'));
}
