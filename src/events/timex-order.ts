/** Place TIMEX3 values on the calendar so they can be sorted: each value becomes the first and last day it covers. */
import { addDays, daysInMonth, formatDay, nthWeekdayOf, pad } from '../dates/calendar.js';

/** The days a TIMEX3 value covers, as YYYY-MM-DD strings (sortable as text). */
export interface CalendarRange {
  first: string;
  last: string;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The calendar range of a DATE or TIME value, or null when it has none (PAST_REF, XXXX-WXX-4, P2Y). */
export function timexRange(value: string): CalendarRange | null {
  const decade = /^(\d{3})X$/.exec(value);
  if (decade) return { first: `${decade[1]}0-01-01`, last: `${decade[1]}9-12-31` };
  const century = /^(\d{2})XX$/.exec(value);
  if (century) return { first: `${century[1]}00-01-01`, last: `${century[1]}99-12-31` };
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const [, , month, day, week, quarter, half, season] = match;
  if (day !== undefined && month !== undefined) {
    const date = `${match[1]}-${month}-${day}`;
    return { first: date, last: date };
  }
  if (month !== undefined) {
    const m = Number(month);
    return { first: `${match[1]}-${month}-01`, last: `${match[1]}-${month}-${pad(daysInMonth(year, m))}` };
  }
  if (week !== undefined) {
    // ISO week 1 is the week with the year's first Thursday.
    const firstThursday = nthWeekdayOf(year, 1, 1, 4);
    const monday = addDays(firstThursday, (Number(week) - 1) * 7 - 3);
    return { first: formatDay(monday), last: formatDay(addDays(monday, 6)) };
  }
  const span = (startMonth: number, months: number): CalendarRange => {
    const endMonth = startMonth + months - 1;
    const endYear = year + Math.floor((endMonth - 1) / 12);
    const endInYear = ((endMonth - 1) % 12) + 1;
    return { first: `${match[1]}-${pad(startMonth)}-01`, last: `${pad(endYear, 4)}-${pad(endInYear)}-${pad(daysInMonth(endYear, endInYear))}` };
  };
  if (quarter !== undefined) return span((Number(quarter) - 1) * 3 + 1, 3);
  if (half !== undefined) return span((Number(half) - 1) * 6 + 1, 6);
  if (season !== undefined) return span(SEASON_START[season] ?? 1, 3);
  return { first: `${match[1]}-01-01`, last: `${match[1]}-12-31` };
}
