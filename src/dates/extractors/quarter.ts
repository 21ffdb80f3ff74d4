/** Quarters, halves and centuries: "the third quarter", "third-quarter", "the first half of 1990", "the 1988 third quarter", "the last half of 1989", "next year's first quarter", "the second half of next year". */
import { ordinalWords } from '../lexicon.js';
import type { Candidate } from '../reading.js';
import { isJoiningHyphen, wordAt, type Scan } from '../scan.js';
import { yearNumber } from './month-date.js';

/** Find a quarter or half at token i (the ordinal). */
export function extractQuarter(scan: Scan, i: number): Candidate | null {
  const named = namedPart(scan, i);
  if (named !== null) return named;
  const ordinal = ordinalWords().get(wordAt(scan, i)) ?? numericOrdinal(wordAt(scan, i));
  if (ordinal === undefined) return null;
  const unitIndex = isJoiningHyphen(scan, i + 1) ? i + 2 : i + 1;
  const unit = wordAt(scan, unitIndex);
  if (unit === 'century' && ordinal >= 1 && ordinal <= 21) {
    // "the 20th century" → 19XX (a century is named by its first two digits).
    const first = wordAt(scan, i - 1) === 'the' ? i - 1 : i;
    return { first, last: unitIndex, reading: { kind: 'calendar', century: ordinal - 1, shift: null }, source: 'rule:dates/century' };
  }
  if (unit !== 'quarter' && unit !== 'half') return null;
  if (ordinal < 1 || (unit === 'quarter' && ordinal > 4) || (unit === 'half' && ordinal > 2)) return null;
  let first = i;
  let last = unitIndex;
  let year: number | null = null;
  // "the 1988 third quarter", "fiscal second-quarter"
  const before = yearNumber(scan, i - 1);
  if (before !== null) {
    year = before;
    first = i - 1;
  }
  if (wordAt(scan, first - 1) === 'fiscal') first -= 1;
  // "the year-ago third quarter", "the year-earlier quarter": the same quarter a year before.
  let yearOffset = 0;
  const relation = wordAt(scan, first - 1);
  if (year === null && (relation === 'ago' || relation === 'earlier') && isJoiningHyphen(scan, first - 2) && wordAt(scan, first - 3) === 'year') {
    yearOffset = -1;
    first -= 3;
  }
  // "next year's first quarter", "last year's second half": that part of the year the shift names.
  let shift: -1 | 0 | 1 | null = null;
  const yearShift = YEAR_SHIFTS.get(wordAt(scan, first - 3));
  if (year === null && yearOffset === 0 && wordAt(scan, first - 1) === "'s" && wordAt(scan, first - 2) === 'year' && yearShift !== undefined) {
    shift = 0;
    yearOffset = yearShift;
    first -= 3;
  }
  if (wordAt(scan, last + 1) === 'of' && yearNumber(scan, last + 2) !== null) {
    year = yearNumber(scan, last + 2);
    last += 2;
  } else if (year === null && yearNumber(scan, last + 1) !== null) {
    year = yearNumber(scan, last + 1);
    last += 1;
  } else if (year === null && shift === null && yearOffset === 0 && wordAt(scan, last + 1) === 'of' && wordAt(scan, last + 3) === 'year') {
    // "the second half of next year", "the first quarter of this year": that part of the year the shift names.
    const ofShift = YEAR_SHIFTS.get(wordAt(scan, last + 2));
    if (ofShift !== undefined) {
      shift = 0;
      yearOffset = ofShift;
      last += 3;
    }
  }
  const field = unit === 'quarter' ? { quarter: ordinal } : { half: ordinal };
  return { first, last, reading: { kind: 'calendar', ...field, ...(year !== null ? { year } : {}), ...(yearOffset !== 0 ? { yearOffset } : {}), shift }, source: 'rule:dates/quarter' };
}

const YEAR_SHIFTS: ReadonlyMap<string, -1 | 0 | 1> = new Map([['last', -1], ['this', 0], ['next', 1]]);

/**
 * Halves named without an ordinal, only before "of" and a year: "the last half of 1989" (the
 * second half), "the first two quarters of 1990" (the first half), "the last quarter of 1989".
 */
function namedPart(scan: Scan, i: number): Candidate | null {
  const word = wordAt(scan, i);
  if (word !== 'last' && word !== 'first') return null;
  const two = wordAt(scan, i + 1) === 'two' && wordAt(scan, i + 2) === 'quarters';
  const unitIndex = two ? i + 2 : i + 1;
  const unit = wordAt(scan, unitIndex);
  if (wordAt(scan, unitIndex + 1) !== 'of') return null;
  const year = yearNumber(scan, unitIndex + 2);
  if (year === null) return null;
  const part = word === 'first' ? { half: 1 } : two || unit === 'half' ? { half: 2 } : unit === 'quarter' ? { quarter: 4 } : null;
  if (part === null || (word === 'first' && !two)) return null;
  return { first: i, last: unitIndex + 2, reading: { kind: 'calendar', ...part, year, shift: null }, source: 'rule:dates/quarter' };
}

/** The value of a numeric ordinal ("20th", "21st"), or undefined. */
function numericOrdinal(word: string): number | undefined {
  const match = /^(\d{1,2})(st|nd|rd|th)$/.exec(word);
  return match ? Number(match[1]) : undefined;
}

/** The listed words opensQuarter accepts (ordinal words); any other word it accepts has an opening shape (see extract.ts). */
export function quarterOpeningWords(): Iterable<string> {
  return [...ordinalWords().keys(), 'last', 'first'];
}

/** Whether a word at token i can let extractQuarter find anything (a cheap test run before it; it must never say no where extractQuarter would find a date). */
export function opensQuarter(word: string): boolean {
  return ordinalWords().has(word) || numericOrdinal(word) !== undefined || word === 'last' || word === 'first';
}
