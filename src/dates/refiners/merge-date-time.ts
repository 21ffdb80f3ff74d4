/**
 * Merge neighbours that name one moment: a clock time and a date ("3 p.m. Thursday", "5 p.m. EST,
 * Nov. 6", "Thursday at 3 p.m."), a weekday with the date it names ("Thursday, March 2"), and a
 * month or season with the relative year it falls in ("April next year", "February this year").
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

/** Merge adjacent clock times with days, and weekdays with their dates; a clock time separated from its day by a short parenthesis takes that day. */
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
      } else if (isParenthesis(scan, previous.last + 1, candidate.first - 1) && isClock(previous) && previous.reading.kind === 'time' && isDay(candidate)) {
        // "10:35 a.m. (0735 GMT) Friday": the clock time is on that day; the aside keeps the two apart.
        out[out.length - 1] = { ...previous, reading: { ...previous.reading, date: dayOf(candidate) } };
      }
    }
    out.push(candidate);
  }
  return out;
}

/** True when tokens [from, to] are one short parenthesis: "(0735 GMT)". */
function isParenthesis(scan: Scan, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 5 || wordAt(scan, from) !== '(' || wordAt(scan, to) !== ')') return false;
  for (let k = from + 1; k < to; k++) if (wordAt(scan, k) === '(' || wordAt(scan, k) === ')') return false;
  return true;
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
  // "in April next year": one TIMEX3, the month of the year the shift names (not the year the tense would pick).
  const yearShift = shiftedYear(right);
  if (left.reading.kind === 'calendar' && left.reading.year === undefined && left.reading.shift === null && left.reading.yearOffset === undefined
    && (left.reading.month !== undefined || left.reading.season !== undefined) && left.last + 1 === right.first && yearShift !== null) {
    return { ...span, reading: { ...left.reading, shift: 0, ...(yearShift !== 0 ? { yearOffset: yearShift } : {}) }, source: 'rule:dates/month-year' };
  }
  return null;
}

/** The offset of "last year" (-1), "this year" (0) or "next year" (1), else null. */
function shiftedYear(candidate: Candidate): number | null {
  const reading = candidate.reading;
  if (reading.kind !== 'relative' || reading.unit !== 'year' || reading.granularity !== undefined || reading.offset === null) return null;
  return Math.abs(reading.offset) <= 1 ? reading.offset : null;
}

function dayOf(candidate: Candidate): Extract<Candidate['reading'], { kind: 'calendar' | 'weekday' | 'relative' }> | null {
  const reading = candidate.reading;
  return reading.kind === 'calendar' || reading.kind === 'weekday' || reading.kind === 'relative' ? reading : null;
}
