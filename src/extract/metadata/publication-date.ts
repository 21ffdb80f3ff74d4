/** The publication date: small date extractors in order of trust; the first that finds a date wins. */
import type { DateCandidate } from './date-candidate.js';
import { dateFromJsonLd } from './date-from-json-ld.js';
import { dateFromMeta } from './date-from-meta.js';
import { dateFromText } from './date-from-text.js';
import { dateFromTimeElement } from './date-from-time-element.js';
import { dateFromUrl } from './date-from-url.js';
import type { PageMetadata } from './page-metadata.js';

/** What the date extractors look at. */
export interface DateSources {
  metadata: PageMetadata;
  /** The untouched document (before Readability). */
  document: Document;
  url?: string;
}

/**
 * Try the extractors in order: publisher metadata (meta, JSON-LD, <time>) states the date; the URL and the
 * dateline text only imply it, so they come last. The body text is read only when nothing else has a date.
 */
export function publicationDate(sources: DateSources, text: () => string): DateCandidate | null {
  return (
    dateFromMeta(sources.metadata) ??
    dateFromJsonLd(sources.metadata) ??
    dateFromTimeElement(sources.document) ??
    dateFromUrl(sources.url) ??
    dateFromText(text())
  );
}
