/**
 * Timelines: an article's dated events and quotations in calendar order, for the whole article or
 * for one person. A quotation is dated by a date next to its cue ("Sessions said Thursday");
 * otherwise by the publication date, marked as such because it only bounds when it was said.
 */
import type { Analysis, DateExpression, Event, Quote, Span } from '../types.js';
import { timexRange } from './timex-order.js';
import { lowerBound } from '../text/spans.js';

/** One entry of a timeline. */
export type TimelineEntry =
  | { kind: 'event'; value: string; first: string; last: string; event: Event }
  | { kind: 'quote'; value: string; first: string; last: string; quote: Quote; dated: 'stated' | 'publication' };

/** How far, in characters, a date may lie from a quotation's cue to date it. */
const CUE_REACH = 40;

/** The date stated next to a quotation's cue, if any. */
function cueDate(quote: Quote, dates: readonly DateExpression[]): DateExpression | undefined {
  const cue: Span | null = quote.cue;
  if (cue === null) return undefined;
  // Dates are in text order: binary-search the first one after the cue, then look a short way on.
  const low = lowerBound(dates, cue.end);
  for (let i = low; i < dates.length && dates[i]!.start - cue.end <= CUE_REACH; i++) {
    const date = dates[i]!;
    const insideQuote = date.start < quote.content.end && date.end > quote.content.start;
    if ((date.type === 'DATE' || date.type === 'TIME') && timexRange(date.value) !== null && !insideQuote) return date;
  }
  return undefined;
}

function byCalendar(a: TimelineEntry, b: TimelineEntry): number {
  // Earlier start first; among equal starts the narrower (more precise) range first.
  return a.first.localeCompare(b.first) || a.last.localeCompare(b.last);
}

/** Every dated event and quotation of an analysis, in calendar order. */
export function timeline(analysis: Analysis): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of analysis.events) {
    const range = event.date ? timexRange(event.date.value) : null;
    if (event.date && range) entries.push({ kind: 'event', value: event.date.value, ...range, event });
  }
  for (const quote of analysis.quotes) {
    const stated = cueDate(quote, analysis.dates);
    const statedRange = stated ? timexRange(stated.value) : null;
    if (stated && statedRange) {
      entries.push({ kind: 'quote', value: stated.value, ...statedRange, quote, dated: 'stated' });
      continue;
    }
    const published = analysis.date ? timexRange(analysis.date.slice(0, 10)) : null;
    if (analysis.date && published) entries.push({ kind: 'quote', value: analysis.date.slice(0, 10), ...published, quote, dated: 'publication' });
  }
  // Array.prototype.sort is stable, so entries on the same day keep text order.
  return entries.sort(byCalendar);
}

/** The timeline of one person: events they take part in (as actor) and quotations they are the speaker of. */
export function personTimeline(analysis: Analysis, entityId: string): TimelineEntry[] {
  return timeline(analysis).filter((entry) => entry.kind === 'event'
    ? entry.event.actors.some((actor) => actor.entity === entityId)
    : entry.quote.speaker.entity === entityId);
}
