/** Proleptic Gregorian calendar arithmetic on plain {year, month, day} values (no time zones involved). */

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Parse "YYYY-MM-DD" (or the date part of an ISO timestamp) into a valid day, or null. */
export function parseDay(value: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month) ? day : null;
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(day: Day): number {
  // setUTCFullYear takes all three fields at once, so day overflow rolls into the right month and year.
  const date = new Date(0);
  date.setUTCFullYear(day.year, day.month - 1, day.day);
  return date.getTime();
}

function fromUtc(time: number): Day {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day n days after (or before, when negative) the given day. */
export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * 86_400_000);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekdayOf(day: Day): number {
  const weekday = new Date(toUtc(day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekdayOf(day));
  const firstOfYear = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1 };
}

/** The n-th given weekday of a month (Thanksgiving: n = 4, weekday = 4 in November; n = -1 for the last, as Memorial Day). */
export function nthWeekdayOf(year: number, month: number, n: number, weekday: number): Day {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7) + (n + 1) * 7);
  }
  const first = { year, month, day: 1 };
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** Zero-pad a number to a width. */
export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Format a year as four digits (negative years are not produced by news text). */
export function formatYear(year: number): string {
  return pad(year, 4);
}

/** Format a day as YYYY-MM-DD. */
export function formatDay(day: Day): string {
  return `${formatYear(day.year)}-${pad(day.month)}-${pad(day.day)}`;
}
