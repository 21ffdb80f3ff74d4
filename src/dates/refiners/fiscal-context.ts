/**
 * In earnings reports, "a year ago" and "a year earlier" compare with the same quarter of the
 * previous year ("net rose to $5 million in the third quarter from $4 million a year earlier"):
 * when a quarter is being discussed just before, such an expression names that year-ago quarter.
 */
import type { Candidate } from '../reading.js';
import type { Scan } from '../scan.js';

/** How many tokens back (across sentences) a mention of a quarter still sets the context. */
const REACH = 60;
const QUARTER_WORDS = new Set(['quarter', 'quarterly']);

/** Turn year-ago expressions into the year-ago quarter when a quarter was just mentioned. */
export function applyFiscalContext(candidates: readonly Candidate[], scan: Scan): Candidate[] {
  return candidates.map((candidate) => {
    const reading = candidate.reading;
    if (reading.kind !== 'relative' || reading.unit !== 'year' || reading.offset !== -1) return candidate;
    if (candidate.source !== 'rule:dates/units-ago' && candidate.source !== 'rule:dates/fiscal-period') return candidate;
    for (let i = candidate.first - 1; i >= Math.max(0, candidate.first - REACH); i--) {
      if (QUARTER_WORDS.has(scan.lower[i]!)) return { ...candidate, reading: { kind: 'relative', unit: 'quarter', offset: -5, fromFocusQuarter: -4 }, source: 'rule:dates/fiscal-context' };
    }
    return candidate;
  });
}
