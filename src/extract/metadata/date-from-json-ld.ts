/** Date extractor: datePublished (or dateCreated) of the page's JSON-LD article object. */
import type { DateCandidate } from './date-candidate.js';
import { isArticleObject, type PageMetadata } from './page-metadata.js';
import { readWrittenDate } from './written-date.js';

/** The datePublished of the first JSON-LD article object that has a readable one. */
export function dateFromJsonLd(metadata: PageMetadata): DateCandidate | null {
  const articles = metadata.jsonLd.filter(isArticleObject);
  for (const key of ['datePublished', 'dateCreated']) {
    for (const object of [...articles, ...metadata.jsonLd]) {
      const written = object[key];
      if (typeof written !== 'string') continue;
      const value = readWrittenDate(written);
      if (value) return { value, written, source: `rule:extract/date-json-ld:${key}` };
    }
  }
  return null;
}
