/**
 * An event noun anchored by a date: "his confirmation hearing in January", "the 2016 election",
 * "a Thursday news conference". The actor is a possessive before the noun phrase ("his",
 * "Sessions'"), when there is one.
 */
import type { Event, Span } from '../types.js';
import { eventNouns } from './lexicon.js';
import { findSubject, type Participant, type ParticipantContext } from './participants.js';
import type { DateTokens } from './extract-verb-event.js';
import { isClauseBreak, isNameWordAt, lowerAt } from './sentence-view.js';

const LINKS = new Set(['in', 'on', 'during', 'at', 'of', 'from']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', "'s", "'", 'its']);
const POSSESSIVES = new Set(['his', 'her', 'their']);
const MAX_MODIFIERS = 3;

/** The noun phrase [first, head] whose head is an event noun ending at token `head`, walking left over modifiers. */
function phraseEndingAt(context: ParticipantContext, head: number): [number, number] | null {
  const view = context.view;
  if (!eventNouns().has(lowerAt(view, head))) return null;
  let first = head;
  for (let k = 0; k < MAX_MODIFIERS; k++) {
    const word = lowerAt(view, first - 1);
    if (word === '' || DETERMINERS.has(word) || LINKS.has(word) || isClauseBreak(view, first - 1) || word === ',') break;
    if (!/^[a-z][a-z-]*$/.test(word)) break;
    first--;
  }
  return [first, head];
}

/** The possessor before a noun phrase starting at token `first` ("his", "Sessions '"), if any. */
function possessor(context: ParticipantContext, first: number): Participant | null {
  const view = context.view;
  const before = lowerAt(view, first - 1);
  if (POSSESSIVES.has(before)) return findSubject(context, first);
  if ((before === "'s" || before === "'") && isNameWordAt(view, first - 2)) return findSubject(context, first - 1);
  return null;
}

/** An event for an event noun next to a date, or null. */
export function extractNominalEvent(context: ParticipantContext, date: DateTokens): Omit<Event, 'id'> | null {
  const view = context.view;
  let phrase: [number, number] | null = null;
  // "hearing in January": the noun phrase ends just before a linking preposition.
  if (LINKS.has(lowerAt(view, date.first - 1))) phrase = phraseEndingAt(context, date.first - 2);
  // "a Thursday news conference", "the 2016 election": the date modifies the noun phrase after it.
  if (phrase === null) {
    for (let head = date.last + 1; head <= date.last + 1 + MAX_MODIFIERS && head < view.to; head++) {
      if (eventNouns().has(lowerAt(view, head))) {
        phrase = [date.last + 1, head];
        break;
      }
      if (!/^[a-z][a-z-]*$/.test(lowerAt(view, head))) break;
    }
  }
  if (phrase === null) return null;
  const [first, head] = phrase;
  const action: Span = { start: view.tokens[first]!.start, end: view.tokens[head]!.end };
  const owner = first > date.last ? possessor(context, date.first) : possessor(context, first);
  const spans = [action, { start: date.date.start, end: date.date.end }, ...(owner ? [owner.span] : [])];
  return {
    actors: owner ? [owner.ref] : [],
    action: { ...action, text: view.text.slice(action.start, action.end) },
    date: { value: date.date.value, span: { start: date.date.start, end: date.date.end } },
    evidence: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
    source: 'rule:events/dated-event-noun',
  };
}
