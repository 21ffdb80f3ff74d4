/** Date extractor: <meta> tags such as article:published_time, itemprop datePublished, parsely/sailthru/Dublin Core. */
import { lazy, readList } from '../../text/lexicon.js';
import type { DateCandidate } from './date-candidate.js';
import type { PageMetadata } from './page-metadata.js';
import { readWrittenDate } from './written-date.js';

const dateMetaNames = lazy(() => readList('extract/date-meta-names.txt').map((name) => name.toLowerCase()));

/** The publication date from the most trusted <meta> tag that holds a readable date. */
export function dateFromMeta(metadata: PageMetadata): DateCandidate | null {
  for (const name of dateMetaNames()) {
    for (const written of metadata.meta.get(name) ?? []) {
      const value = readWrittenDate(written);
      if (value) return { value, written, source: `rule:extract/date-meta:${name}` };
    }
  }
  return null;
}
