/** Absorb "last", "this", "next" before a weekday, a month or a season ("last Thursday", "next March", "this fall"). */
import type { Candidate, Shift } from '../reading.js';
import { wordAt, type Scan } from '../scan.js';

const SHIFTS: ReadonlyMap<string, Shift> = new Map<string, Shift>([['last', -1], ['past', -1], ['this', 0], ['next', 1], ['coming', 1]]);

/** Extend weekday and year-less month or season candidates over a preceding shift word. */
export function absorbShift(candidates: readonly Candidate[], scan: Scan): Candidate[] {
  return candidates.map((candidate) => {
    const shift = SHIFTS.get(wordAt(scan, candidate.first - 1));
    if (shift === undefined) return candidate;
    const reading = candidate.reading;
    const shiftable = reading.kind === 'weekday' || (reading.kind === 'calendar' && reading.year === undefined && (reading.season !== undefined || (reading.month !== undefined && reading.day === undefined)));
    if (!shiftable) return candidate;
    return { ...candidate, first: candidate.first - 1, reading: { ...reading, shift } };
  });
}
