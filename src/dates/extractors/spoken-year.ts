/**
 * Years and decades written out in words, as in broadcast transcripts: "nineteen ninety-six",
 * "nineteen eighty", "the year two thousand", "two thousand one", "the nineties".
 */
import { numberWords } from '../lexicon.js';
import type { Candidate } from '../reading.js';
import { isJoiningHyphen, wordAt, type Scan } from '../scan.js';

const DECADES: ReadonlyMap<string, number> = new Map([['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9]]);
/** Words before "two thousand" that make it a year rather than a count. */
const YEAR_CONTEXT = new Set(['in', 'since', 'by', 'until', 'year', 'of', 'from', 'before', 'after', 'through']);

/** A number from 0 to 99 written as words at token i ("ninety-six", "eighty", "twelve"), with its last token. */
function smallNumber(scan: Scan, i: number): { value: number; last: number } | null {
  const value = numberWords().get(wordAt(scan, i));
  if (value === undefined || value < 1 || value >= 100 || !Number.isInteger(value) || wordAt(scan, i) === 'a' || wordAt(scan, i) === 'an') return null;
  if (value >= 20 && value % 10 === 0 && isJoiningHyphen(scan, i + 1)) {
    const unit = numberWords().get(wordAt(scan, i + 2));
    if (unit !== undefined && unit >= 1 && unit <= 9) return { value: value + unit, last: i + 2 };
  }
  return { value, last: i };
}

/** A year spoken as "nineteen ninety-four" starting at token i: its value and last token, or null. */
export function spokenNineteenHundreds(scan: Scan, i: number): { value: number; last: number } | null {
  if (wordAt(scan, i) !== 'nineteen') return null;
  const rest = smallNumber(scan, i + 1);
  if (rest === null || rest.value < 10) return null;
  return { value: 1900 + rest.value, last: rest.last };
}

/** Words between "the" and a spoken decade that TIMEX3 keeps inside the expression ("the early eighties"). */
const DECADE_MODIFIERS = new Set(['early', 'late', 'mid']);

/** Find a spoken year or decade at token i. */
export function extractSpokenYear(scan: Scan, i: number): Candidate | null {
  const source = 'rule:dates/spoken-year' as const;
  const word = wordAt(scan, i);
  const decade = DECADES.get(word);
  if (decade !== undefined) {
    // "the eighties", "the early eighties", "the mid-eighties" (the modifier stays inside, as with "the early 1990s").
    const modifier = wordAt(scan, i - 1) === '-' && isJoiningHyphen(scan, i - 1) && wordAt(scan, i - 2) === 'mid' ? i - 2
      : DECADE_MODIFIERS.has(wordAt(scan, i - 1)) ? i - 1 : i;
    if (wordAt(scan, modifier - 1) === 'the') return { first: modifier - 1, last: i, reading: { kind: 'calendar', decade: 190 + decade, shift: null }, source };
  }
  if (word === 'nineteen') {
    const year = spokenNineteenHundreds(scan, i);
    return year === null ? null : { first: i, last: year.last, reading: { kind: 'calendar', year: year.value, shift: null }, source };
  }
  if (word === 'two' && wordAt(scan, i + 1) === 'thousand') {
    const before = wordAt(scan, i - 1);
    if (!YEAR_CONTEXT.has(before)) return null;
    const first = before === 'year' && wordAt(scan, i - 2) === 'the' ? i - 2 : i;
    const rest = wordAt(scan, i + 2) === 'and' ? smallNumber(scan, i + 3) : smallNumber(scan, i + 2);
    if (rest !== null && rest.value < 100) return { first, last: rest.last, reading: { kind: 'calendar', year: 2000 + rest.value, shift: null }, source };
    return { first, last: i + 1, reading: { kind: 'calendar', year: 2000, shift: null }, source };
  }
  return null;
}

/** The listed words opensSpokenYear accepts (the spoken-year words); any other word it accepts has an opening shape (see extract.ts). */
export function spokenYearOpeningWords(): Iterable<string> {
  return ['nineteen', 'two', ...DECADES.keys()];
}

/** Whether a word at token i can let extractSpokenYear find anything (a cheap test run before it; it must never say no where extractSpokenYear would find a date). */
export function opensSpokenYear(word: string): boolean {
  return DECADES.has(word) || word === 'nineteen' || word === 'two';
}
