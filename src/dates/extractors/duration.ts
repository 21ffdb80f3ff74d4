/**
 * Lengths of time: "three years", "a decade", "two-year", "14 days", "several months", "the past
 * three years", "the first nine months", "a minute and a half", and bare plural units after
 * "for"/"over"/"in" ("for years").
 */
import { numberWords, unitWords } from '../lexicon.js';
import type { Candidate, TimeUnit } from '../reading.js';
import { isJoiningHyphen, readNumber, startsWithDigit, wordAt, type Scan } from '../scan.js';

/** Vague amounts: "several years" has no number (PXY). */
const VAGUE = new Set(['several', 'few', 'many', 'some', 'couple', 'recent', 'coming', 'ensuing', 'subsequent']);
/** Words before a bare plural unit that make it a duration ("for years", "over decades"). */
const PLURAL_PRECEDERS = new Set(['for', 'over', 'in', 'within', 'recent', 'coming', 'past', 'next', 'last', 'few', 'several', 'many', 'ensuing', 'subsequent']);
/** Words before "the ..." that open a duration: "the past three years", "the first nine months". */
const SPAN_OPENERS = new Set(['past', 'last', 'next', 'first', 'previous', 'coming', 'following', 'final', 'latest']);

/** Prepositions before "the years" that make it a stretch of time ("over the years"). */
const ACROSS = new Set(['over', 'through', 'throughout', 'across', 'during']);
/** Words after "the years" that tie it to another time ("over the years before the war"). */
const ANCHORED_AFTER = new Set(['before', 'after', 'since', 'of', 'between', 'that', 'when', 'leading', 'following', 'to']);
/** Vague amounts that count quarters of a year ("several quarters of losses"). */
const QUARTER_COUNTS = new Set(['several', 'few', 'couple', 'recent', 'coming', 'ensuing', 'subsequent']);
/** Modals after which "one day" means some future day. */
const MODALS = new Set(['will', "'ll", 'would', 'could', 'may', 'might', 'can', 'shall', 'should', 'must']);
/** Kinds of day counted between a number and "days" ("three trading days"). */
const DAY_KINDS = new Set(['trading', 'business', 'working', 'calendar', 'school']);

/** Find a duration at token i (its amount or vague quantifier, or a bare plural unit). */
export function extractDuration(scan: Scan, i: number): Candidate | null {
  const source = 'rule:dates/duration' as const;
  const word = wordAt(scan, i);
  let first = i;
  let amount: number | null;
  let unitIndex: number;
  if (VAGUE.has(word)) {
    amount = null;
    unitIndex = i + 1;
    if (word === 'couple' && wordAt(scan, i + 1) === 'of') unitIndex = i + 2;
    // "a several-year tenure"
    if (isJoiningHyphen(scan, i + 1)) unitIndex = i + 2;
    if (word === 'few' && wordAt(scan, i - 1) === 'a') first = i - 1;
  } else {
    const number = readNumber(scan, i);
    if (unitWords().has(word) && isJoiningHyphen(scan, i + 1) && wordAt(scan, i + 2) === 'long') {
      // "day-long" (one day), "decades-long" (an unknown number of decades)
      const unit = unitWords().get(word) as TimeUnit;
      return { first: i, last: i + 2, reading: { kind: 'duration', amount: word.endsWith('s') ? null : 1, unit }, source };
    }
    if (number === null) {
      // A bare plural unit: "for years", "in recent months" (the vague word starts the match instead).
      const unit = unitWords().get(word) as TimeUnit | undefined;
      if (unit === undefined || !word.endsWith('s') || unit === 'second' || unit === 'quarter') return null;
      // "over the years", "in the weeks ahead": a stretch of unknown length up to (or from) now.
      if (wordAt(scan, i - 1) === 'the' && (wordAt(scan, i + 1) === 'ahead' || (ACROSS.has(wordAt(scan, i - 2)) && !ANCHORED_AFTER.has(wordAt(scan, i + 1))))) {
        return { first: i - 1, last: wordAt(scan, i + 1) === 'ahead' ? i + 1 : i, reading: { kind: 'duration', amount: null, unit }, source };
      }
      if (!PLURAL_PRECEDERS.has(wordAt(scan, i - 1)) || VAGUE.has(wordAt(scan, i - 1))) return null;
      return { first: i, last: i, reading: { kind: 'duration', amount: null, unit }, source };
    }
    amount = number.value;
    let after = number.last + 1;
    // "2 1/2 years"
    const fraction = /^([1-9])\/([1-9])$/.exec(wordAt(scan, after));
    if (fraction) {
      amount += Number(fraction[1]) / Number(fraction[2]);
      after += 1;
    }
    // "two and a half years"
    if (wordAt(scan, after) === 'and' && wordAt(scan, after + 1) === 'a' && wordAt(scan, after + 2) === 'half' && unitWords().has(wordAt(scan, after + 3))) {
      amount += 0.5;
      after += 3;
    }
    // "two more weeks", "an additional year"
    if (wordAt(scan, after) === 'more' || wordAt(scan, after) === 'additional' || wordAt(scan, after) === 'extra') after += 1;
    unitIndex = isJoiningHyphen(scan, after) ? after + 1 : after;
    // "eight trading days", "five business days": days counted on a calendar of working days.
    if (DAY_KINDS.has(wordAt(scan, unitIndex)) && /^days?$/.test(wordAt(scan, unitIndex + 1))) unitIndex += 1;
    // "half an hour"
    if (word === 'half' && (wordAt(scan, i + 1) === 'an' || wordAt(scan, i + 1) === 'a')) unitIndex = i + 2;
  }
  const unitWord = wordAt(scan, unitIndex);
  const unit = unitWords().get(unitWord) as TimeUnit | undefined;
  if (unit === undefined) return null;
  // "a" and "an" only count before a singular unit ("a year", not "a years"); "a second" is an ordinal.
  if ((word === 'a' || word === 'an') && (unitWord.endsWith('s') || unit === 'second')) return null;
  // "three-quarters", "a quarter of the shares": fractions, not periods.
  // "several quarters of losses" is time: these vague amounts count quarters, not fractions ("many quarters
  // of the city" and "in some quarters" are places and circles).
  if (unit === 'quarter' && amount === null && !QUARTER_COUNTS.has(word)) return null;
  if (unit === 'quarter' && amount !== null && (wordAt(scan, unitIndex + 1) === 'of' || unitIndex === amountLast(scan, i) + 2 || word === 'a')) return null;
  // A number right after a time or money sign is not an amount of time.
  const before = wordAt(scan, first - 1);
  if (before === '$' || before === ':' || before === '#') return null;
  // "a 44-year-old protester", "52 years old": ages, which TIMEX3 does not mark.
  if ((isJoiningHyphen(scan, unitIndex + 1) && wordAt(scan, unitIndex + 2) === 'old') || wordAt(scan, unitIndex + 1) === 'old') return null;
  // "$2 million a year", "700 seats a week", "24 hours a day": a rate, not a length of time.
  if ((word === 'a' || word === 'an') && isQuantityEnd(scan, i - 1)) return null;
  // "in recent years", "coming months": vague plurals that point to the past or future, not lengths.
  if (amount === null && (word === 'recent' || word === 'coming') && unitWord.endsWith('s') && wordAt(scan, i - 1) !== 'the') {
    return { first: i, last: unitIndex, reading: { kind: 'reference', value: word === 'recent' ? 'PAST_REF' : 'FUTURE_REF' }, source: 'rule:dates/vague-period' };
  }
  // "Islam will one day be ...": after a modal, "one day" is an unnamed future time, not a length.
  if (word === 'one' && unitWord === 'day' && MODALS.has(wordAt(scan, i - 1))) {
    return { first: i, last: unitIndex, reading: { kind: 'reference', value: 'FUTURE_REF' }, source: 'rule:dates/one-day' };
  }
  let last = unitIndex;
  // "a day-long meeting", "decades-long": the compound names the length.
  if (isJoiningHyphen(scan, last + 1) && wordAt(scan, last + 2) === 'long') {
    last += 2;
    if (word === 'a' || word === 'an') return { first: unitIndex, last, reading: { kind: 'duration', amount: 1, unit }, source };
  }
  let extra: { amount: number; unit: TimeUnit } | undefined;
  // "a minute and a half", "a year and a half"
  if (wordAt(scan, last + 1) === 'and' && wordAt(scan, last + 2) === 'a' && wordAt(scan, last + 3) === 'half') {
    extra = halfOf(unit);
    last += 3;
  }
  // "the past three years", "the first nine months", "the next 12 months"
  if (SPAN_OPENERS.has(wordAt(scan, first - 1))) {
    first -= 1;
    if (wordAt(scan, first - 1) === 'the') first -= 1;
  } else if (wordAt(scan, first - 1) === 'the' && amount !== null && word !== 'a' && word !== 'an') {
    first -= 1;
  } else {
    first = absorbApproximation(scan, first);
  }
  return { first, last, reading: { kind: 'duration', amount, unit, ...(extra ? { extra } : {}) }, source };
}

function halfOf(unit: TimeUnit): { amount: number; unit: TimeUnit } | undefined {
  switch (unit) {
    case 'minute': return { amount: 30, unit: 'second' };
    case 'hour': return { amount: 30, unit: 'minute' };
    case 'day': return { amount: 12, unit: 'hour' };
    case 'year': return { amount: 6, unit: 'month' };
    case 'month': return { amount: 2, unit: 'week' };
    default: return undefined;
  }
}

/** Approximations TIMEX3 keeps inside a duration: "nearly two years", "more than a decade", "up to 180 days". */
const APPROXIMATIONS = new Set(['nearly', 'almost', 'about', 'roughly', 'approximately', 'over', 'under']);
const TWO_WORD_APPROXIMATIONS = new Set(['more than', 'less than', 'fewer than', 'at least', 'up to', 'at most']);

function absorbApproximation(scan: Scan, first: number): number {
  if (TWO_WORD_APPROXIMATIONS.has(`${wordAt(scan, first - 2)} ${wordAt(scan, first - 1)}`)) {
    return wordAt(scan, first - 3) === 'no' ? first - 3 : first - 2;
  }
  return APPROXIMATIONS.has(wordAt(scan, first - 1)) ? first - 1 : first;
}

/** Index of the last token of the amount starting at token i (the token itself for vague words). */
function amountLast(scan: Scan, i: number): number {
  return readNumber(scan, i)?.last ?? i;
}

/** True when token i ends a quantity ("$2 million", "700 seats", "24 hours"), so that "a year" after it is a rate. */
function isQuantityEnd(scan: Scan, i: number): boolean {
  const word = wordAt(scan, i);
  if (word === '') return false;
  if (readNumber(scan, i) !== null || word === 'million' || word === 'billion' || word === 'percent' || word === '%') return true;
  // "700 seats a week": a plural noun right after a number.
  return readNumber(scan, i - 1) !== null && word.endsWith('s');
}

/** The listed words opensDuration accepts (vague amounts, number words, unit words); any other word it accepts has an opening shape (see extract.ts). */
export function durationOpeningWords(): Iterable<string> {
  return [...VAGUE, ...numberWords().keys(), ...unitWords().keys()];
}

/** Whether a word at token i can let extractDuration find anything (a cheap test run before it; it must never say no where extractDuration would find a date). */
export function opensDuration(word: string): boolean {
  // A vague amount, a number (digits or a number word, as readNumber reads them), or a bare plural unit.
  return VAGUE.has(word) || startsWithDigit(word) || numberWords().has(word) || unitWords().has(word);
}
