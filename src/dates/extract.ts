/**
 * Find and normalize the temporal expressions of a text. Small extractors each propose candidates
 * at every token; ordered refiners then fold them; the normalizer resolves each against the
 * reference day and the tense of its clause. Every step looks at a bounded window of tokens, so
 * the whole pass is linear in the length of the text.
 */
import type { DateExpression, Token } from '../types.js';
import { lazy } from '../text/lexicon.js';
import { formatDay, type Day } from './calendar.js';
import { extractAnaphoric, anaphoricOpeningWords, opensAnaphoric } from './extractors/anaphoric.js';
import { extractDuration, durationOpeningWords, opensDuration } from './extractors/duration.js';
import { extractFiscalPeriod, fiscalPeriodOpeningWords, opensFiscalPeriod } from './extractors/fiscal-period.js';
import { extractMonthDate, monthDateOpeningWords, opensMonthDate } from './extractors/month-date.js';
import { extractNumericDate, numericDateOpeningWords, opensNumericDate } from './extractors/numeric-date.js';
import { extractQuarter, quarterOpeningWords, opensQuarter } from './extractors/quarter.js';
import { extractReference, referenceOpeningWords, opensReference } from './extractors/reference.js';
import { extractRelativeDay, relativeDayOpeningWords, opensRelativeDay } from './extractors/relative-day.js';
import { extractRelativeUnit, relativeUnitOpeningWords, opensRelativeUnit } from './extractors/relative-unit.js';
import { extractSeasonOrHoliday, seasonOrHolidayOpeningWords, opensSeasonOrHoliday } from './extractors/season-holiday.js';
import { extractSet, setOpeningWords, opensSet } from './extractors/set.js';
import { extractSpokenYear, spokenYearOpeningWords, opensSpokenYear } from './extractors/spoken-year.js';
import { extractTimeOfDay, timeOfDayOpeningWords, opensTimeOfDay } from './extractors/time-of-day.js';
import { extractWeekday, weekdayOpeningWords, opensWeekday } from './extractors/weekday.js';
import { extractYear, yearOpeningWords, opensYear } from './extractors/year.js';
import { normalizeReading } from './normalize.js';
import type { Candidate } from './reading.js';
import { absorbArticle } from './refiners/absorb-article.js';
import { absorbDayRelation } from './refiners/absorb-day-relation.js';
import { absorbModifiers } from './refiners/absorb-modifiers.js';
import { absorbShift } from './refiners/absorb-shift.js';
import { dropOverlaps } from './refiners/drop-overlaps.js';
import { applyFiscalContext } from './refiners/fiscal-context.js';
import { mergeDateTime } from './refiners/merge-date-time.js';
import { mergeDayPart } from './refiners/merge-day-part.js';
import { startsWithDigit, type Scan } from './scan.js';
import { tenseAround, type Tense } from './tense.js';

/** An extractor proposes at most one candidate starting near token i. */
export type Extractor = (scan: Scan, i: number) => Candidate | null;
/** A refiner folds a sentence's candidates into better ones. */
export type Refiner = (candidates: readonly Candidate[], scan: Scan) => Candidate[];

/**
 * An extractor with its opening test: `opens` says, from the lower-case word at token i alone,
 * whether `extract` could find anything there. It is only a fast path and must never say no where
 * the extractor would say yes; most tokens open no date at all, so most are skipped with one lookup.
 */
export interface DateExtractor {
  extract: Extractor;
  opens: (word: string) => boolean;
  /** Every word `opens` accepts that has no opening shape (see `hasOpeningShape`). */
  words: () => Iterable<string>;
}

/**
 * The extractors, in priority order: when two candidates cover the same tokens, the earlier one
 * wins (a full date before a bare year, a relative unit before a duration).
 */
export const EXTRACTORS: readonly DateExtractor[] = [
  { extract: extractNumericDate, opens: opensNumericDate, words: numericDateOpeningWords },
  { extract: extractMonthDate, opens: opensMonthDate, words: monthDateOpeningWords },
  { extract: extractQuarter, opens: opensQuarter, words: quarterOpeningWords },
  { extract: extractFiscalPeriod, opens: opensFiscalPeriod, words: fiscalPeriodOpeningWords },
  { extract: extractAnaphoric, opens: opensAnaphoric, words: anaphoricOpeningWords },
  { extract: extractRelativeUnit, opens: opensRelativeUnit, words: relativeUnitOpeningWords },
  { extract: extractRelativeDay, opens: opensRelativeDay, words: relativeDayOpeningWords },
  { extract: extractTimeOfDay, opens: opensTimeOfDay, words: timeOfDayOpeningWords },
  { extract: extractSet, opens: opensSet, words: setOpeningWords },
  { extract: extractSeasonOrHoliday, opens: opensSeasonOrHoliday, words: seasonOrHolidayOpeningWords },
  { extract: extractWeekday, opens: opensWeekday, words: weekdayOpeningWords },
  { extract: extractYear, opens: opensYear, words: yearOpeningWords },
  { extract: extractSpokenYear, opens: opensSpokenYear, words: spokenYearOpeningWords },
  { extract: extractDuration, opens: opensDuration, words: durationOpeningWords },
  { extract: extractReference, opens: opensReference, words: referenceOpeningWords },
];

/**
 * The refiners, in order. Overlaps go first so that later steps see one reading per stretch;
 * shift words before modifiers ("early last year" needs "last year" first), and before "the day
 * before" ("the day before last Tuesday" needs "last Tuesday" first); day parts before
 * date-time merges ("Thursday morning" is one day); articles and fiscal context after the
 * extents are final, then overlaps again because
 * extended candidates may now touch.
 */
export const REFINERS: readonly Refiner[] = [dropOverlaps, absorbShift, absorbDayRelation, absorbModifiers, mergeDayPart, mergeDateTime, absorbArticle, applyFiscalContext, dropOverlaps];

/**
 * Word shapes some extractor opens on without listing them: numbers ("12", "1990s", "3rd"), clipped
 * years ("'98"), abbreviations with their period ("feb.", "thurs.") and plural weekdays ("mondays").
 */
function hasOpeningShape(word: string): boolean {
  return startsWithDigit(word) || word.startsWith("'") || word.startsWith('\u2019') || word.endsWith('.') || word.endsWith('days');
}

/** Every listed word any extractor opens on (derived once from the extractors' word lists). */
const openingWords = lazy(() => new Set(EXTRACTORS.flatMap((entry) => [...entry.words()])));

/** False only when no extractor can open on the lower-case word (the fast test before the extractors' own `opens`). */
export function mayOpenDate(word: string): boolean {
  return hasOpeningShape(word) || openingWords().has(word);
}

/** For each lower-case word seen so far in a document that may open a date, the extractors (in priority order) that it can open. */
export type OpenerCache = Map<string, readonly Extractor[]>;

/**
 * Work on one document shared by the dateline search and the main pass, which read the same opening
 * sentences: the opener cache, and each sentence's candidates keyed by its first token with its end
 * (the dateline search may cut its last sentence short; such an entry is not reused). Candidates do
 * not depend on the reference day, so a sentence's candidates are found once.
 */
export interface DateScanCache {
  openers: OpenerCache;
  sentences: Map<number, { to: number; candidates: readonly Candidate[] }>;
}

/**
 * The opener cache every document shares: which extractors a word opens depends on the word alone,
 * and working it out again for each document's numbers and time words cost about a tenth of the
 * date pass on 4-6 KB articles.
 */
const sharedOpeners: OpenerCache = new Map();

/** Most words the shared opener cache keeps before starting afresh (bounds memory on endless input). */
const OPENER_CACHE_LIMIT = 50_000;

/** An empty cache for one document (the opener part is shared by all documents). */
export function newDateScanCache(): DateScanCache {
  if (sharedOpeners.size >= OPENER_CACHE_LIMIT) sharedOpeners.clear();
  return { openers: sharedOpeners, sentences: new Map() };
}

const NO_EXTRACTORS: readonly Extractor[] = [];

/** The extractors that word can open, from the cache or worked out once and cached. */
function extractorsOpenedBy(word: string, cache: OpenerCache): readonly Extractor[] {
  // Most words are neither listed nor shaped like a number or abbreviation: one lookup rejects them,
  // without a cache entry for each distinct word of the document.
  if (!mayOpenDate(word)) return NO_EXTRACTORS;
  let found = cache.get(word);
  if (found === undefined) {
    let opened: Extractor[] | undefined;
    for (const entry of EXTRACTORS) if (entry.opens(word)) (opened ??= []).push(entry.extract);
    found = opened ?? NO_EXTRACTORS;
    cache.set(word, found);
  }
  return found;
}

/** Find candidates in one sentence; pass one `cache` for all sentences of a document so each distinct word is tested once. */
export function findCandidates(scan: Scan, cache: OpenerCache = new Map()): Candidate[] {
  let candidates: Candidate[] = [];
  for (let i = scan.from; i < scan.to; i++) {
    for (const extractor of extractorsOpenedBy(scan.lower[i]!, cache)) {
      const candidate = extractor(scan, i);
      if (candidate !== null && candidate.first >= scan.from && candidate.last < scan.to) candidates.push(candidate);
    }
  }
  // Every refiner folds the candidates it is given: a sentence without any (most) has nothing to refine.
  if (candidates.length === 0) return candidates;
  for (const refiner of REFINERS) candidates = refiner(candidates, scan);
  return candidates;
}

/**
 * True when a quarter's value ("1989-Q3") can be the period a report is about: one already over at
 * the reference, or the reference's own quarter told in the past ("its fourth quarter ended Sept. 30").
 * An outlook ("expects a loss in the third quarter of 1990") names a quarter no comparison refers to.
 */
function isReportedQuarter(value: string, reference: Day | null, tense: Tense): boolean {
  const match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match === null) return false;
  if (reference === null) return true;
  const quarter = Number(match[1]) * 4 + Number(match[2]) - 1;
  const current = reference.year * 4 + Math.floor((reference.month - 1) / 3);
  return quarter < current || (quarter === current && tense === 'past');
}

/**
 * Extract normalized temporal expressions from segmented text, against an optional reference day.
 * Pass one `cache` to every call on the same document and its token prefixes (the dateline search reads its opening too).
 * `lower` (each token's norm in lower case) may be passed when the caller already has it, as the pipeline's document view does.
 */
export function extractDates(text: string, tokens: readonly Token[], reference: Day | null, cache: DateScanCache = newDateScanCache(), lower: readonly string[] = tokens.map((token) => token.norm.toLowerCase())): DateExpression[] {
  const dates: DateExpression[] = [];
  const anchor = reference === null ? null : formatDay(reference);
  // The last calendar date the text stated, for "that year" and "the next day".
  let antecedent: string | null = null;
  // The last quarter the text named, for "the latest period" and "the year-ago quarter".
  let focusQuarter: string | null = null;
  let from = 0;
  while (from < tokens.length) {
    const sentence = tokens[from]!.sentence;
    let to = from + 1;
    while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
    const scan: Scan = { text, tokens, lower, from, to };
    const cached = cache.sentences.get(from);
    let candidates: readonly Candidate[];
    if (cached !== undefined && cached.to === to) candidates = cached.candidates;
    else {
      candidates = findCandidates(scan, cache.openers);
      cache.sentences.set(from, { to, candidates });
    }
    for (const candidate of candidates) {
      const start = tokens[candidate.first]!.start;
      const end = tokens[candidate.last]!.end;
      const tense = tenseAround(scan, candidate.first, candidate.last);
      const anaphoric = candidate.reading.kind === 'anaphoric';
      // "that quarter" points back to the quarter the report is about, not to the last date stated ("ended Oct. 31").
      const pointsTo = candidate.reading.kind === 'anaphoric' && candidate.reading.unit === 'quarter' && focusQuarter !== null ? focusQuarter : antecedent;
      const normalized = normalizeReading(candidate.reading, reference, tense, pointsTo, focusQuarter);
      dates.push({
        start, end, text: text.slice(start, end), type: normalized.type, value: normalized.value,
        anchor: normalized.anchored ? (anaphoric ? pointsTo : anchor) : null,
        ...(normalized.inferred.length > 0 ? { inferred: normalized.inferred } : {}),
        source: candidate.source,
      });
      const kind = candidate.reading.kind;
      if (kind === 'calendar' && candidate.reading.quarter !== undefined && isReportedQuarter(normalized.value, reference, tense)) focusQuarter = normalized.value;
      if ((kind === 'calendar' || kind === 'weekday' || kind === 'anaphoric') && normalized.type === 'DATE' && /^\d{4}/.test(normalized.value)) antecedent = normalized.value;
    }
    from = to;
  }
  return dates;
}
