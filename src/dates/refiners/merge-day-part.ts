/** Merge a day with a following part of day: "Thursday morning", "yesterday afternoon" become times; "Friday night" stays a day (see day-parts.tsv). */
import { dayParts, dayPartsWrittenAsDay } from '../lexicon.js';
import type { Candidate } from '../reading.js';
import { wordAt, type Scan } from '../scan.js';

/** Turn day candidates followed by "morning", "afternoon" or "evening" into times; "night" only joins the day. */
export function mergeDayPart(candidates: readonly Candidate[], scan: Scan): Candidate[] {
  return candidates.map((candidate) => {
    const reading = candidate.reading;
    const isDay = reading.kind === 'weekday' || (reading.kind === 'relative' && reading.unit === 'day') || (reading.kind === 'calendar' && reading.day !== undefined);
    if (!isDay) return candidate;
    const word = wordAt(scan, candidate.last + 1);
    const part = dayParts().get(word);
    if (part === undefined || word.endsWith('s')) return candidate;
    // "Friday night": one expression, written as the day (see day-parts.tsv for why).
    if (dayPartsWrittenAsDay().has(word)) return { ...candidate, last: candidate.last + 1, source: 'rule:dates/day-part' };
    return { ...candidate, last: candidate.last + 1, reading: { kind: 'time', date: reading, part }, source: 'rule:dates/day-part' };
  });
}
