/**
 * Choose the day relative dates are resolved against: the publication date when the caller gives
 * one, else a full date stated in the article's opening (a dateline such as "WASHINGTON, March 2,
 * 2017 —"), else none.
 */
import type { Diagnostic, Span, Token } from '../types.js';
import { parseDay, type Day } from './calendar.js';
import { extractDates, newDateScanCache, type DateScanCache } from './extract.js';

/** The chosen reference day and where it came from. */
export interface ReferenceChoice {
  day: Day | null;
  from: 'metadata' | 'dateline' | 'none';
  /** The dateline's span, when the reference came from the text. */
  span?: Span;
  diagnostics: Diagnostic[];
}

/** How far into the text a dateline may lie, in UTF-16 code units. */
const DATELINE_REACH = 400;

/** Pick the reference day for a document (`cache`: the document's date scan cache, shared with the main date pass). */
export function chooseReference(text: string, tokens: readonly Token[], publicationDate: string | undefined, cache: DateScanCache = newDateScanCache()): ReferenceChoice {
  const diagnostics: Diagnostic[] = [];
  if (publicationDate !== undefined) {
    const day = parseDay(publicationDate);
    if (day !== null) return { day, from: 'metadata', diagnostics };
    diagnostics.push({ code: 'date-reference-invalid', severity: 'warning', message: `publication date "${publicationDate.slice(0, 40)}" is not a valid YYYY-MM-DD date; looking for a dateline instead` });
  }
  let end = 0;
  while (end < tokens.length && tokens[end]!.start < DATELINE_REACH) end++;
  const opening = extractDates(text, tokens.slice(0, end), null, cache);
  const dateline = opening.find((date) => /^\d{4}-\d{2}-\d{2}/.test(date.value) && date.inferred === undefined);
  if (dateline !== undefined) {
    const day = parseDay(dateline.value);
    if (day !== null) {
      diagnostics.push({ code: 'date-from-dateline', severity: 'info', message: `no publication date given; relative dates are resolved against "${dateline.text}"`, span: { start: dateline.start, end: dateline.end } });
      return { day, from: 'dateline', span: { start: dateline.start, end: dateline.end }, diagnostics };
    }
  }
  return { day: null, from: 'none', diagnostics };
}
