/** Clock times and parts of the day: "3:30 p.m.", "10 a.m. EST", "noon", "midnight", "this morning", "last night", "mid-afternoon". */
import { dayParts } from '../lexicon.js';
import type { Candidate } from '../reading.js';
import { isDigits, isJoiningHyphen, startsWithDigit, wordAt, type Scan } from '../scan.js';

const MERIDIEM: ReadonlyMap<string, number> = new Map([['a.m.', 0], ['am', 0], ['a.m', 0], ['p.m.', 12], ['pm', 12], ['p.m', 12]]);
/** Words other than clock times that start a time: named hours and the shifts before a day part. */
const TIME_OPENERS = new Set(['noon', 'midday', 'midnight', 'this', 'last', 'tomorrow', 'yesterday', 'mid', 'early', 'late']);
/** Modifiers that make a part of the day a time on their own ("mid-afternoon", "late morning"). */
const PART_MODIFIERS = new Set(['mid', 'early', 'late']);
/** Days a modified part of the day can name after it ("mid-afternoon yesterday"), as offsets from the reference. */
const DAYS_AFTER: ReadonlyMap<string, number> = new Map([['yesterday', -1], ['today', 0], ['tomorrow', 1]]);
const ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'et', 'pt', 'ct', 'bst', 'cet']);

function clock(word: string): { hour: number; minute: number } | null {
  const colon = word.indexOf(':');
  if (colon > 0) {
    const hours = word.slice(0, colon);
    const minutes = word.slice(colon + 1);
    if (!isDigits(hours) || !isDigits(minutes) || hours.length > 2 || minutes.length !== 2) return null;
    const hour = Number(hours);
    const minute = Number(minutes);
    return hour <= 24 && minute < 60 ? { hour, minute } : null;
  }
  if (!isDigits(word) || word.length > 2) return null;
  const hour = Number(word);
  return hour >= 1 && hour <= 12 ? { hour, minute: 0 } : null;
}

/** Find a clock time or a part of day at token i. */
export function extractTimeOfDay(scan: Scan, i: number): Candidate | null {
  const source = 'rule:dates/time-of-day' as const;
  const word = wordAt(scan, i);
  // "High Noon" is a film and a figure of speech, not a time.
  if ((word === 'noon' || word === 'midday' || word === 'midnight') && wordAt(scan, i - 1) !== 'high') {
    const hour = word === 'midnight' ? 24 : 12;
    return { first: i, last: i, reading: { kind: 'time', date: null, hour, minute: 0 }, source };
  }
  // "this morning", "last night", "this afternoon"
  const part = dayParts().get(wordAt(scan, i + 1));
  if ((word === 'this' || word === 'last' || word === 'tomorrow' || word === 'yesterday') && part !== undefined && !wordAt(scan, i + 1).endsWith('s')) {
    const offset = word === 'last' ? (part === 'NI' || part === 'EV' ? -1 : 0) : word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    return { first: i, last: i + 1, reading: { kind: 'time', date: { kind: 'relative', unit: 'day', offset }, part }, source };
  }
  // "mid-afternoon", "late morning": a part of the day the modifier makes a time of its own, on the
  // day named right after it ("mid-afternoon yesterday") or else on the reference day.
  if (PART_MODIFIERS.has(word)) {
    const partIndex = isJoiningHyphen(scan, i + 1) ? i + 2 : i + 1;
    const modified = dayParts().get(wordAt(scan, partIndex));
    if (modified === undefined || wordAt(scan, partIndex).endsWith('s')) return null;
    const offset = DAYS_AFTER.get(wordAt(scan, partIndex + 1));
    const date = offset === undefined ? null : { kind: 'relative' as const, unit: 'day' as const, offset };
    return { first: i, last: offset === undefined ? partIndex : partIndex + 1, reading: { kind: 'time', date, part: modified }, source };
  }
  const time = clock(word);
  if (time === null) return null;
  let last = i;
  let hour = time.hour;
  const meridiem = MERIDIEM.get(wordAt(scan, i + 1));
  if (meridiem !== undefined) {
    last = i + 1;
    hour = (hour % 12) + meridiem;
  } else if (wordAt(scan, i + 1) === "o'clock") {
    last = i + 1;
  } else if (!word.includes(':') || !ZONES.has(wordAt(scan, i + 1))) {
    // A bare "3:30" may be a score, a ratio or a verse; only a meridiem, "o'clock" or a zone makes it a time.
    return null;
  }
  if (ZONES.has(wordAt(scan, last + 1))) last += 1;
  return { first: i, last, reading: { kind: 'time', date: null, hour, minute: time.minute }, source };
}

/** The listed words opensTimeOfDay accepts (named hours and shifts); any other word it accepts has an opening shape (see extract.ts). */
export function timeOfDayOpeningWords(): Iterable<string> {
  return TIME_OPENERS;
}

/** Whether a word at token i can let extractTimeOfDay find anything (a cheap test run before it; it must never say no where extractTimeOfDay would find a date). */
export function opensTimeOfDay(word: string): boolean {
  // A named hour, a shift before a day part ("last night"), or a clock time (which starts with a digit).
  return TIME_OPENERS.has(word) || startsWithDigit(word);
}
