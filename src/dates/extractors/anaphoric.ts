/**
 * Dates that point back to a date mentioned earlier in the text: "that year", "the following
 * month", "the next day", "the same day", "the year before". They are resolved against the most
 * recent date the text stated, not the publication date.
 */
import type { Candidate, TimeUnit } from '../reading.js';
import { wordAt, type Scan } from '../scan.js';

const UNITS: ReadonlyMap<string, TimeUnit> = new Map<string, TimeUnit>([['day', 'day'], ['week', 'week'], ['month', 'month'], ['quarter', 'quarter'], ['year', 'year'], ['morning', 'day'], ['night', 'day'], ['evening', 'day']]);
/** Openers with the offset they give: "that year" 0, "the following year" +1, "the previous year" -1. */
const OPENERS: ReadonlyMap<string, number> = new Map([['that', 0], ['same', 0], ['following', 1], ['next', 1], ['previous', -1], ['preceding', -1]]);

/** Find an anaphoric date at token i (the opener). */
export function extractAnaphoric(scan: Scan, i: number): Candidate | null {
  const opener = wordAt(scan, i);
  let offset = OPENERS.get(opener);
  if (offset === undefined) return null;
  let first = i;
  let unitIndex = i + 1;
  if (opener === 'that' && wordAt(scan, i + 1) === 'same') unitIndex = i + 2;
  const unit = UNITS.get(wordAt(scan, unitIndex));
  if (unit === undefined) return null;
  // "the next year" is next year from now; only "the next day" (or morning) points back to the story's day.
  if (opener === 'next' && unit !== 'day') return null;
  if (opener !== 'that') {
    // "the following year", "the same day": these need their article.
    if (wordAt(scan, i - 1) !== 'the') return null;
    first = i - 1;
  } else if (wordAt(scan, unitIndex + 1) === 'when' || wordAt(scan, unitIndex + 1) === 'of') {
    // "that year when", "that day of reckoning" describe rather than point back.
    return null;
  }
  let last = unitIndex;
  if (unit !== 'day' || wordAt(scan, unitIndex) === 'day') {
    const after = wordAt(scan, unitIndex + 1);
    if (opener === 'that' && (after === 'before' || after === 'after')) {
      offset = after === 'before' ? -1 : 1;
      last = unitIndex + 1;
    }
  }
  const part = wordAt(scan, unitIndex);
  const dayPart = part === 'morning' ? 'MO' : part === 'night' ? 'NI' : part === 'evening' ? 'EV' : undefined;
  return { first, last, reading: { kind: 'anaphoric', unit, offset, ...(dayPart ? { part: dayPart } : {}) }, source: 'rule:dates/anaphoric' };
}

/** The listed words opensAnaphoric accepts (the openers); any other word it accepts has an opening shape (see extract.ts). */
export function anaphoricOpeningWords(): Iterable<string> {
  return OPENERS.keys();
}

/** Whether a word at token i can let extractAnaphoric find anything (a cheap test run before it; it must never say no where extractAnaphoric would find a date). */
export function opensAnaphoric(word: string): boolean {
  return OPENERS.has(word);
}
