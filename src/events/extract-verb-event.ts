/**
 * Subject + verb + date in one clause: "Flynn resigned Feb. 13", "Sessions met twice last year
 * with ambassador Sergey Kislyak", "On Thursday, Sessions recused himself". The verb is the nearest
 * one before the date (or, when the date opens the clause, the first one after it).
 */
import type { DateExpression, Event } from '../types.js';
import { findObject, findSubject, type ParticipantContext } from './participants.js';
import { actionEnd, isClauseBreak, isVerbAt } from './sentence-view.js';

/** How far from the date, in tokens, the verb may be. */
const VERB_REACH = 10;

/** Token index range [first, last] of a date inside the sentence. */
export interface DateTokens {
  date: DateExpression;
  first: number;
  last: number;
}

function findVerb(context: ParticipantContext, date: DateTokens): number | null {
  const view = context.view;
  for (let i = date.first - 1; i >= Math.max(view.from, date.first - VERB_REACH); i--) {
    if (isClauseBreak(view, i)) break;
    if (isVerbAt(view, i)) return i;
  }
  for (let i = date.last + 1; i < Math.min(view.to, date.last + 1 + VERB_REACH); i++) {
    if (isClauseBreak(view, i)) break;
    if (isVerbAt(view, i)) return i;
  }
  return null;
}

/** An event for the clause around a date, or null when no verb with a subject is near. */
export function extractVerbEvent(context: ParticipantContext, date: DateTokens): Omit<Event, 'id'> | null {
  const view = context.view;
  const verb = findVerb(context, date);
  if (verb === null) return null;
  const subject = findSubject(context, verb);
  if (subject === null) return null;
  const end = actionEnd(view, verb);
  const action = { start: view.tokens[verb]!.start, end: view.tokens[end - 1]!.end };
  const object = findObject(context, end);
  const spans = [subject.span, action, { start: date.date.start, end: date.date.end }, ...(object ? [object.span] : [])];
  const evidence = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  return {
    actors: [subject.ref],
    action: { ...action, text: view.text.slice(action.start, action.end) },
    ...(object ? { object: { ...object.span, text: view.text.slice(object.span.start, object.span.end) } } : {}),
    date: { value: date.date.value, span: { start: date.date.start, end: date.date.end } },
    evidence,
    source: 'rule:events/subject-verb-date',
  };
}
