/**
 * Turn a reading into a TIMEX3 type and value against a reference day and the clause's tense.
 * Conventions (documented in docs/dates.md): a bare weekday is the most recent such day on or
 * before the reference (the reference day itself included) unless the clause looks forward, then
 * the next on or after it; a bare month, season or month-day likewise; "last X" is strictly
 * before the reference's own X and "next X" strictly after. Without a reference, what the text
 * states is kept and the rest is written as X ("XXXX-03-02", "XXXX-WXX-4").
 */
import { addDays, daysBetween, daysInMonth, formatDay, formatYear, isoWeek, nthWeekdayOf, pad, weekdayOf, type Day } from './calendar.js';
import type { AnaphoricReading, CalendarReading, Reading, RelativeReading, TimeReading, TimeUnit, WeekdayReading } from './reading.js';
import type { Tense } from './tense.js';

/** The normalized form of a reading. */
export interface Normalized {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  /** True when the value depends on the reference day. */
  anchored: boolean;
  /** Parts of the value that were not stated in the text. */
  inferred: string[];
}

const DURATION_LETTERS: Record<TimeUnit, [string, number]> = {
  second: ['S', 1], minute: ['M', 1], hour: ['H', 1], day: ['D', 1], week: ['W', 1], weekend: ['WE', 1], fortnight: ['W', 2],
  month: ['M', 1], quarter: ['Q', 1], half: ['M', 6], year: ['Y', 1], decade: ['Y', 10], century: ['Y', 100],
};
const SEASON_MONTHS: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * Normalize a reading; `antecedent` is the value of the last date the text stated, for "that year"
 * and the like; `focusQuarter` the last quarter it named ("1989-Q3"), for "the latest period".
 */
export function normalizeReading(reading: Reading, reference: Day | null, tense: Tense, antecedent: string | null = null, focusQuarter: string | null = null): Normalized {
  switch (reading.kind) {
    case 'anaphoric': return anaphoric(reading, antecedent);
    case 'calendar': return { type: 'DATE', ...calendar(reading, reference, tense) };
    case 'weekday': return { type: 'DATE', ...weekday(reading, reference, tense) };
    case 'relative': return { type: 'DATE', ...relative(reading, reference, focusQuarter) };
    case 'reference': return { type: 'DATE', value: reading.value, anchored: false, inferred: [] };
    case 'set': return { type: 'SET', value: reading.value, anchored: false, inferred: [] };
    case 'duration': return { type: 'DURATION', value: duration(reading.amount, reading.unit, reading.extra), anchored: false, inferred: [] };
    case 'time': return { type: 'TIME', ...time(reading, reference, tense) };
  }
}

/** The next smaller unit and how many of it make one unit, for writing fractions as whole amounts. */
const SMALLER: Partial<Record<TimeUnit, [TimeUnit, number]>> = {
  year: ['month', 12], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60],
};

function duration(amount: number | null, unit: TimeUnit, extra?: { amount: number; unit: TimeUnit }): string {
  // "2 1/2 years" → P2Y6M and "half an hour" → PT30M, as "a year and a half" is P1Y6M: whole amounts where
  // the next smaller unit gives them.
  const smaller = SMALLER[unit];
  if (amount !== null && extra === undefined && smaller !== undefined && !Number.isInteger(amount) && Number.isInteger(Math.round((amount % 1) * smaller[1] * 1000) / 1000)) {
    const whole = Math.floor(amount);
    const rest = { amount: Math.round((amount - whole) * smaller[1]), unit: smaller[0] };
    return whole === 0 ? duration(rest.amount, rest.unit) : duration(whole, unit, rest);
  }
  const [letter, factor] = DURATION_LETTERS[unit];
  const clock = unit === 'second' || unit === 'minute' || unit === 'hour';
  const count = amount === null ? 'X' : String(Math.round(amount * factor * 100) / 100);
  let value = `P${clock ? 'T' : ''}${count}${letter}`;
  if (extra && amount !== null) {
    const [extraLetter] = DURATION_LETTERS[extra.unit];
    const extraClock = extra.unit === 'second' || extra.unit === 'minute' || extra.unit === 'hour';
    value += `${extraClock && !clock ? 'T' : ''}${extra.amount}${extraLetter}`;
  }
  return value;
}

/** Pick the year for a month (and day) with no stated year, from the shift or the tense. */
function inferYear(month: number, day: number | undefined, reference: Day, shift: CalendarReading['shift'], tense: Tense): number {
  const candidates = [reference.year - 1, reference.year, reference.year + 1];
  // Distance of each candidate from the reference: in days for a month-day, in months for a month alone.
  const offsets = candidates.map((year) => day === undefined
    ? (year - reference.year) * 12 + month - reference.month
    : daysBetween(reference, { year, month, day: Math.min(day, daysInMonth(year, month)) }));
  const latest = (test: (offset: number) => boolean): number => {
    for (let k = 2; k >= 0; k--) if (test(offsets[k]!)) return candidates[k]!;
    return reference.year;
  };
  const earliest = (test: (offset: number) => boolean): number => {
    for (let k = 0; k < 3; k++) if (test(offsets[k]!)) return candidates[k]!;
    return reference.year;
  };
  if (shift === -1) return latest((offset) => offset < 0);
  if (shift === 1) return earliest((offset) => offset > 0);
  if (shift === 0) return reference.year;
  const nearest = nearestYear(candidates, offsets);
  const window = day === undefined ? NEAREST_MONTHS : NEAREST_DAYS;
  if (tense === 'future') return earliest((offset) => offset >= 0);
  // Far from the reference, a past clause — or no tense at all, since news mostly reports — means the last occurrence.
  if (tense !== 'present' && Math.abs(offsets[candidates.indexOf(nearest)]!) > window) return latest((offset) => offset <= 0);
  return nearest;
}

/** Within this many days (months) of the reference, a month-day (month) is taken as the nearest occurrence even in a past-tense clause. */
const NEAREST_DAYS = 60;
const NEAREST_MONTHS = 1;

function nearestYear(candidates: readonly number[], offsets: readonly number[]): number {
  let best = 1;
  for (let k = 0; k < 3; k++) {
    const distance = Math.abs(offsets[k]!);
    const bestDistance = Math.abs(offsets[best]!);
    // Ties go to the past: news reports more than it announces.
    if (distance < bestDistance || (distance === bestDistance && offsets[k]! < 0)) best = k;
  }
  return candidates[best]!;
}

function calendar(reading: CalendarReading, reference: Day | null, tense: Tense): Omit<Normalized, 'type'> {
  if (reading.century !== undefined) return { value: `${pad(reading.century)}XX`, anchored: false, inferred: [] };
  if (reading.decade !== undefined) return { value: `${pad(reading.decade, 3)}X`, anchored: false, inferred: [] };
  // "on the 15th": the month (and year) come from the reference and the tense.
  if (reading.month === undefined && reading.day !== undefined && reading.year === undefined) return dayOfMonth(reading.day, reference, tense);
  let year = reading.year;
  const inferred: string[] = [];
  if (year === undefined) {
    inferred.push('year');
    if (reference !== null) {
      if (reading.month !== undefined) year = inferYear(reading.month, reading.nthWeekday ? 15 : reading.day, reference, reading.shift, tense);
      else if (reading.season !== undefined) year = seasonYear(reading.season, reference, reading.shift, tense);
      else if (reading.quarter !== undefined || reading.half !== undefined) year = periodYear(reading, reference, tense);
      else year = reference.year;
    }
  }
  if (year !== undefined && reading.yearOffset !== undefined) year += reading.yearOffset;
  const yearText = year === undefined ? 'XXXX' : formatYear(year);
  const anchored = (inferred.length > 0 || reading.latestQuarter === true) && year !== undefined;
  if (reading.latestQuarter === true) {
    // The quarter before the reference's own: what an earnings report dated then is about.
    const quarter = reference === null ? 'X' : String(((Math.floor((reference.month - 1) / 3) + 3) % 4) + 1);
    return { value: `${yearText}-Q${quarter}`, anchored, inferred: ['quarter'] };
  }
  if (reading.season !== undefined) return { value: `${yearText}-${reading.season}`, anchored, inferred };
  if (reading.quarter !== undefined) return { value: `${yearText}-Q${reading.quarter}`, anchored, inferred };
  if (reading.half !== undefined) return { value: `${yearText}-H${reading.half}`, anchored, inferred };
  if (reading.month === undefined) return { value: yearText, anchored, inferred };
  if (reading.nthWeekday !== undefined) {
    if (year === undefined) return { value: `XXXX-${pad(reading.month)}-XX`, anchored, inferred: [...inferred, 'day'] };
    const day = addDays(nthWeekdayOf(year, reading.month, reading.nthWeekday.n, reading.nthWeekday.weekday), reading.nthWeekday.plus ?? 0);
    return { value: formatDay(day), anchored, inferred: [...inferred, 'day'] };
  }
  if (reading.day === undefined) return { value: `${yearText}-${pad(reading.month)}`, anchored, inferred };
  if (year !== undefined && (reading.dayOffset !== undefined || reading.weekOf === true)) {
    return { value: dayOrWeek(addDays({ year, month: reading.month, day: reading.day }, reading.dayOffset ?? 0), reading.weekOf === true), anchored, inferred };
  }
  return { value: `${yearText}-${pad(reading.month)}-${pad(reading.day)}`, anchored, inferred };
}

/**
 * A day of the month with no month ("on the 15th"): in the reference's month, the one before or the
 * one after — the next on or after the reference in a future clause, the last on or before it in a
 * past one, else the nearest.
 */
function dayOfMonth(day: number, reference: Day | null, tense: Tense): Omit<Normalized, 'type'> {
  const inferred = ['year', 'month'];
  if (reference === null) return { value: `XXXX-XX-${pad(day)}`, anchored: false, inferred };
  // Months from two before to two after the reference that have that day ("the 31st" skips February).
  const candidates: Day[] = [];
  for (let shift = -2; shift <= 2; shift++) {
    const index = reference.year * 12 + reference.month - 1 + shift;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (day <= daysInMonth(year, month)) candidates.push({ year, month, day });
  }
  const offsets = candidates.map((candidate) => daysBetween(reference, candidate));
  let chosen = 0;
  for (let k = 1; k < candidates.length; k++) if (Math.abs(offsets[k]!) < Math.abs(offsets[chosen]!)) chosen = k;
  const directed = tense === 'future' ? offsets.findIndex((offset) => offset >= 0) : tense === 'past' ? offsets.findLastIndex((offset) => offset <= 0) : -1;
  if (directed >= 0) chosen = directed;
  return { value: formatDay(candidates[chosen]!), anchored: true, inferred };
}

/** A day written as a day, or as its ISO week ("the week of March 6" → 2000-W10). */
function dayOrWeek(day: Day, week: boolean): string {
  if (!week) return formatDay(day);
  const iso = isoWeek(day);
  return `${formatYear(iso.year)}-W${pad(iso.week)}`;
}

function seasonYear(season: string, reference: Day, shift: CalendarReading['shift'], tense: Tense): number {
  const start = SEASON_MONTHS[season] ?? 1;
  // Winter starting in December belongs to the year it starts in; January and February are last year's winter.
  const current = reference.month >= 12 || reference.month < 3 ? 12 : Math.floor(reference.month / 3) * 3;
  const currentYear = reference.month < 3 ? reference.year - 1 : reference.year;
  if (shift === 0) return currentYear;
  if (shift === -1) return start < current ? currentYear : currentYear - 1;
  if (shift === 1) return start > current ? currentYear : currentYear + 1;
  if (tense === 'future') return start >= current ? currentYear : currentYear + 1;
  // Present tense, as for a bare month: the nearest occurrence (said in May, "before the summer" is this summer).
  if (tense === 'present') {
    const candidates = [currentYear - 1, currentYear, currentYear + 1];
    return nearestYear(candidates, candidates.map((year) => (year - reference.year) * 12 + start - reference.month));
  }
  return start <= current ? currentYear : currentYear - 1;
}

function periodYear(reading: CalendarReading, reference: Day, tense: Tense): number {
  const month = reading.quarter !== undefined ? (reading.quarter - 1) * 3 + 1 : ((reading.half ?? 1) - 1) * 6 + 1;
  // "next year's first quarter": the shift names the year (moved by yearOffset), not the tense.
  if (reading.shift === 0) return reference.year;
  // A past-tense clause about a period that has not started yet this year means last year's.
  if (tense === 'past' && month > reference.month) return reference.year - 1;
  return reference.year;
}

function weekday(reading: WeekdayReading, reference: Day | null, tense: Tense): Omit<Normalized, 'type'> {
  const inferred = ['year', 'month', 'day'];
  if (reference === null) return { value: `XXXX-WXX-${reading.weekday}`, anchored: false, inferred };
  const difference = reading.weekday - weekdayOf(reference);
  const back = -(((-difference) % 7 + 7) % 7);
  const forward = ((difference % 7) + 7) % 7;
  let offset: number;
  if (reading.shift === -1) offset = back === 0 ? -7 : back;
  else if (reading.shift === 1) offset = forward === 0 ? 7 : forward;
  else if (reading.shift === 0) offset = difference;
  else offset = tense === 'future' ? forward : back;
  return { value: dayOrWeek(addDays(reference, offset + (reading.dayOffset ?? 0)), reading.weekOf === true), anchored: true, inferred };
}

function relative(reading: RelativeReading, reference: Day | null, focusQuarter: string | null = null): Omit<Normalized, 'type'> {
  const granularity = reading.granularity ?? reading.unit;
  const focus = focusQuarter === null ? null : /^(\d{4})-Q([1-4])$/.exec(focusQuarter);
  if (reading.fromFocusQuarter !== undefined && focus) {
    const base = { year: Number(focus[1]), month: (Number(focus[2]) - 1) * 3 + 1, day: 1 };
    return { value: shiftedValue(base, 'quarter', reading.fromFocusQuarter, 'quarter'), anchored: true, inferred: ['year', 'quarter'] };
  }
  if (reading.offset === null) return { value: 'PAST_REF', anchored: false, inferred: [] };
  if (reference === null) return { value: unresolvedValue(granularity), anchored: false, inferred: inferredParts(granularity) };
  const value = shiftedValue(reference, reading.unit, reading.offset, granularity);
  return { value, anchored: true, inferred: inferredParts(granularity) };
}

function inferredParts(unit: TimeUnit): string[] {
  if (unit === 'day' || unit === 'hour' || unit === 'minute' || unit === 'second') return ['year', 'month', 'day'];
  if (unit === 'week' || unit === 'weekend') return ['year', 'week'];
  if (unit === 'month') return ['year', 'month'];
  if (unit === 'quarter' || unit === 'half') return ['year', 'quarter'];
  return ['year'];
}

function unresolvedValue(unit: TimeUnit): string {
  if (unit === 'day' || unit === 'hour' || unit === 'minute' || unit === 'second') return 'XXXX-XX-XX';
  if (unit === 'week' || unit === 'weekend') return 'XXXX-WXX';
  if (unit === 'month') return 'XXXX-XX';
  if (unit === 'quarter') return 'XXXX-QX';
  return 'XXXX';
}

/** The reference moved by offset units, written at the given granularity. */
function shiftedValue(reference: Day, unit: TimeUnit, offset: number, granularity: TimeUnit): string {
  const whole = Math.round(offset);
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day': {
      const days = unit === 'day' ? whole : 0;
      return formatDay(addDays(reference, days));
    }
    case 'week':
    case 'weekend':
    case 'fortnight': {
      const day = addDays(reference, whole * (unit === 'fortnight' ? 14 : 7));
      if (granularity === 'day') return formatDay(day);
      const week = isoWeek(day);
      return `${formatYear(week.year)}-W${pad(week.week)}${unit === 'weekend' ? '-WE' : ''}`;
    }
    case 'month': {
      const index = reference.year * 12 + (reference.month - 1) + whole;
      return `${formatYear(Math.floor(index / 12))}-${pad((index % 12) + 1)}`;
    }
    case 'quarter': {
      const index = reference.year * 4 + Math.floor((reference.month - 1) / 3) + whole;
      return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case 'half': {
      const index = reference.year * 2 + Math.floor((reference.month - 1) / 6) + whole;
      return `${formatYear(Math.floor(index / 2))}-H${(index % 2) + 1}`;
    }
    case 'year': return formatYear(reference.year + whole);
    case 'decade': {
      if (granularity === 'year') return formatYear(reference.year + whole * 10);
      return `${pad(Math.floor(reference.year / 10) + whole, 3)}X`;
    }
    case 'century': {
      if (granularity === 'year') return formatYear(reference.year + whole * 100);
      return `${pad(Math.floor(reference.year / 100) + whole)}XX`;
    }
  }
}

function time(reading: TimeReading, reference: Day | null, tense: Tense): Omit<Normalized, 'type'> {
  let dateValue: string;
  let anchored = false;
  let inferred: string[] = [];
  if (reading.date === null) {
    dateValue = reference === null ? 'XXXX-XX-XX' : formatDay(reference);
    anchored = reference !== null;
    inferred = ['year', 'month', 'day'];
  } else {
    const date = reading.date.kind === 'calendar' ? calendar(reading.date, reference, tense)
      : reading.date.kind === 'weekday' ? weekday(reading.date, reference, tense) : relative(reading.date, reference);
    dateValue = date.value;
    anchored = date.anchored;
    inferred = date.inferred;
  }
  if (reading.hour !== undefined) return { value: `${dateValue}T${pad(reading.hour)}:${pad(reading.minute ?? 0)}`, anchored, inferred };
  return { value: `${dateValue}T${reading.part ?? 'XX'}`, anchored, inferred };
}

/** Resolve "that year", "the next day" against the antecedent date's value (YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-Qn for "that quarter"). */
function anaphoric(reading: AnaphoricReading, antecedent: string | null): Normalized {
  const type = reading.part !== undefined ? 'TIME' : 'DATE';
  const suffix = reading.part !== undefined ? `T${reading.part}` : '';
  const quarter = antecedent === null || reading.unit !== 'quarter' ? null : /^(\d{4})-Q([1-4])$/.exec(antecedent);
  if (quarter !== null) {
    const base = { year: Number(quarter[1]), month: (Number(quarter[2]) - 1) * 3 + 1, day: 1 };
    return { type, value: shiftedValue(base, 'quarter', reading.offset, 'quarter'), anchored: true, inferred: inferredParts('quarter') };
  }
  const match = antecedent === null ? null : /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(antecedent);
  if (match === null) return { type, value: `${unresolvedValue(reading.unit)}${suffix}`, anchored: false, inferred: inferredParts(reading.unit) };
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  const inferred = inferredParts(reading.unit);
  if (reading.unit === 'year') return { type, value: formatYear(year + reading.offset), anchored: true, inferred };
  if (month === null) return { type, value: `${formatYear(year)}${reading.unit === 'quarter' ? '-QX' : reading.unit === 'week' ? '-WXX' : '-XX'}${reading.unit === 'day' ? '-XX' : ''}${suffix}`, anchored: true, inferred };
  if (day === null || reading.unit === 'month' || reading.unit === 'quarter') {
    if (reading.unit === 'day') return { type, value: `${formatYear(year)}-${pad(month)}-XX${suffix}`, anchored: true, inferred };
    const base = { year, month, day: day ?? 1 };
    return { type, value: `${shiftedValue(base, reading.unit, reading.offset, reading.unit)}${suffix}`, anchored: true, inferred };
  }
  return { type, value: `${shiftedValue({ year, month, day }, reading.unit, reading.offset, reading.unit)}${suffix}`, anchored: true, inferred };
}
