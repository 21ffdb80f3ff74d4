/**
 * Find and normalize the temporal expressions of a text. Small extractors each propose candidates
 * at every token; ordered refiners then fold them; the normalizer resolves each against the
 * reference day and the tense of its clause. Every step looks at a bounded window of tokens, so
 * the whole pass is linear in the length of the text.
 */
import type { DateExpression, Token } from '../types.js';
import { formatDay, type Day } from './calendar.js';
import { extractAnaphoric } from './extractors/anaphoric.js';
import { extractDuration } from './extractors/duration.js';
import { extractFiscalPeriod } from './extractors/fiscal-period.js';
import { extractMonthDate } from './extractors/month-date.js';
import { extractNumericDate } from './extractors/numeric-date.js';
import { extractQuarter } from './extractors/quarter.js';
import { extractReference } from './extractors/reference.js';
import { extractRelativeDay } from './extractors/relative-day.js';
import { extractRelativeUnit } from './extractors/relative-unit.js';
import { extractSeasonOrHoliday } from './extractors/season-holiday.js';
import { extractSet } from './extractors/set.js';
import { extractSpokenYear } from './extractors/spoken-year.js';
import { extractTimeOfDay } from './extractors/time-of-day.js';
import { extractWeekday } from './extractors/weekday.js';
import { extractYear } from './extractors/year.js';
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
 * The extractors, in priority order: when two candidates cover the same tokens, the earlier one
 * wins (a full date before a bare year, a relative unit before a duration).
 */
export const EXTRACTORS: readonly Extractor[] = [
  extractNumericDate, extractMonthDate, extractQuarter, extractFiscalPeriod, extractAnaphoric, extractRelativeUnit, extractRelativeDay,
  extractTimeOfDay, extractSet, extractSeasonOrHoliday, extractWeekday, extractYear, extractSpokenYear, extractDuration, extractReference,
];

/**
 * The refiners, in order. Overlaps go first so that later steps see one reading per stretch;
 * shift words before modifiers ("early last year" needs "last year" first); day parts before
 * date-time merges ("Thursday morning" is one day); articles and fiscal context after the
 * extents are final, then overlaps again because
 * extended candidates may now touch.
 */
export const REFINERS: readonly Refiner[] = [dropOverlaps, absorbShift, absorbModifiers, mergeDayPart, mergeDateTime, absorbArticle, applyFiscalContext, dropOverlaps];

/** Find candidates in one sentence. */
export function findCandidates(scan: Scan): Candidate[] {
  let candidates: Candidate[] = [];
  for (let i = scan.from; i < scan.to; i++) {
    for (const extractor of EXTRACTORS) {
      const candidate = extractor(scan, i);
      if (candidate !== null && candidate.first >= scan.from && candidate.last < scan.to) candidates.push(candidate);
    }
  }
  for (const refiner of REFINERS) candidates = refiner(candidates, scan);
  return candidates;
}

/** Extract normalized temporal expressions from segmented text, against an optional reference day. */
export function extractDates(text: string, tokens: readonly Token[], reference: Day | null): DateExpression[] {
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
    for (const candidate of findCandidates(scan)) {
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
