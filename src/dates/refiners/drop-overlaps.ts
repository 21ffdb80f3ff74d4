/** Keep one candidate per stretch of text: the longest, and among equals the one found first (extractor order). */
import type { Candidate } from '../reading.js';

/** Drop candidates that overlap a longer (or equally long, earlier-listed) candidate. */
export function dropOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates.map((candidate, order) => ({ candidate, order }));
  ranked.sort((a, b) => (b.candidate.last - b.candidate.first) - (a.candidate.last - a.candidate.first) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    if (kept.every((other) => candidate.last < other.first || candidate.first > other.last)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.first - b.first);
}
