/**
 * Absorb "the day before", "the day after" and "the week of" before a day ("the day before last
 * Tuesday", "the week of March 6"): TIMEX3 writes the day they name, or the week, as one expression.
 */
import type { Candidate } from '../reading.js';
import { wordAt, type Scan } from '../scan.js';

const RELATIONS: ReadonlyMap<string, number> = new Map([['before', -1], ['after', 1]]);

/** Extend day candidates over a preceding "the day before/after" or "the week of". */
export function absorbDayRelation(candidates: readonly Candidate[], scan: Scan): Candidate[] {
  return candidates.map((candidate) => {
    const reading = candidate.reading;
    const isDay = reading.kind === 'weekday' || (reading.kind === 'calendar' && reading.day !== undefined && reading.month !== undefined);
    if (!isDay || reading.dayOffset !== undefined || reading.weekOf !== undefined) return candidate;
    const relation = wordAt(scan, candidate.first - 1);
    const unit = wordAt(scan, candidate.first - 2);
    // Only with the article: "every day before Friday" is a span, not a day.
    if (wordAt(scan, candidate.first - 3) !== 'the') return candidate;
    const first = candidate.first - 3;
    const source = 'rule:dates/day-relation' as const;
    const offset = RELATIONS.get(relation);
    if (unit === 'day' && offset !== undefined) return { first, last: candidate.last, reading: { ...reading, dayOffset: offset }, source };
    if (unit === 'week' && relation === 'of') return { first, last: candidate.last, reading: { ...reading, weekOf: true }, source };
    return candidate;
  });
}
