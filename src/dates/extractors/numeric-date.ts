/** Numeric dates: ISO "1998-08-07" and US "11/02/89" or "3/2/2017". */
import type { Candidate } from '../reading.js';
import { isDigits, isJoiningHyphen, startsWithDigit, wordAt, type Scan } from '../scan.js';

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Find a numeric date at token i. */
export function extractNumericDate(scan: Scan, i: number): Candidate | null {
  const word = wordAt(scan, i);
  if (!startsWithDigit(word)) return null;
  if (isDigits(word) && word.length === 4 && isJoiningHyphen(scan, i + 1) && isJoiningHyphen(scan, i + 3)) {
    const month = wordAt(scan, i + 2);
    const day = wordAt(scan, i + 4);
    if (isDigits(month) && month.length === 2 && isDigits(day) && day.length === 2) {
      const reading = { kind: 'calendar' as const, year: Number(word), month: Number(month), day: Number(day), shift: null };
      if (validDate(reading.year, reading.month, reading.day)) return { first: i, last: i + 4, reading, source: 'rule:dates/iso-date' };
    }
    return null;
  }
  // Only a slash date is left; most numbers have no slash, and need no array of parts.
  if (!word.includes('/')) return null;
  const parts = word.split('/');
  if (parts.length !== 3 || !parts.every((part) => isDigits(part))) return null;
  const [month, day, yearText] = parts as [string, string, string];
  if (month.length > 2 || day.length > 2 || (yearText.length !== 2 && yearText.length !== 4)) return null;
  const shortYear = Number(yearText);
  const year = yearText.length === 2 ? (shortYear < 50 ? 2000 + shortYear : 1900 + shortYear) : shortYear;
  if (!validDate(year, Number(month), Number(day))) return null;
  return { first: i, last: i, reading: { kind: 'calendar', year, month: Number(month), day: Number(day), shift: null }, source: 'rule:dates/slash-date' };
}

/** The listed words opensNumericDate accepts (nothing: only the digit shape); any other word it accepts has an opening shape (see extract.ts). */
export function numericDateOpeningWords(): Iterable<string> {
  return [];
}

/** Whether a word at token i can let extractNumericDate find anything (a cheap test run before it; it must never say no where extractNumericDate would find a date). */
export function opensNumericDate(word: string): boolean {
  return startsWithDigit(word);
}
