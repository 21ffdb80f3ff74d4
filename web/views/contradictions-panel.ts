/**
 * Possible contradictions in an article: what a person said next to the fact it clashes with, both
 * controls that show their words in the text, with the explanation and how sure whosaid is.
 */
import type { Analysis, Contradiction } from '../../src/types.js';
import { h } from '../dom.js';
import { describeTimex } from './date-label.js';
import { spanTarget } from './text-focus.js';

function side(label: string, className: string, span: { start: number; end: number; text: string }, date: string | undefined): HTMLElement {
  return h('div', { class: `clash-side ${className}` },
    h('span', { class: 'clash-label' }, label),
    h('button', { type: 'button', class: `span-link ${className}-link`, ...spanTarget(span) }, `“${span.text}”`),
    date ? h('span', { class: 'clash-date' }, describeTimex(date)) : null);
}

function item(contradiction: Contradiction): HTMLElement {
  return h('li', { class: 'contradiction' },
    h('p', { class: 'clash-person' }, h('strong', {}, contradiction.person.name ?? 'Someone unnamed'), h('span', { class: 'muted' }, ` · confidence ${contradiction.confidence.toFixed(2)}`)),
    side('Said', 'statement', contradiction.statement, contradiction.statementDate),
    side('Conflicts with', 'fact', contradiction.conflictsWith, contradiction.factDate),
    h('p', { class: 'explanation' }, contradiction.explanation));
}

/** The contradictions panel of an analysis, most confident first. */
export function contradictionsPanel(analysis: Analysis): HTMLElement {
  const found = [...analysis.contradictions].sort((a, b) => b.confidence - a.confidence || a.statement.start - b.statement.start);
  if (found.length === 0) return h('p', { class: 'muted' }, 'No contradictions found.');
  return h('div', {},
    h('p', { class: 'panel-note' }, 'Statements that clash with a fact reported in the article. Choose either side to see it in the text.'),
    h('ol', { class: 'contradiction-list' }, ...found.map(item)));
}
