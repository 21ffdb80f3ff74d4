/** Cleaning of a byline candidate: "By Jane Doe | CNN" → "Jane Doe | CNN"; URLs, dates and long text rejected. */
import { wordCount } from '../refine/patterns.js';

const LEADING_BY = /^(?:written\s+)?by[:\s]+/i;
// A date, a clock time or an "Updated"/"Published" label ends the names: what follows is the timestamp.
const TRAILING_DATE = /(?:\s*[-–—|,]\s*|\s+)(?:updated\b|published\b|posted\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d).*$/is;

/** A clean byline, or null when the candidate is not a person's or desk's name (a URL, a date, a sentence). */
export function cleanByline(candidate: string): string | null {
  if (candidate.length > 400) return null;
  let text = candidate.replace(/\s+/g, ' ').trim();
  text = text.replace(LEADING_BY, '').replace(TRAILING_DATE, '').replace(/(?:\s@\w{1,30})+$/, '').replace(/[\s|,;:–—-]+$/, '').trim();
  if (text === '' || text.length > 100) return null;
  if (/https?:|www\.|\.com\b|@\w+\.\w|^@/i.test(text)) return null;
  if (!/\p{Lu}/u.test(text)) return null;
  const words = wordCount(text);
  if (words === 0 || words > 12) return null;
  if (/^\d|^(?:staff|admin|administrator|editor|null|undefined|unknown)$/i.test(text)) return null;
  return text;
}
