/** Seasons and holidays: "last fall", "this summer", "the summer of 1998", "Christmas", "Thanksgiving Day". */
import { holidays, seasonNames } from '../lexicon.js';
import type { Candidate } from '../reading.js';
import { isCapitalizedAt, wordAt, type Scan } from '../scan.js';
import { yearNumber } from './month-date.js';
import { spokenNineteenHundreds } from './spoken-year.js';

/** Words before a season name that make it a time ("fall" is also a verb and a noun). */
const SEASON_PRECEDERS = new Set(['this', 'last', 'next', 'the', 'in', 'early', 'late', 'mid', 'during', 'since', 'until', 'by', 'past', 'coming', 'that']);

/** Find a season or holiday at token i. */
export function extractSeasonOrHoliday(scan: Scan, i: number): Candidate | null {
  const word = wordAt(scan, i);
  const season = seasonNames().get(word);
  if (season !== undefined) {
    let last = i;
    let year: number | null = yearNumber(scan, i + 1);
    if (year !== null) last = i + 1;
    else if (wordAt(scan, i + 1) === 'of' && yearNumber(scan, i + 2) !== null) {
      year = yearNumber(scan, i + 2);
      last = i + 2;
    } else if (wordAt(scan, i + 1) === 'of') {
      // "the winter of nineteen ninety-four" (broadcast transcripts spell years out)
      const spoken = spokenNineteenHundreds(scan, i + 2);
      if (spoken !== null) {
        year = spoken.value;
        last = spoken.last;
      }
    }
    if (year === null && !SEASON_PRECEDERS.has(wordAt(scan, i - 1))) return null;
    // "the fall of the Berlin Wall": "fall of" without a year is not the season.
    if (year === null && wordAt(scan, i + 1) === 'of') return null;
    return { first: i, last, reading: { kind: 'calendar', season, ...(year !== null ? { year } : {}), shift: null }, source: 'rule:dates/season' };
  }
  const options = holidays().get(word);
  if (options === undefined || !isCapitalizedAt(scan, i)) return null;
  // Phrase words as written, with a possessive token joined to its word ("year" + "'s" → "year's",
  // "presidents" + "'" → "presidents'").
  const words: string[] = [];
  const ends: number[] = [];
  for (let j = i; words.length < 4 && wordAt(scan, j) !== ''; j++) {
    const next = wordAt(scan, j + 1);
    const clitic = next === "'s" || (next === "'" && wordAt(scan, j).endsWith('s'));
    words.push(clitic ? `${wordAt(scan, j)}${next}` : wordAt(scan, j));
    if (clitic) j++;
    ends.push(j);
  }
  for (const holiday of options) {
    if (!holiday.words.every((part, k) => words[k] === part)) continue;
    const last = ends[holiday.words.length - 1] ?? i;
    const reading = holiday.nthWeekday !== undefined
      ? { kind: 'calendar' as const, month: holiday.month, nthWeekday: holiday.nthWeekday, shift: null }
      : { kind: 'calendar' as const, month: holiday.month, day: holiday.day ?? 1, shift: null };
    return { first: i, last, reading, source: 'rule:dates/holiday' };
  }
  return null;
}

/** The listed words opensSeasonOrHoliday accepts (season names and holidays' first words); any other word it accepts has an opening shape (see extract.ts). */
export function seasonOrHolidayOpeningWords(): Iterable<string> {
  return [...seasonNames().keys(), ...holidays().keys()];
}

/** Whether a word at token i can let extractSeasonOrHoliday find anything (a cheap test run before it; it must never say no where extractSeasonOrHoliday would find a date). */
export function opensSeasonOrHoliday(word: string): boolean {
  return seasonNames().has(word) || holidays().has(word);
}
