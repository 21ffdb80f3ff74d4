/**
 * Merge neighbours that name one moment: a clock time and a date ("3 p.m. Thursday", "5 p.m. EST,
 * Nov. 6", "Thursday at 3 p.m."), and a weekday with the date it names ("Thursday, March 2").
 */
import type { Candidate } from '../reading.js';
import { wordAt, type Scan } from '../scan.js';

const JOINERS = new Set([',', 'on', 'at']);

function isClock(candidate: Candidate): boolean {
  return candidate.reading.kind === 'time' && candidate.reading.date === null && candidate.reading.hour !== undefined;
}

function isDay(candidate: Candidate): boolean {
  const reading = candidate.reading;
  return reading.kind === 'weekday' || (reading.kind === 'relative' && reading.unit === 'day') || (reading.kind === 'calendar' && reading.day !== undefined);
}

/** Merge adjacent clock times with days, and weekdays with their dates. */
export function mergeDateTime(candidates: readonly Candidate[], scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = out[out.length - 1];
    if (previous !== undefined) {
      const gap = candidate.first - previous.last - 1;
      const joined = gap === 0 || (gap === 1 && JOINERS.has(wordAt(scan, previous.last + 1)));
      if (joined) {
        const merged = merge(previous, candidate);
        if (merged !== null) {
          out[out.length - 1] = merged;
          continue;
        }
      }
    }
    out.push(candidate);
  }
  return out;
}

function merge(left: Candidate, right: Candidate): Candidate | null {
  const span = { first: left.first, last: right.last, source: 'rule:dates/date-time' as const };
  if (isClock(left) && isDay(right) && left.reading.kind === 'time' && right.reading.kind !== 'time') {
    return { ...span, reading: { ...left.reading, date: dayOf(right) } };
  }
  if (isDay(left) && isClock(right) && right.reading.kind === 'time' && left.reading.kind !== 'time') {
    return { ...span, reading: { ...right.reading, date: dayOf(left) } };
  }
  if (left.reading.kind === 'weekday' && right.reading.kind === 'calendar' && right.reading.day !== undefined) {
    return { ...span, reading: right.reading, source: right.source };
  }
  return null;
}

function dayOf(candidate: Candidate): Extract<Candidate['reading'], { kind: 'calendar' | 'weekday' | 'relative' }> | null {
  const reading = candidate.reading;
  return reading.kind === 'calendar' || reading.kind === 'weekday' || reading.kind === 'relative' ? reading : null;
}
