/**
 * Reporting periods of financial news, relative to the latest completed quarter: "the latest
 * quarter" and "the quarter" (the quarter before the reference's), "the year-ago quarter", "the
 * year-earlier period" (the same quarter a year before that), "the year" and "the fiscal year"
 * (the reference's year).
 */
import type { Candidate } from '../reading.js';
import { isJoiningHyphen, wordAt, type Scan } from '../scan.js';
import { yearNumber } from './month-date.js';

const PERIODS = new Set(['quarter', 'period']);
/** The words every reading of this extractor is found at: "latest"/"recent" before a period, "fiscal", "full", "calendar", "year", "quarter". */
const FISCAL_OPENERS = new Set(['latest', 'recent', 'fiscal', 'full', 'calendar', 'year', 'quarter', 'period']);
/** Words before a reporting period that compare it with another ("the corresponding period last year"). */
const COMPARING = new Set(['corresponding', 'comparable', 'same']);
const ENDED = new Set(['ended', 'ending']);
/** Words after "the year" that tie it to another time ("the year before", "the year of the flood", "the year when"). */
const ANAPHORIC_AFTER = new Set(['before', 'after', 'of', 'when', 'that', 'in', 'earlier', 'ago', 'later', 'following', 'since', 'to', 'which', "'s"]);

const CURRENCY = new Set(['$', '#', '\u00a3', '\u20ac', 'c$', 'us$']);

/** Find a reporting period at token i ("latest" or "year"). */
export function extractFiscalPeriod(scan: Scan, i: number): Candidate | null {
  const word = wordAt(scan, i);
  const source = 'rule:dates/fiscal-period' as const;
  const first = wordAt(scan, i - 1) === 'the' ? i - 1 : i;
  if (PERIODS.has(word)) {
    const comparison = yearAgoPeriod(scan, i);
    if (comparison !== null) return comparison;
  }
  if ((word === 'latest' || word === 'recent') && PERIODS.has(wordAt(scan, i + 1))) {
    return { first, last: i + 1, reading: { kind: 'relative', unit: 'quarter', offset: -1, fromFocusQuarter: 0 }, source };
  }
  // "the year ended March 31", "the fiscal year ending June 30": a twelve-month (or three-month) reporting period.
  const periodStart = word === 'fiscal' && wordAt(scan, i + 1) === 'year' ? i + 1 : i;
  if ((wordAt(scan, periodStart) === 'year' || wordAt(scan, periodStart) === 'quarter') && wordAt(scan, i - 1) === 'the' && ENDED.has(wordAt(scan, periodStart + 1))) {
    return { first: i - 1, last: periodStart, reading: { kind: 'duration', amount: 1, unit: wordAt(scan, periodStart) === 'year' ? 'year' : 'quarter' }, source };
  }
  // "the year 2000": the year it names.
  if (word === 'year' && wordAt(scan, i - 1) === 'the') {
    const named = yearNumber(scan, i + 1);
    if (named !== null) return { first: i - 1, last: i + 1, reading: { kind: 'calendar', year: named, shift: null }, source: 'rule:dates/year' };
  }
  // "the quarter", "the year", "the fiscal year": the reporting period the story is about.
  // "a high for the year of $42.875": "of" before an amount does not tie the year to another time.
  const tied = ANAPHORIC_AFTER.has(wordAt(scan, i + 1)) && !(wordAt(scan, i + 1) === 'of' && CURRENCY.has(wordAt(scan, i + 2)));
  if ((word === 'quarter' || word === 'year') && wordAt(scan, i - 1) === 'the' && !isJoiningHyphen(scan, i + 1) && !tied) {
    const reading = word === 'quarter' ? { kind: 'relative' as const, unit: 'quarter' as const, offset: -1, fromFocusQuarter: 0 } : { kind: 'relative' as const, unit: 'year' as const, offset: 0 };
    return { first: i - 1, last: i, reading, source };
  }
  if ((word === 'fiscal' || word === 'full' || word === 'calendar') && wordAt(scan, i - 1) === 'the' && wordAt(scan, i + 1) === 'year' && !ANAPHORIC_AFTER.has(wordAt(scan, i + 2))) {
    return { first: i - 1, last: i + 1, reading: { kind: 'relative', unit: 'year', offset: 0 }, source };
  }
  // "year-end", "year end", "year's end": the end of the reference year.
  if (word === 'year') {
    const endAt = isJoiningHyphen(scan, i + 1) || wordAt(scan, i + 1) === "'s" ? i + 2 : i + 1;
    if (wordAt(scan, endAt) === 'end') return { first: i, last: endAt, reading: { kind: 'relative', unit: 'year', offset: 0 }, source };
  }
  if (word === 'year' && isJoiningHyphen(scan, i + 1)) {
    const relation = wordAt(scan, i + 2);
    if (relation !== 'ago' && relation !== 'earlier' && relation !== 'before') return null;
    if (PERIODS.has(wordAt(scan, i + 3))) {
      let start = i;
      if (wordAt(scan, start - 1) === 'comparable' || wordAt(scan, start - 1) === 'same') start -= 1;
      if (wordAt(scan, start - 1) === 'the') start -= 1;
      return { first: start, last: i + 3, reading: { kind: 'relative', unit: 'quarter', offset: -5, fromFocusQuarter: -4 }, source };
    }
    return { first: i, last: i + 2, reading: { kind: 'relative', unit: 'year', offset: -1 }, source };
  }
  return null;
}

/**
 * The same reporting period a year before the one the report is about, with the year after the
 * period or before it: "the corresponding period last year", "the quarter a year ago", "last year's
 * quarter" (i is the period word).
 */
function yearAgoPeriod(scan: Scan, i: number): Candidate | null {
  const reading = { kind: 'relative' as const, unit: 'quarter' as const, offset: -5, fromFocusQuarter: -4 };
  const source = 'rule:dates/fiscal-period' as const;
  if (wordAt(scan, i - 1) === "'s" && wordAt(scan, i - 2) === 'year' && wordAt(scan, i - 3) === 'last') return { first: i - 3, last: i, reading, source };
  let first = COMPARING.has(wordAt(scan, i - 1)) ? i - 1 : i;
  if (wordAt(scan, first - 1) !== 'the') return null;
  first -= 1;
  const next = wordAt(scan, i + 1);
  let last = -1;
  if ((next === 'last' || next === 'of' && wordAt(scan, i + 2) === 'last') && wordAt(scan, next === 'of' ? i + 3 : i + 2) === 'year') last = next === 'of' ? i + 3 : i + 2;
  else if ((next === 'a' || next === 'one') && wordAt(scan, i + 2) === 'year' && (wordAt(scan, i + 3) === 'ago' || wordAt(scan, i + 3) === 'earlier')) last = i + 3;
  return last < 0 ? null : { first, last, reading, source };
}

/** The listed words opensFiscalPeriod accepts (the reporting-period words); any other word it accepts has an opening shape (see extract.ts). */
export function fiscalPeriodOpeningWords(): Iterable<string> {
  return FISCAL_OPENERS;
}

/** Whether a word at token i can let extractFiscalPeriod find anything (a cheap test run before it; it must never say no where extractFiscalPeriod would find a date). */
export function opensFiscalPeriod(word: string): boolean {
  return FISCAL_OPENERS.has(word);
}
