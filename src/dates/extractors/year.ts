/** Years and decades: "2016", "fiscal 1989", "the 1990s", "'90s", "mid-1980s"; not counts ("2016 votes") or money ("$2016"). */
import { unitWords } from '../lexicon.js';
import type { Candidate } from '../reading.js';
import { isDigits, isJoiningHyphen, startsWithDigit, surfaceAt, wordAt, type Scan } from '../scan.js';
import { yearNumber } from './month-date.js';

/** Words before a number that make it a year whatever follows ("in 2016 voters ..."). */
const YEAR_PRECEDERS = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'before', 'after', 'through', 'from', 'of', 'fiscal', 'early', 'late', 'mid', 'year', 'between', 'and', 'to', 'summer', 'spring', 'fall', 'autumn', 'winter', 'calendar', 'around', 'circa', 'the', 'for']);
/** Tokens before a number that make it money, a rank or a count, never a year. */
const NOT_YEAR_BEFORE = new Set(['$', '#', 'no.', 'nos.', '\u00a3', '\u20ac', 'us$', 'c$', 'a$', 'hk$', 'number', 'route', 'flight', 'room', 'page', 'p.', 'pp.', 'section', 'rule', 'highway', 'interstate', 'model', 'boeing']);
/** Words after a number that make it a quantity, not a year. */
const NOT_YEAR_AFTER = new Set(['%', 'percent', 'per', 'points', 'point', 'people', 'votes', 'voters', 'delegates', 'shares', 'jobs', 'troops', 'members', 'miles', 'feet', 'meters', 'tons', 'dollars', 'units', 'cars', 'homes', 'yards', 'pounds', 'acres', 'barrels', 'students', 'employees', 'workers', 'copies', 'cases', 'deaths', 'times', 'residents', 'soldiers', 'words', 'pages', 'square', 'ounces', 'kilometers', 'calories', 'million', 'billion', 'thousand', 'hundred']);

/** The decade written at token i ("1990s" → 199, "'90s" → 199), or null. */
function decadeAt(scan: Scan, i: number): number | null {
  const word = wordAt(scan, i);
  if (word.length === 5 && word.endsWith('s') && isDigits(word.slice(0, 4)) && word.charAt(3) === '0') {
    const year = Number(word.slice(0, 4));
    return year >= 1000 && year <= 2190 ? Math.floor(year / 10) : null;
  }
  if (word.length === 4 && (word.startsWith("'") || word.startsWith('\u2019')) && word.endsWith('0s') && isDigits(word.slice(1, 3))) {
    const short = Number(word.slice(1, 3));
    return short < 30 ? 200 + short / 10 : 190 + short / 10;
  }
  return null;
}

/** Find a year or decade at token i. */
export function extractYear(scan: Scan, i: number): Candidate | null {
  const word = wordAt(scan, i);
  if (!startsWithDigit(word) && !word.startsWith("'") && !word.startsWith('\u2019')) return null;
  const before = wordAt(scan, i - 1);
  if (NOT_YEAR_BEFORE.has(before)) return null;
  const after = wordAt(scan, i + 1);
  // "1990s-era", "2016-style": a year or decade used to describe a style, not a time; also ranges of numbers "2016-2,000".
  const hyphenNoun = isJoiningHyphen(scan, i + 1) && !isDigits(wordAt(scan, i + 2)) && wordAt(scan, i + 2) !== '';
  const decade = decadeAt(scan, i);
  if (decade !== null) {
    if (hyphenNoun) return null;
    return { first: i, last: i, reading: { kind: 'calendar', decade, shift: null }, source: 'rule:dates/decade' };
  }
  const year = yearNumber(scan, i);
  if (year === null || wordAt(scan, i).length !== 4) return null;
  if (hyphenNoun || NOT_YEAR_AFTER.has(after)) return null;
  // A number inside a list of numbers ("1,998 or 2,016", "2016.5") or a score is not a year.
  if (after === '.' && isDigits(wordAt(scan, i + 2)) && scan.tokens[i]!.end === scan.tokens[i + 1]!.start) return null;
  // "post-1959 politics", "pre-1990 levels": the year the prefix is counted from (TIMEX3 keeps the prefix inside).
  const prefixed = before === '-' && isJoiningHyphen(scan, i - 1) && (wordAt(scan, i - 2) === 'pre' || wordAt(scan, i - 2) === 'post');
  if (prefixed) return { first: i - 2, last: i, reading: { kind: 'calendar', year, shift: null }, source: 'rule:dates/year' };
  if (!YEAR_PRECEDERS.has(before)) {
    // Bare numbers count things when a plural noun follows ("2016 votes"); a year is then unlikely.
    const next = surfaceAt(scan, i + 1);
    const pluralNoun = next.length > 3 && next.endsWith('s') && next === next.toLowerCase() && !unitWords().has(after) && /^[a-z]+$/.test(next) && !next.endsWith('ss');
    if (pluralNoun) return null;
    if (year < 1800 || year > 2100) return null;
  }
  // "the 1989 period", "the 1988 quarter": the reporting period of that year.
  if (before === 'the' && (after === 'period' || after === 'quarter')) return { first: i - 1, last: i + 1, reading: { kind: 'calendar', year, latestQuarter: true, shift: null }, source: 'rule:dates/year-period' };
  if (before === 'fiscal') return { first: i - 1, last: i, reading: { kind: 'calendar', year, shift: null }, source: 'rule:dates/fiscal-year' };
  return { first: i, last: i, reading: { kind: 'calendar', year, shift: null }, source: 'rule:dates/year' };
}

/** The listed words opensYear accepts (nothing: only the digit and apostrophe shapes); any other word it accepts has an opening shape (see extract.ts). */
export function yearOpeningWords(): Iterable<string> {
  return [];
}

/** Whether a word at token i can let extractYear find anything (a cheap test run before it; it must never say no where extractYear would find a date). */
export function opensYear(word: string): boolean {
  return startsWithDigit(word) || word.startsWith("'") || word.startsWith('\u2019');
}
