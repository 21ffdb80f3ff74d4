/**
 * Absorb modifiers that TIMEX3 keeps inside the expression: "early", "late", "mid-", "earlier",
 * "later", "the end of", "the beginning of", "the middle of" ("early next year", "mid-November",
 * "the end of 1990", "earlier this month"). The value stays that of the modified date.
 */
import type { Candidate } from '../reading.js';
import { isJoiningHyphen, wordAt, type Scan } from '../scan.js';

const SINGLE = new Set(['early', 'late', 'mid', 'earlier', 'later', 'around', 'about', 'since']);
const OF_PHRASES = new Set(['end', 'beginning', 'start', 'middle', 'close', 'turn', 'rest', 'remainder']);
/** Only these modifiers stay outside TIMEX3 extents; they are matched but not absorbed. */
const NOT_ABSORBED = new Set(['around', 'about', 'since']);

/** Extend date candidates over a preceding modifier. */
export function absorbModifiers(candidates: readonly Candidate[], scan: Scan): Candidate[] {
  return candidates.map((candidate) => {
    const kind = candidate.reading.kind;
    if (kind !== 'calendar' && kind !== 'weekday' && kind !== 'relative' && kind !== 'anaphoric') return candidate;
    let first = candidate.first;
    if (wordAt(scan, first - 1) === '-' && isJoiningHyphen(scan, first - 1) && wordAt(scan, first - 2) === 'mid') first -= 2;
    else if (SINGLE.has(wordAt(scan, first - 1)) && !NOT_ABSORBED.has(wordAt(scan, first - 1))) first -= 1;
    else if (wordAt(scan, first - 1) === 'of' && OF_PHRASES.has(wordAt(scan, first - 2))) {
      first -= 2;
      if (wordAt(scan, first - 1) === 'the') first -= 1;
    }
    return first === candidate.first ? candidate : { ...candidate, first };
  });
}
