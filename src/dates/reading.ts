/**
 * What a temporal expression states, before it is resolved against a reference date. Extractors
 * produce readings; the normalizer turns a reading, a reference date and the clause's tense into a
 * TIMEX3 value, recording which parts were inferred.
 */
import type { Provenance } from '../types.js';

/** Units of calendar time. */
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'fortnight' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** Which way a relative expression points: last (-1), this (0), next (1), or unstated (null: tense decides). */
export type Shift = -1 | 0 | 1 | null;

/** A date stated by its calendar fields; a missing year is inferred from the reference and tense. */
export interface CalendarReading {
  kind: 'calendar';
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  season?: string;
  /** Decade as its first three digits (199 for the 1990s). */
  decade?: number;
  /** Century as its first two digits (19 for the 20th century). */
  century?: number;
  /** Set for holidays computed per year (Thanksgiving: fourth Thursday of November; n = -1 for the last; plus days after it). */
  nthWeekday?: { n: number; weekday: number; plus?: number };
  /** Years to add after the year is inferred ("the year-ago third quarter" → -1). */
  yearOffset?: number;
  /** The reporting quarter of the stated year that matches the reference's latest quarter ("the 1988 quarter"). */
  latestQuarter?: boolean;
  /** Days to move the resolved day ("the day before March 2" → -1). */
  dayOffset?: number;
  /** The ISO week of the resolved day rather than the day ("the week of March 6"). */
  weekOf?: boolean;
  shift: Shift;
}

/** A weekday, bare ("Thursday") or shifted ("last Thursday"). */
export interface WeekdayReading {
  kind: 'weekday';
  weekday: number;
  shift: Shift;
  /** Days to move the resolved day ("the day before last Tuesday" → -1). */
  dayOffset?: number;
  /** The ISO week of the resolved day rather than the day ("the week of Monday"). */
  weekOf?: boolean;
}

/** A date relative to the reference: "yesterday" (day, -1), "last year" (year, -1), "two weeks ago" (week, -2). */
export interface RelativeReading {
  kind: 'relative';
  unit: TimeUnit;
  /** Offset in units; null when stated vaguely ("recent years", "a few days ago"). */
  offset: number | null;
  /** The granularity of the value when it differs from the unit ("a decade ago" → year). */
  granularity?: TimeUnit;
  /**
   * For reporting periods: quarters from the quarter the text last named ("the latest period" 0,
   * "the year-ago quarter" -4), used instead of `offset` when the text has named one.
   */
  fromFocusQuarter?: number;
}

/** A date relative to the last date the text stated: "that year" (year, 0), "the next day" (day, +1). */
export interface AnaphoricReading {
  kind: 'anaphoric';
  unit: TimeUnit;
  offset: number;
  /** Part of day for "the next morning". */
  part?: string;
}

/** A reference to the past, present or future without a date ("recently", "now"). */
export interface ReferenceReading {
  kind: 'reference';
  value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF';
}

/** A length of time: "three years" (3, year), "years" (null, year). */
export interface DurationReading {
  kind: 'duration';
  amount: number | null;
  unit: TimeUnit;
  /** A second component, as in "a minute and a half" or "two years and three months". */
  extra?: { amount: number; unit: TimeUnit };
}

/** A recurring time whose TIMEX3 value is known from the words alone ("daily" → P1D, "every Monday" → XXXX-WXX-1). */
export interface SetReading {
  kind: 'set';
  value: string;
}

/** A time of day, optionally on a date: "3:30 p.m.", "Thursday morning", "tonight". */
export interface TimeReading {
  kind: 'time';
  date: CalendarReading | WeekdayReading | RelativeReading | null;
  hour?: number;
  minute?: number;
  /** Part of day: MO, AF, EV, NI, or MI (midday) / MN (midnight) as clock times. */
  part?: string;
}

/** Everything a temporal expression can state. */
export type Reading = CalendarReading | WeekdayReading | RelativeReading | AnaphoricReading | ReferenceReading | DurationReading | SetReading | TimeReading;

/** A candidate temporal expression: a token range with its reading and the rule that found it. */
export interface Candidate {
  /** Index of the first token (into the document's tokens). */
  first: number;
  /** Index of the last token, inclusive. */
  last: number;
  reading: Reading;
  source: Provenance;
}
