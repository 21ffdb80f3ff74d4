/** Date extractor: a written date at the top of the article text or in its dateline ("March 2, 2017", "Updated 19 Nov 2019"). */
import type { DateCandidate } from './date-candidate.js';
import { readWrittenDate } from './written-date.js';

/** The first full written date (with a year) in the first 300 characters of the text. */
export function dateFromText(text: string): DateCandidate | null {
  const head = text.slice(0, 300);
  const value = readWrittenDate(head);
  return value ? { value, written: head.split('\n')[0]?.slice(0, 120) ?? head, source: 'rule:extract/date-text' } : null;
}
