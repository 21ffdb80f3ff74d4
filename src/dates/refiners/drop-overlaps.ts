/** Keep one candidate per stretch of text: the longest, and among equals the one found first (extractor order). */
import type { Candidate } from '../reading.js';

/**
 * Drop candidates that overlap a longer (or equally long, earlier-listed) candidate. Tokens taken
 * by kept candidates are marked in a bitmap, so the cost is the total length of the candidates,
 * not the square of their number (a sentence of 100,000 dates stays fast).
 */
export function dropOverlaps(candidates: readonly Candidate[]): Candidate[] {
  if (candidates.length === 0) return [];
  let low = Infinity;
  let high = -Infinity;
  for (const candidate of candidates) {
    low = Math.min(low, candidate.first);
    high = Math.max(high, candidate.last);
  }
  const taken = new Uint8Array(high - low + 1);
  const ranked = candidates.map((candidate, order) => ({ candidate, order }));
  ranked.sort((a, b) => (b.candidate.last - b.candidate.first) - (a.candidate.last - a.candidate.first) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    let free = true;
    for (let t = candidate.first; t <= candidate.last && free; t++) if (taken[t - low] === 1) free = false;
    if (!free) continue;
    for (let t = candidate.first; t <= candidate.last; t++) taken[t - low] = 1;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.first - b.first);
}
