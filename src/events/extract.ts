/**
 * Dated events of a document: for every resolved date, the clause's subject-verb event and the
 * event noun it anchors. Undated clauses yield nothing: an event here is something the text puts
 * on the calendar.
 */
import type { DateExpression, Entity, Event, Sentence, Token } from '../types.js';
import { extractNominalEvent } from './extract-nominal-event.js';
import { extractVerbEvent, type DateTokens } from './extract-verb-event.js';
import { indexMentions } from './mentions.js';
import type { ParticipantContext } from './participants.js';

/** Everything event extraction reads from the document. */
export interface EventInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  dates: readonly DateExpression[];
  entities: readonly Entity[];
}

/**
 * The event extractors in order: a noun event anchored by the date ("hearing in January") is
 * tried first because a verb found for the same date would usually belong to another clause.
 */
const EXTRACTORS = [extractNominalEvent, extractVerbEvent] as const;

/** Dates that can place an event on the calendar: points in time, not lengths, sets or vague references. */
function isAnchoringDate(date: DateExpression): boolean {
  return (date.type === 'DATE' || date.type === 'TIME') && !date.value.endsWith('_REF');
}

/** Extract dated events. */
export function extractEvents(input: EventInput): Event[] {
  const mentions = indexMentions(input.entities);
  const dateSpans = input.dates.map((date) => ({ start: date.start, end: date.end }));
  const events: Event[] = [];
  const seen = new Set<string>();
  let t = 0;
  for (const date of input.dates) {
    if (!isAnchoringDate(date)) continue;
    while (t < input.tokens.length && input.tokens[t]!.end <= date.start) t++;
    const firstToken = input.tokens[t];
    if (firstToken === undefined) break;
    let last = t;
    while (last + 1 < input.tokens.length && input.tokens[last + 1]!.start < date.end) last++;
    const sentence = firstToken.sentence;
    let from = t;
    while (from > 0 && input.tokens[from - 1]!.sentence === sentence) from--;
    let to = last + 1;
    while (to < input.tokens.length && input.tokens[to]!.sentence === sentence) to++;
    const context: ParticipantContext = { view: { text: input.text, tokens: input.tokens, from, to }, mentions, dateSpans };
    const dateTokens: DateTokens = { date, first: t, last };
    for (const extractor of EXTRACTORS) {
      const event = extractor(context, dateTokens);
      if (event === null) continue;
      const key = `${event.action.start}:${event.date?.value ?? ''}`;
      if (seen.has(key)) break;
      seen.add(key);
      events.push({ id: `ev${events.length + 1}`, ...event });
      break;
    }
  }
  return events;
}
