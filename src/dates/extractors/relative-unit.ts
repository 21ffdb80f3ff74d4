/**
 * Calendar units named relative to the reference: "last year", "this week", "next month", "the
 * past year", "two years ago", "a year earlier", "three days from now", "the current fiscal year".
 * "Three days later" is not one of them: it counts from an event the story tells, so TIMEX3 marks
 * "three days" as a length of time (the duration extractor's) and "later" as a signal.
 */
import { monthNames, numberWords, unitWords } from '../lexicon.js';
import type { Candidate, TimeUnit } from '../reading.js';
import { readNumber, startsWithDigit, wordAt, type Scan } from '../scan.js';

/** Words that shift a unit: last/past/previous → -1, this/current → 0, next/coming/following → +1. */
const SHIFTS: ReadonlyMap<string, number> = new Map([['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['current', 0], ['next', 1], ['coming', 1]]);
/** Words naming a part of a period before "of the month" / "of the week" ("the end of the month"). */
const PART_OF = new Set(['end', 'beginning', 'start', 'middle', 'rest', 'remainder']);
/** What may follow "the last week of": a date or a determiner of the period it is part of ("the campaign", "his term"). */
const PERIOD_OWNERS = new Set(['the', 'his', 'her', 'its', 'their', 'this', 'that', 'month', 'year']);

/** The word at token i as PERIOD_OWNERS sees it: a month name or a year counts as "month" or "year". */
function ownerWord(scan: Scan, i: number): string {
  const word = wordAt(scan, i);
  if (monthNames().has(word.endsWith('.') ? word.slice(0, -1) : word)) return 'month';
  return /^\d{4}$/.test(word) ? 'year' : word;
}

/** Units a single shift word can name as a date ("last week" but not "last hour"). */
const DATE_UNITS = new Set<TimeUnit>(['week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century']);
/** Vague amounts before "units ago". */
const VAGUE = new Set(['several', 'few', 'many', 'some', 'couple']);
/** Words after "N units" that make them a point in time relative to the reference. */
const AGO: ReadonlyMap<string, number> = new Map([['ago', -1], ['earlier', -1], ['before', -1], ['hence', 1]]);
/**
 * Units of the comparison periods of economic reporting: "up from $5 a year earlier", "a month
 * before" name the period one unit back. Any other "N units earlier" counts from the story's event.
 */
const COMPARISON_UNITS = new Set<TimeUnit>(['week', 'month', 'quarter', 'year']);

/** Find a shifted unit or an "N units ago" expression at token i. */
export function extractRelativeUnit(scan: Scan, i: number): Candidate | null {
  const word = wordAt(scan, i);
  // "over the weekend", "this weekend": the weekend nearest the reference in the clause's direction.
  if (word === 'weekend' && wordAt(scan, i - 1) === 'the' && (wordAt(scan, i - 2) === 'over' || wordAt(scan, i - 2) === 'during')) {
    return { first: i - 1, last: i, reading: { kind: 'relative', unit: 'weekend', offset: -1 }, source: 'rule:dates/relative-unit' };
  }
  // "by the end of the month", "the rest of the week": the reference's own month or week.
  if ((word === 'month' || word === 'week') && wordAt(scan, i - 1) === 'the' && wordAt(scan, i - 2) === 'of' && PART_OF.has(wordAt(scan, i - 3))) {
    return { first: i - 1, last: i, reading: { kind: 'relative', unit: word, offset: 0 }, source: 'rule:dates/relative-unit' };
  }
  const shift = SHIFTS.get(word);
  if (shift !== undefined) {
    // "the current fiscal year", "next fiscal year": TIMEX3 writes a fiscal year as the year it is named for.
    const unitIndex = wordAt(scan, i + 1) === 'fiscal' ? i + 2 : i + 1;
    const unit = unitWords().get(wordAt(scan, unitIndex)) as TimeUnit | undefined;
    if (unit === undefined || !DATE_UNITS.has(unit) || wordAt(scan, unitIndex).endsWith('s')) return null;
    if (unitIndex === i + 2 && unit !== 'year' && unit !== 'quarter') return null;
    // "the last week of March", "the last year of his term": a part of another period, not a unit counted from now.
    if (wordAt(scan, i - 1) === 'the' && (word === 'last' || word === 'next') && wordAt(scan, unitIndex + 1) === 'of' && PERIOD_OWNERS.has(ownerWord(scan, unitIndex + 2))) return null;
    // "this year's" still names the year; "the past year" keeps its article.
    const first = wordAt(scan, i - 1) === 'the' && word !== 'this' ? i - 1 : i;
    // "over the past decade": the ten years up to now (P10Y), not the 1980s; likewise a century.
    if (word === 'past' && (unit === 'decade' || unit === 'century')) {
      return { first, last: unitIndex, reading: { kind: 'duration', amount: 1, unit }, source: 'rule:dates/duration' };
    }
    return { first, last: unitIndex, reading: { kind: 'relative', unit, offset: shift }, source: 'rule:dates/relative-unit' };
  }
  if (VAGUE.has(word)) {
    // "several years ago", "a few days earlier": a past (or future) time with no number to count back.
    const unitIndex = word === 'few' || word === 'couple' ? i + 1 + (wordAt(scan, i + 1) === 'of' ? 1 : 0) : i + 1;
    const after = wordAt(scan, unitIndex + 1);
    // "a few days earlier" counts from the story's event: a length of time (PXD, the duration extractor's).
    if (!unitWords().has(wordAt(scan, unitIndex)) || (after !== 'ago' && after !== 'hence')) return null;
    const first = wordAt(scan, i - 1) === 'a' ? i - 1 : i;
    return { first, last: unitIndex + 1, reading: { kind: 'reference', value: after === 'ago' ? 'PAST_REF' : 'FUTURE_REF' }, source: 'rule:dates/units-ago' };
  }
  const amount = readNumber(scan, i);
  if (amount === null) return null;
  const unitIndex = amount.last + 1;
  const unit = unitWords().get(wordAt(scan, unitIndex)) as TimeUnit | undefined;
  if (unit === undefined) return null;
  const direction = AGO.get(wordAt(scan, unitIndex + 1));
  if (direction !== undefined) {
    // "before" needs nothing after it to mean "earlier" ("two days before" vs "two days before the vote").
    if (wordAt(scan, unitIndex + 1) === 'before' && wordAt(scan, unitIndex + 2) !== '' && wordAt(scan, unitIndex + 2) !== ',' && wordAt(scan, unitIndex + 2) !== '.') return null;
    // "a day earlier", "two years before": counted from the story's event, a length of time; only one
    // comparison unit back ("a year earlier") is the period of a comparison.
    if (direction < 0 && wordAt(scan, unitIndex + 1) !== 'ago' && !(amount.value === 1 && COMPARISON_UNITS.has(unit))) return null;
    const granularity: TimeUnit = unit === 'decade' || unit === 'century' ? 'year' : unit;
    return { first: i, last: unitIndex + 1, reading: { kind: 'relative', unit, offset: direction * amount.value, granularity }, source: 'rule:dates/units-ago' };
  }
  if (wordAt(scan, unitIndex + 1) === 'from' && wordAt(scan, unitIndex + 2) === 'now') {
    return { first: i, last: unitIndex + 2, reading: { kind: 'relative', unit, offset: amount.value }, source: 'rule:dates/units-from-now' };
  }
  return null;
}

/** The listed words opensRelativeUnit accepts ("weekend", shift words, vague amounts, number words); any other word it accepts has an opening shape (see extract.ts). */
export function relativeUnitOpeningWords(): Iterable<string> {
  return ['weekend', 'month', 'week', ...SHIFTS.keys(), ...VAGUE, ...numberWords().keys()];
}

/** Whether a word at token i can let extractRelativeUnit find anything (a cheap test run before it; it must never say no where extractRelativeUnit would find a date). */
export function opensRelativeUnit(word: string): boolean {
  // "weekend", "month" or "week", a shift word, a vague amount, or a number (digits or a number word, as readNumber reads them).
  return word === 'weekend' || word === 'month' || word === 'week' || SHIFTS.has(word) || VAGUE.has(word) || startsWithDigit(word) || numberWords().has(word);
}
