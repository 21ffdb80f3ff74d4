/** Days named relative to the reference: "today", "yesterday", "tomorrow", "tonight", "the day before yesterday", "it's the second day of". */
import { ordinalWords } from '../lexicon.js';
import type { Candidate } from '../reading.js';
import { isCapitalizedAt, surfaceAt, wordAt, type Scan } from '../scan.js';

/** A present copula before "the second day" makes it the reference day. */
const PRESENT_COPULAS = new Set(['is', "'s"]);
const DAYS: ReadonlyMap<string, number> = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0]]);

/** Find a relative day word at token i. */
export function extractRelativeDay(scan: Scan, i: number): Candidate | null {
  const word = wordAt(scan, i);
  const offset = DAYS.get(word);
  if (offset === undefined) {
    // "the day before yesterday" / "the day after tomorrow"
    if (word === 'day' && wordAt(scan, i - 1) === 'the') {
      const relation = wordAt(scan, i + 1);
      const base = wordAt(scan, i + 2);
      if (relation === 'before' && base === 'yesterday') return { first: i - 1, last: i + 2, reading: { kind: 'relative', unit: 'day', offset: -2 }, source: 'rule:dates/relative-day' };
      if (relation === 'after' && base === 'tomorrow') return { first: i - 1, last: i + 2, reading: { kind: 'relative', unit: 'day', offset: 2 }, source: 'rule:dates/relative-day' };
    }
    // "It's the second day of an offensive", "today is the eighth day of Desert Shield": a present copula makes it today.
    if (word === 'day' && ordinalWords().has(wordAt(scan, i - 1)) && wordAt(scan, i - 2) === 'the' && PRESENT_COPULAS.has(wordAt(scan, i - 3))) {
      return { first: i - 2, last: i, reading: { kind: 'relative', unit: 'day', offset: 0 }, source: 'rule:dates/relative-day' };
    }
    return null;
  }
  // "USA Today", "VOA Today", "the Tonight Show": capitalized after a word, the day word is part of a name
  // (an all-capitals headline, "BUSH TO SPEAK TODAY", still names the day).
  if (isCapitalizedAt(scan, i) && surfaceAt(scan, i) !== surfaceAt(scan, i).toUpperCase() && /^[\p{L}\p{N}]/u.test(wordAt(scan, i - 1))) return null;
  const day = { kind: 'relative' as const, unit: 'day' as const, offset };
  if (word === 'tonight') return { first: i, last: i, reading: { kind: 'time', date: day, part: 'NI' }, source: 'rule:dates/relative-day' };
  return { first: i, last: i, reading: day, source: 'rule:dates/relative-day' };
}

/** The listed words opensRelativeDay accepts (the day words); any other word it accepts has an opening shape (see extract.ts). */
export function relativeDayOpeningWords(): Iterable<string> {
  return ['day', ...DAYS.keys()];
}

/** Whether a word at token i can let extractRelativeDay find anything (a cheap test run before it; it must never say no where extractRelativeDay would find a date). */
export function opensRelativeDay(word: string): boolean {
  return DAYS.has(word) || word === 'day';
}
