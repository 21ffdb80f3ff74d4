/** Weekdays: "Thursday", "Thursday's"; plural "Mondays" is a set, handled by the set extractor. */
import { weekdayNames } from '../lexicon.js';
import type { Candidate } from '../reading.js';
import { bareWord, bareWordAt, isCapitalizedAt, surfaceAt, type Scan } from '../scan.js';

/** The ISO weekday of token i when it is a capitalized weekday name ("Thursday", "Thurs."), or null. */
export function weekdayAt(scan: Scan, i: number): number | null {
  const word = bareWordAt(scan, i);
  const weekday = weekdayNames().get(word);
  if (weekday === undefined || !isCapitalizedAt(scan, i)) return null;
  // Short forms are also words ("Sat", "Sun", "Wed"): only with their period.
  if (word.length <= 5 && !word.endsWith('day') && !surfaceAt(scan, i).endsWith('.')) return null;
  return weekday;
}

/** Find a weekday at token i. */
export function extractWeekday(scan: Scan, i: number): Candidate | null {
  const weekday = weekdayAt(scan, i);
  if (weekday === null) return null;
  return { first: i, last: i, reading: { kind: 'weekday', weekday, shift: null }, source: 'rule:dates/weekday' };
}

/** The listed words opensWeekday accepts (weekday names); any other word it accepts has an opening shape (see extract.ts). */
export function weekdayOpeningWords(): Iterable<string> {
  return weekdayNames().keys();
}

/** Whether a word at token i can let extractWeekday find anything (a cheap test run before it; it must never say no where extractWeekday would find a date). */
export function opensWeekday(word: string): boolean {
  return weekdayNames().has(bareWord(word));
}
