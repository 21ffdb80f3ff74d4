/** TIMEX3 values in words for readers: "2017-03-02TMO" → "Thu 2 Mar 2017, morning". */
import type { DateExpression } from '../../src/types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_PARTS: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const REFERENCES: Record<string, string> = { PRESENT_REF: 'the present', PAST_REF: 'some time in the past', FUTURE_REF: 'some time in the future' };
const UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', DE: 'decade', CE: 'century' };

function monthName(month: number, short: boolean): string {
  const name = MONTHS[month - 1] ?? String(month);
  return short ? name.slice(0, 3) : name;
}

/** A calendar day in words, with its weekday. */
function dayInWords(year: number, month: number, day: number): string {
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  return `${weekday} ${day} ${monthName(month, true)} ${year}`;
}

/** A TIMEX3 value in words; a value it does not know is returned as written. */
export function describeTimex(value: string): string {
  const reference = REFERENCES[value];
  if (reference) return reference;
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:T(MO|MI|AF|EV|NI|DT|\d{2}:\d{2}(?::\d{2})?))?$/.exec(value);
  if (day) {
    const words = dayInWords(Number(day[1]), Number(day[2]), Number(day[3]));
    const time = day[4];
    if (!time) return words;
    return `${words}, ${DAY_PARTS[time] ?? time}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${monthName(Number(month[2]), false)} ${month[1]}`;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return `week ${Number(week[2])} of ${week[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (season) return `${SEASONS[season[2] ?? ''] ?? season[2]} ${season[1]}`;
  const decade = /^(\d{3})X$/.exec(value);
  if (decade) return `the ${decade[1]}0s`;
  const duration = /^P(\d+(?:\.\d+)?)(Y|M|W|D|DE|CE)$/.exec(value) ?? /^PT(\d+(?:\.\d+)?)(H)$/.exec(value);
  if (duration) {
    const amount = duration[1] ?? '';
    const unit = UNITS[duration[2] ?? ''] ?? duration[2] ?? '';
    return `${amount} ${unit}${amount === '1' ? '' : 's'}`;
  }
  return value;
}

/** What was inferred about a date, in a phrase ("year, month and day inferred from Thu 2 Mar 2017"), or null when all of it was stated. */
export function describeInferred(date: Pick<DateExpression, 'inferred' | 'anchor'>): string | null {
  const parts = date.inferred ?? [];
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return date.anchor ? `${list} inferred from ${describeTimex(date.anchor)}` : `${list} inferred`;
}
