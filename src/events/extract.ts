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
  const events: Event[] = [];
  const seen = new Set<string>();
  const located = locateDates(input);
  // Dates come in text order, so each sentence's dates form one run; participants skip only those.
  for (let run = 0; run < located.length;) {
    const sentence = located[run]!.sentence;
    let end = run;
    while (end < located.length && located[end]!.sentence === sentence) end++;
    const group = located.slice(run, end);
    const dateSpans = group.map((entry) => ({ start: entry.date.start, end: entry.date.end }));
    for (const entry of group) {
      if (!isAnchoringDate(entry.date)) continue;
      const context: ParticipantContext = { view: { text: input.text, tokens: input.tokens, from: entry.from, to: entry.to }, mentions, dateSpans };
      for (const extractor of EXTRACTORS) {
        const event = extractor(context, entry);
        if (event === null) continue;
        const key = `${event.action.start}:${event.date?.value ?? ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          events.push({ id: `ev${events.length + 1}`, ...event });
        }
        break;
      }
    }
    run = end;
  }
  return events;
}

/** A date with its token range and its sentence's token range. */
interface LocatedDate extends DateTokens {
  sentence: number;
  from: number;
  to: number;
}

/** Find each date's tokens and sentence in one forward pass (dates and tokens are both in text order). */
function locateDates(input: EventInput): LocatedDate[] {
  const located: LocatedDate[] = [];
  const tokens = input.tokens;
  let t = 0;
  let from = 0;
  let to = 0;
  for (const date of input.dates) {
    while (t < tokens.length && tokens[t]!.end <= date.start) t++;
    const first = tokens[t];
    if (first === undefined) break;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < date.end) last++;
    if (t >= to) {
      from = t;
      while (from > 0 && tokens[from - 1]!.sentence === first.sentence) from--;
      to = last + 1;
      while (to < tokens.length && tokens[to]!.sentence === first.sentence) to++;
    }
    located.push({ date, first: t, last, sentence: first.sentence, from, to });
  }
  return located;
}
