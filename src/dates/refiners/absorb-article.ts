/** Absorb the article before quarters, halves, decades and centuries, as TIMEX3 extents do ("the third quarter", "the 1990s"). */
import type { Candidate } from '../reading.js';
import { wordAt, type Scan } from '../scan.js';

/** Extend period candidates over a preceding "the". */
export function absorbArticle(candidates: readonly Candidate[], scan: Scan): Candidate[] {
  return candidates.map((candidate) => {
    const reading = candidate.reading;
    const period = reading.kind === 'calendar' && (reading.quarter !== undefined || reading.half !== undefined || reading.decade !== undefined || reading.century !== undefined);
    if (!period || wordAt(scan, candidate.first - 1) !== 'the') return candidate;
    // "the third-quarter profit": the article belongs to the noun the hyphenated period modifies.
    if (reading.kind === 'calendar' && reading.quarter !== undefined && wordAt(scan, candidate.last - 1) === '-') return candidate;
    return { ...candidate, first: candidate.first - 1 };
  });
}
