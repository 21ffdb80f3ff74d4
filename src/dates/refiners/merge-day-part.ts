/** Merge a day with a following part of day into a time: "Thursday morning", "yesterday afternoon", "March 2 evening". */
import { dayParts } from '../lexicon.js';
import type { Candidate } from '../reading.js';
import { wordAt, type Scan } from '../scan.js';

/** Turn day candidates followed by "morning", "afternoon", "evening" or "night" into times. */
export function mergeDayPart(candidates: readonly Candidate[], scan: Scan): Candidate[] {
  return candidates.map((candidate) => {
    const reading = candidate.reading;
    const isDay = reading.kind === 'weekday' || (reading.kind === 'relative' && reading.unit === 'day') || (reading.kind === 'calendar' && reading.day !== undefined);
    if (!isDay) return candidate;
    const word = wordAt(scan, candidate.last + 1);
    const part = dayParts().get(word);
    if (part === undefined || word.endsWith('s')) return candidate;
    return { ...candidate, last: candidate.last + 1, reading: { kind: 'time', date: reading, part }, source: 'rule:dates/day-part' };
  });
}
