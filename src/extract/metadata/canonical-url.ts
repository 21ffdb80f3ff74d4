/** The page's own address: <link rel="canonical">, og:url, or JSON-LD url/mainEntityOfPage, when absolute http(s). */
import type { Found } from '../types.js';
import { isArticleObject, type PageMetadata } from './page-metadata.js';

function absolute(candidate: unknown): string | null {
  if (typeof candidate !== 'string') return null;
  try {
    const url = new URL(candidate.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Find the page's canonical URL, trying the sources in order of trust. */
export function findCanonicalUrl(metadata: PageMetadata, document: Document): Found<string> | null {
  const canonical = absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (canonical) return { value: canonical, source: 'rule:extract/url-canonical' };
  const openGraph = absolute(metadata.meta.get('og:url')?.[0]);
  if (openGraph) return { value: openGraph, source: 'rule:extract/url-og' };
  for (const object of metadata.jsonLd.filter(isArticleObject)) {
    const main = object.mainEntityOfPage;
    const fromJsonLd = absolute(object.url) ?? absolute(typeof main === 'object' && main !== null ? (main as Record<string, unknown>)['@id'] : main);
    if (fromJsonLd) return { value: fromJsonLd, source: 'rule:extract/url-json-ld' };
  }
  return null;
}
