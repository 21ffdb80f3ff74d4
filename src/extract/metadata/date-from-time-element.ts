/** Date extractor: <time datetime> (a pubdate or published one first) and elements marked itemprop="datePublished". */
import type { DateCandidate } from './date-candidate.js';
import { readWrittenDate } from './written-date.js';

const SELECTORS: [string, string][] = [
  ['[itemprop="datePublished"]', 'itemprop'],
  ['time[pubdate]', 'time-pubdate'],
  ['time[class*="publish"], time[itemprop*="date"], [class*="publish"] time, [class*="dateline"] time', 'time-published'],
  ['time[datetime]', 'time'],
];

/** The date of the most specific <time> or datePublished element whose datetime/content reads as a date. */
export function dateFromTimeElement(document: Document): DateCandidate | null {
  for (const [selector, rule] of SELECTORS) {
    for (const element of Array.from(document.querySelectorAll(selector)).slice(0, 20)) {
      const written = element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent ?? '';
      const value = readWrittenDate(written);
      if (value) return { value, written: written.trim(), source: `rule:extract/date-${rule}` };
    }
  }
  return null;
}
