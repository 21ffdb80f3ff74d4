/**
 * Find and normalize the temporal expressions of a text. Small extractors each propose candidates
 * at every token; ordered refiners then fold them; the normalizer resolves each against the
 * reference day and the tense of its clause. Every step looks at a bounded window of tokens, so
 * the whole pass is linear in the length of the text.
 */
import type { DateExpression, Token } from '../types.js';
import { formatDay, type Day } from './calendar.js';
import { extractAnaphoric, opensAnaphoric } from './extractors/anaphoric.js';
import { extractDuration, opensDuration } from './extractors/duration.js';
import { extractFiscalPeriod, opensFiscalPeriod } from './extractors/fiscal-period.js';
import { extractMonthDate, opensMonthDate } from './extractors/month-date.js';
import { extractNumericDate, opensNumericDate } from './extractors/numeric-date.js';
import { extractQuarter, opensQuarter } from './extractors/quarter.js';
import { extractReference, opensReference } from './extractors/reference.js';
import { extractRelativeDay, opensRelativeDay } from './extractors/relative-day.js';
import { extractRelativeUnit, opensRelativeUnit } from './extractors/relative-unit.js';
import { extractSeasonOrHoliday, opensSeasonOrHoliday } from './extractors/season-holiday.js';
import { extractSet, opensSet } from './extractors/set.js';
import { extractSpokenYear, opensSpokenYear } from './extractors/spoken-year.js';
import { extractTimeOfDay, opensTimeOfDay } from './extractors/time-of-day.js';
import { extractWeekday, opensWeekday } from './extractors/weekday.js';
import { extractYear, opensYear } from './extractors/year.js';
import { normalizeReading } from './normalize.js';
import type { Candidate } from './reading.js';
import { absorbArticle } from './refiners/absorb-article.js';
import { absorbModifiers } from './refiners/absorb-modifiers.js';
import { absorbShift } from './refiners/absorb-shift.js';
import { dropOverlaps } from './refiners/drop-overlaps.js';
import { applyFiscalContext } from './refiners/fiscal-context.js';
import { mergeDateTime } from './refiners/merge-date-time.js';
import { mergeDayPart } from './refiners/merge-day-part.js';
import type { Scan } from './scan.js';
import { tenseAround } from './tense.js';

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
}

/**
 * The extractors, in priority order: when two candidates cover the same tokens, the earlier one
 * wins (a full date before a bare year, a relative unit before a duration).
 */
export const EXTRACTORS: readonly DateExtractor[] = [
  { extract: extractNumericDate, opens: opensNumericDate },
  { extract: extractMonthDate, opens: opensMonthDate },
  { extract: extractQuarter, opens: opensQuarter },
  { extract: extractFiscalPeriod, opens: opensFiscalPeriod },
  { extract: extractAnaphoric, opens: opensAnaphoric },
  { extract: extractRelativeUnit, opens: opensRelativeUnit },
  { extract: extractRelativeDay, opens: opensRelativeDay },
  { extract: extractTimeOfDay, opens: opensTimeOfDay },
  { extract: extractSet, opens: opensSet },
  { extract: extractSeasonOrHoliday, opens: opensSeasonOrHoliday },
  { extract: extractWeekday, opens: opensWeekday },
  { extract: extractYear, opens: opensYear },
  { extract: extractSpokenYear, opens: opensSpokenYear },
  { extract: extractDuration, opens: opensDuration },
  { extract: extractReference, opens: opensReference },
];

/**
 * The refiners, in order. Overlaps go first so that later steps see one reading per stretch;
 * shift words before modifiers ("early last year" needs "last year" first); day parts before
 * date-time merges ("Thursday morning" is one day); articles and fiscal context after the
 * extents are final, then overlaps again because
 * extended candidates may now touch.
 */
export const REFINERS: readonly Refiner[] = [dropOverlaps, absorbShift, absorbModifiers, mergeDayPart, mergeDateTime, absorbArticle, applyFiscalContext, dropOverlaps];

/** For each lower-case word seen so far in a document, the extractors (in priority order) that it can open. */
export type OpenerCache = Map<string, readonly Extractor[]>;

const NO_EXTRACTORS: readonly Extractor[] = [];

/** The extractors that word can open, from the cache or worked out once and cached. */
function extractorsOpenedBy(word: string, cache: OpenerCache): readonly Extractor[] {
  let found = cache.get(word);
  if (found === undefined) {
    // A plain loop: this runs for every distinct word of every document, most of which open nothing.
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
  for (const refiner of REFINERS) candidates = refiner(candidates, scan);
  return candidates;
}

/**
 * Extract normalized temporal expressions from segmented text, against an optional reference day.
 * Pass one `openers` cache to every call on the same document (the dateline search reads its opening too).
 */
export function extractDates(text: string, tokens: readonly Token[], reference: Day | null, openers: OpenerCache = new Map()): DateExpression[] {
  const dates: DateExpression[] = [];
  const anchor = reference === null ? null : formatDay(reference);
  const lower = tokens.map((token) => token.norm.toLowerCase());
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
    for (const candidate of findCandidates(scan, openers)) {
      const start = tokens[candidate.first]!.start;
      const end = tokens[candidate.last]!.end;
      const normalized = normalizeReading(candidate.reading, reference, tenseAround(scan, candidate.first, candidate.last), antecedent, focusQuarter);
      const anaphoric = candidate.reading.kind === 'anaphoric';
      dates.push({
        start, end, text: text.slice(start, end), type: normalized.type, value: normalized.value,
        anchor: normalized.anchored ? (anaphoric ? antecedent : anchor) : null,
        ...(normalized.inferred.length > 0 ? { inferred: normalized.inferred } : {}),
        source: candidate.source,
      });
      const kind = candidate.reading.kind;
      if (kind === 'calendar' && candidate.reading.quarter !== undefined && /^\d{4}-Q\d$/.test(normalized.value)) focusQuarter = normalized.value;
      if ((kind === 'calendar' || kind === 'weekday' || kind === 'anaphoric') && normalized.type === 'DATE' && /^\d{4}/.test(normalized.value)) antecedent = normalized.value;
    }
    from = to;
  }
  return dates;
}
