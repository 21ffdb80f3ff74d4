/** Date extractor: a date in the page's URL path (/2017/03/02/). */
import type { DateCandidate } from './date-candidate.js';
import { readUrlDate } from './written-date.js';

/** The date in the URL path, when the URL has one. */
export function dateFromUrl(url: string | undefined): DateCandidate | null {
  if (!url) return null;
  const value = readUrlDate(url);
  return value ? { value, written: url, source: 'rule:extract/date-url' } : null;
}
