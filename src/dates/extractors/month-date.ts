/** Month-based dates: "Feb. 13", "March 2, 2017", "2 March 2017", "January 1998", and a bare "January". */
import { monthNames } from '../lexicon.js';
import type { Candidate } from '../reading.js';
import { bareWord, bareWordAt, isCapitalizedAt, isDigits, startsWithDigit, surfaceAt, wordAt, type Scan } from '../scan.js';

/** Month names that are also common words or given names; bare, they count only after a date preposition. */
const AMBIGUOUS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'sep', 'dec', 'aug', 'sept']);
/** Words after which a bare month name is a date ("in May", "since March", "early June"). */
const DATE_PRECEDERS = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'before', 'after', 'through', 'throughout', 'from', 'to', 'last', 'next', 'this', 'early', 'late', 'mid', 'of', 'between', 'and', 'or', 'that', 'each', 'every', 'on', 'for', 'around', 'as', 'past', 'the']);

/** The month number of token i when it is a capitalized month name or abbreviation. */
export function monthAt(scan: Scan, i: number): number | null {
  const word = bareWordAt(scan, i);
  const month = monthNames().get(word);
  if (month === undefined || !isCapitalizedAt(scan, i)) return null;
  // Three-letter abbreviations need their period ("Mar." not "Mar"), except full names.
  const surface = surfaceAt(scan, i);
  if (word.length <= 4 && word !== 'may' && word !== 'june' && word !== 'july' && !surface.endsWith('.')) return null;
  return month;
}

function dayNumber(scan: Scan, i: number): number | null {
  let word = wordAt(scan, i);
  if (!startsWithDigit(word)) return null;
  for (const suffix of ['st', 'nd', 'rd', 'th']) if (word.endsWith(suffix)) word = word.slice(0, -suffix.length);
  if (!isDigits(word) || word.length > 2) return null;
  const day = Number(word);
  return day >= 1 && day <= 31 ? day : null;
}

/** A four-digit year token (or "'98"), or null. */
export function yearNumber(scan: Scan, i: number): number | null {
  const word = wordAt(scan, i);
  if (isDigits(word) && word.length === 4) {
    const year = Number(word);
    return year >= 1000 && year <= 2199 ? year : null;
  }
  if ((word.startsWith("'") || word.startsWith('\u2019')) && word.length === 3 && isDigits(word.slice(1))) {
    const short = Number(word.slice(1));
    return short < 50 ? 2000 + short : 1900 + short;
  }
  return null;
}

/** Find a month-based date starting at token i. */
export function extractMonthDate(scan: Scan, i: number): Candidate | null {
  const source = 'rule:dates/month-date' as const;
  const leadingDay = dayNumber(scan, i);
  if (leadingDay !== null) {
    // "the 15th of March, 2016"
    if (isOrdinal(wordAt(scan, i)) && wordAt(scan, i + 1) === 'of' && monthAt(scan, i + 2) !== null) {
      const first = wordAt(scan, i - 1) === 'the' ? i - 1 : i;
      const month = monthAt(scan, i + 2)!;
      const yearAt = wordAt(scan, i + 3) === ',' ? i + 4 : i + 3;
      const year = yearNumber(scan, yearAt);
      if (year !== null) return { first, last: yearAt, reading: { kind: 'calendar', year, month, day: leadingDay, shift: null }, source };
      return { first, last: i + 2, reading: { kind: 'calendar', month, day: leadingDay, shift: null }, source };
    }
    // "on the 15th": a day of the month nearest the reference in the clause's direction.
    if (isOrdinal(wordAt(scan, i)) && wordAt(scan, i - 1) === 'the' && DAY_PRECEDERS.has(wordAt(scan, i - 2)) && AFTER_RANGE.has(wordAt(scan, i + 1))) {
      return { first: i - 1, last: i, reading: { kind: 'calendar', day: leadingDay, shift: null }, source };
    }
    // "2 March 2017", "13 February"
    const month = monthAt(scan, i + 1);
    if (month === null) return rangeEnd(scan, i, leadingDay);
    const year = yearNumber(scan, i + 2);
    if (year !== null) return { first: i, last: i + 2, reading: { kind: 'calendar', year, month, day: leadingDay, shift: null }, source };
    return { first: i, last: i + 1, reading: { kind: 'calendar', month, day: leadingDay, shift: null }, source };
  }
  const month = monthAt(scan, i);
  if (month === null) return null;
  // "March the 15th"
  const theDay = wordAt(scan, i + 1) === 'the' && isOrdinal(wordAt(scan, i + 2)) ? dayNumber(scan, i + 2) : null;
  if (theDay !== null) return { first: i, last: i + 2, reading: { kind: 'calendar', month, day: theDay, shift: null }, source };
  const day = dayNumber(scan, i + 1);
  // "Oct. 26:" is a date before a colon; "Oct. 3:30" would be a clock time, which the tokenizer keeps whole.
  if (day !== null) {
    const comma = wordAt(scan, i + 2) === ',';
    const year = yearNumber(scan, comma ? i + 3 : i + 2);
    if (year !== null) return { first: i, last: comma ? i + 3 : i + 2, reading: { kind: 'calendar', year, month, day, shift: null }, source };
    // "March 3-5, 1999": the first day of a range takes the year written after the second.
    const rangeYear = RANGE_JOINERS.has(wordAt(scan, i + 2)) && (dayNumber(scan, i + 3) ?? 0) > day
      ? yearNumber(scan, wordAt(scan, i + 4) === ',' ? i + 5 : i + 4) : null;
    if (rangeYear !== null) return { first: i, last: i + 1, reading: { kind: 'calendar', year: rangeYear, month, day, shift: null }, source };
    return { first: i, last: i + 1, reading: { kind: 'calendar', month, day, shift: null }, source };
  }
  const yearAt = wordAt(scan, i + 1) === ',' || wordAt(scan, i + 1) === 'of' ? i + 2 : i + 1;
  const year = yearNumber(scan, yearAt);
  if (year !== null) return { first: i, last: yearAt, reading: { kind: 'calendar', year, month, shift: null }, source };
  const word = bareWordAt(scan, i);
  const before = wordAt(scan, i - 1);
  if (AMBIGUOUS.has(word) && !DATE_PRECEDERS.has(before) && !(before === '-' && wordAt(scan, i - 2) === 'mid')) return null;
  // A month name followed by a capitalized word is usually part of a name ("June Carter", "May Day").
  if (isCapitalizedAt(scan, i + 1) && monthAt(scan, i + 1) === null) return null;
  return { first: i, last: i, reading: { kind: 'calendar', month, shift: null }, source };
}

/** Prepositions before "the 15th" that make it a day of the month ("on the 15th", not "the 15th floor"). */
const DAY_PRECEDERS = new Set(['on', 'by', 'until', 'till', 'since', 'from', 'before', 'after']);

/** True when a number is written as an ordinal ("15th", "1st"). */
function isOrdinal(word: string): boolean {
  return word.endsWith('st') || word.endsWith('nd') || word.endsWith('rd') || word.endsWith('th');
}

/** Words joining the two days of a range ("April 24 and 25", "March 3 to 5", "March 3-5"). */
const RANGE_JOINERS = new Set(['and', 'to', 'through', 'or', '-', '\u2013']);
/** Words that may follow the second day of a range; any other word makes the number a count ("March 3 to 5 people"). */
const AFTER_RANGE = new Set(['', '.', ',', ';', ':', ')', '(', "''", '"', '\u201d', 'and', 'or', 'in', 'at', 'for', 'when', 'with', 'to']);

/**
 * "25" in "April 24 and 25": the second day of a range is a date of its own in the first day's month,
 * as TIMEX3 marks each end ("24-25, 1999" takes the year after it).
 */
function rangeEnd(scan: Scan, i: number, day: number): Candidate | null {
  const joiner = wordAt(scan, i - 1);
  if (!RANGE_JOINERS.has(joiner)) return null;
  const firstDay = dayNumber(scan, i - 2);
  const month = monthAt(scan, i - 3);
  if (firstDay === null || month === null || day <= firstDay) return null;
  const comma = wordAt(scan, i + 1) === ',';
  const year = yearNumber(scan, comma ? i + 2 : i + 1);
  if (year !== null) return { first: i, last: comma ? i + 2 : i + 1, reading: { kind: 'calendar', year, month, day, shift: null }, source: 'rule:dates/month-date' };
  if (!AFTER_RANGE.has(wordAt(scan, i + 1))) return null;
  return { first: i, last: i, reading: { kind: 'calendar', month, day, shift: null }, source: 'rule:dates/month-date' };
}

/** The listed words opensMonthDate accepts (month names); any other word it accepts has an opening shape (see extract.ts). */
export function monthDateOpeningWords(): Iterable<string> {
  return monthNames().keys();
}

/** Whether a word at token i can let extractMonthDate find anything (a cheap test run before it; it must never say no where extractMonthDate would find a date). */
export function opensMonthDate(word: string): boolean {
  // A leading day number ("2 March") or a month name.
  return startsWithDigit(word) || monthNames().has(bareWord(word));
}
