/**
 * Reporting periods of financial news, relative to the latest completed quarter: "the latest
 * quarter" (the quarter before the reference's), "the year-ago quarter", "the year-earlier period"
 * (the same quarter a year before that).
 */
import type { Candidate } from '../reading.js';
import { isJoiningHyphen, wordAt, type Scan } from '../scan.js';

const PERIODS = new Set(['quarter', 'period']);

/** Find a reporting period at token i ("latest" or "year"). */
export function extractFiscalPeriod(scan: Scan, i: number): Candidate | null {
  const word = wordAt(scan, i);
  const source = 'rule:dates/fiscal-period' as const;
  const first = wordAt(scan, i - 1) === 'the' ? i - 1 : i;
  if ((word === 'latest' || word === 'recent') && PERIODS.has(wordAt(scan, i + 1))) {
    return { first, last: i + 1, reading: { kind: 'relative', unit: 'quarter', offset: -1 }, source };
  }
  if (word === 'year' && isJoiningHyphen(scan, i + 1)) {
    const relation = wordAt(scan, i + 2);
    if (relation !== 'ago' && relation !== 'earlier' && relation !== 'before') return null;
    if (PERIODS.has(wordAt(scan, i + 3))) {
      let start = i;
      if (wordAt(scan, start - 1) === 'comparable' || wordAt(scan, start - 1) === 'same') start -= 1;
      if (wordAt(scan, start - 1) === 'the') start -= 1;
      return { first: start, last: i + 3, reading: { kind: 'relative', unit: 'quarter', offset: -5 }, source };
    }
    return { first: i, last: i + 2, reading: { kind: 'relative', unit: 'year', offset: -1 }, source };
  }
  return null;
}
