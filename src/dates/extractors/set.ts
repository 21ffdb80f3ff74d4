/** Recurring times: "daily", "annually", "every Monday", "each year", "Tuesday nights", "twice a week". */
import { dayParts, setAdverbs, unitWords, weekdayNames, monthNames } from '../lexicon.js';
import type { Candidate, TimeUnit } from '../reading.js';
import { bareWordAt, isCapitalizedAt, wordAt, type Scan } from '../scan.js';

/** Words that open a recurring time: "every week", "each Monday", "once a month", "twice a year", "three times a week". */
const SET_OPENERS = new Set(['every', 'each', 'once', 'twice', 'times']);
const UNIT_PERIOD: Partial<Record<TimeUnit, string>> = { second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', week: 'P1W', weekend: 'P1WE', fortnight: 'P2W', month: 'P1M', quarter: 'P3M', year: 'P1Y', decade: 'P10Y' };

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Find a recurring time at token i. */
export function extractSet(scan: Scan, i: number): Candidate | null {
  const source = 'rule:dates/set' as const;
  const word = wordAt(scan, i);
  const adverb = setAdverbs().get(word);
  // "annual" is an adjective ("annual report") and does not count; "daily" counts as adverb and adjective ("daily rally"), as TimeML marks both.
  if (adverb !== undefined && word !== 'annual') return { first: i, last: i, reading: { kind: 'set', value: adverb }, source };
  if (word === 'every' || word === 'each') {
    const next = wordAt(scan, i + 1);
    const unit = unitWords().get(next) as TimeUnit | undefined;
    const period = unit !== undefined && !next.endsWith('s') ? UNIT_PERIOD[unit] : undefined;
    if (period !== undefined) return { first: i, last: i + 1, reading: { kind: 'set', value: period }, source };
    const weekday = weekdayNames().get(bareWordAt(scan, i + 1));
    if (weekday !== undefined && isCapitalizedAt(scan, i + 1)) return { first: i, last: i + 1, reading: { kind: 'set', value: `XXXX-WXX-${weekday}` }, source };
    const month = monthNames().get(bareWordAt(scan, i + 1));
    if (month !== undefined && isCapitalizedAt(scan, i + 1)) return { first: i, last: i + 1, reading: { kind: 'set', value: `XXXX-${pad(month)}` }, source };
    const part = dayParts().get(next);
    if (part !== undefined) return { first: i, last: i + 1, reading: { kind: 'set', value: `TXX${part}` }, source };
    return null;
  }
  // "Mondays", "Tuesday nights"
  const single = weekdayNames().get(word);
  const plural = wordAt(scan, i + 1);
  if (single !== undefined && word.endsWith('day') && isCapitalizedAt(scan, i) && plural.endsWith('s') && dayParts().has(plural)) {
    return { first: i, last: i + 1, reading: { kind: 'set', value: `XXXX-WXX-${single}T${dayParts().get(plural)!}` }, source };
  }
  if (word.length > 4 && word.endsWith('days') && isCapitalizedAt(scan, i)) {
    const weekday = weekdayNames().get(word.slice(0, -1));
    if (weekday === undefined) return null;
    const part = dayParts().get(wordAt(scan, i + 1));
    if (part !== undefined) return { first: i, last: i + 1, reading: { kind: 'set', value: `XXXX-WXX-${weekday}T${part}` }, source };
    return { first: i, last: i, reading: { kind: 'set', value: `XXXX-WXX-${weekday}` }, source };
  }
  // "twice a week", "three times a year", "once a month"
  if (word === 'once' || word === 'twice' || word === 'times') {
    const article = wordAt(scan, i + 1);
    const unit = unitWords().get(wordAt(scan, i + 2)) as TimeUnit | undefined;
    if ((article === 'a' || article === 'an' || article === 'per' || article === 'each' || article === 'every') && unit !== undefined) {
      const period = UNIT_PERIOD[unit];
      if (period !== undefined) return { first: i + 1, last: i + 2, reading: { kind: 'set', value: period }, source };
    }
  }
  return null;
}

/** The listed words opensSet accepts (adverbs, every/each/once/twice/times, weekday names); any other word it accepts has an opening shape (see extract.ts). */
export function setOpeningWords(): Iterable<string> {
  return [...setAdverbs().keys(), ...SET_OPENERS, ...weekdayNames().keys()];
}

/** Whether a word at token i can let extractSet find anything (a cheap test run before it; it must never say no where extractSet would find a date). */
export function opensSet(word: string): boolean {
  // An adverb ("daily"), "every"/"each", a weekday ("Tuesday nights") or its plural ("Mondays"), or "once"/"twice"/"times".
  return setAdverbs().has(word) || SET_OPENERS.has(word) || weekdayNames().has(word) || (word.length > 4 && word.endsWith('days') && weekdayNames().has(word.slice(0, -1)));
}
