/** When two extractors found the same call (overlapping actions), keep the one that names more. */
import { overlaps, type CallCandidate } from '../candidate.js';

function richness(candidate: CallCandidate): number {
  return (candidate.actor || candidate.actorRef ? 2 : 0) + (candidate.target ? 1 : 0);
}

/** Drop candidates whose action overlaps a richer (or earlier, equally rich) candidate's action. */
export function dropOverlaps(candidates: CallCandidate[]): CallCandidate[] {
  const kept: CallCandidate[] = [];
  for (const candidate of candidates) {
    const clash = kept.findIndex((other) => overlaps(other.action, candidate.action));
    if (clash < 0) kept.push(candidate);
    else if (richness(candidate) > richness(kept[clash]!)) kept[clash] = candidate;
  }
  return kept.sort((a, b) => a.trigger.start - b.trigger.start);
}
