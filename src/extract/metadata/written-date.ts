/** Reading a written date ("2017-03-02T10:00:00Z", "March 2, 2017", "2 Mar 2017", "/2017/03/02/") as YYYY-MM-DD. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const SLASHED_YMD = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T|$)/;
const MONTH_DAY_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b/i;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s{1,3}(?:of\s)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?\s{1,3}(\d{4})\b/i;
const EPOCH = /^\d{10}(?:\d{3})?$/;

/** Latest plausible publication year: next year (clocks and time zones differ). */
function maxYear(): number {
  return new Date().getUTCFullYear() + 1;
}

/** Format a year, month and day as YYYY-MM-DD when they form a real date between 1990 and next year. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > maxYear() || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The calendar date a written date states, as YYYY-MM-DD (no time-zone conversion), or null. */
export function readWrittenDate(written: string): string | null {
  const text = written.trim().slice(0, 200);
  if (EPOCH.test(text)) {
    const milliseconds = text.length === 13 ? Number(text) : Number(text) * 1000;
    const date = new Date(milliseconds);
    return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  for (const pattern of [ISO, SLASHED_YMD, COMPACT]) {
    const match = pattern.exec(text);
    if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) return isoDate(Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2]));
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return isoDate(Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1]));
  return null;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/;
const URL_COMPACT_DATE = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/-]|$)/;

/** The date in a URL path (/2017/03/02/, /2017-03-02-, /20170302/), or null. */
export function readUrlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const match = URL_DATE.exec(path) ?? URL_COMPACT_DATE.exec(path);
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
