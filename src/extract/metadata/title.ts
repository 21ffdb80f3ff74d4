/** The title: Readability's (JSON-LD headline or the <title> without its " | Site" suffix), og:title, the single <h1>, <title>. */
import type { Found } from '../types.js';
import type { PageMetadata } from './page-metadata.js';

function clean(text: string | null | undefined): string | null {
  const collapsed = (text ?? '').replace(/\s+/g, ' ').trim();
  return collapsed.length > 0 && collapsed.length <= 400 ? collapsed : null;
}

/** Find the article's title, trying the sources in order of trust. */
export function findTitle(metadata: PageMetadata, document: Document, readabilityTitle: string | null): Found<string> | null {
  // Readability already prefers the JSON-LD headline (with its entities decoded) and strips " | Site" suffixes.
  const fromReadability = clean(readabilityTitle);
  if (fromReadability) return { value: fromReadability, source: 'rule:extract/title-readability' };
  const openGraph = clean(metadata.meta.get('og:title')?.[0]);
  if (openGraph) return { value: openGraph, source: 'rule:extract/title-og' };
  const headings = document.querySelectorAll('h1');
  const heading = headings.length === 1 ? clean(headings[0]?.textContent) : null;
  if (heading) return { value: heading, source: 'rule:extract/title-h1' };
  const title = clean(document.querySelector('title')?.textContent);
  return title ? { value: title, source: 'rule:extract/title-element' } : null;
}
