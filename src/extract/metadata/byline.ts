/** The byline: JSON-LD author, author <meta> tags, byline elements, then Readability's guess; each cleaned and checked. */
import { lazy, readList } from '../../text/lexicon.js';
import type { Found } from '../types.js';
import { cleanByline } from './clean-byline.js';
import { isArticleObject, type PageMetadata } from './page-metadata.js';

const bylineMetaNames = lazy(() => readList('extract/byline-meta-names.txt').map((name) => name.toLowerCase()));

function authorNames(value: unknown, depth = 0): string[] {
  if (depth > 3) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((entry) => authorNames(entry, depth + 1));
  if (value && typeof value === 'object') {
    const name = (value as Record<string, unknown>).name;
    return typeof name === 'string' ? [name] : authorNames(name, depth + 1);
  }
  return [];
}

function joinNames(names: string[]): string | null {
  const cleaned = [...new Set(names.map(cleanByline).filter((name): name is string => name !== null))];
  return cleaned.length > 0 ? cleaned.slice(0, 6).join(', ') : null;
}

function bylineFromJsonLd(metadata: PageMetadata): string | null {
  for (const object of metadata.jsonLd.filter(isArticleObject)) {
    const byline = joinNames(authorNames(object.author ?? object.creator));
    if (byline) return byline;
  }
  return null;
}

function bylineFromMeta(metadata: PageMetadata): { value: string; name: string } | null {
  for (const name of bylineMetaNames()) {
    const byline = joinNames(metadata.meta.get(name) ?? []);
    if (byline) return { value: byline, name };
  }
  return null;
}

const BYLINE_SELECTORS = '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], [class*="byline"], [class*="author-name"], [class*="authorName"]';

function bylineFromElements(document: Document): string | null {
  for (const element of Array.from(document.querySelectorAll(BYLINE_SELECTORS)).slice(0, 10)) {
    const byline = cleanByline(element.textContent ?? '');
    if (byline) return byline;
  }
  return null;
}

/** Find the byline, trying the sources in order of trust; null when none gives a plausible name. */
export function findByline(metadata: PageMetadata, document: Document, readabilityByline: string | null): Found<string> | null {
  const fromJsonLd = bylineFromJsonLd(metadata);
  if (fromJsonLd) return { value: fromJsonLd, source: 'rule:extract/byline-json-ld' };
  const fromMeta = bylineFromMeta(metadata);
  if (fromMeta) return { value: fromMeta.value, source: `rule:extract/byline-meta:${fromMeta.name}` };
  const fromElements = bylineFromElements(document);
  if (fromElements) return { value: fromElements, source: 'rule:extract/byline-element' };
  const fromReadability = readabilityByline ? cleanByline(readabilityByline) : null;
  return fromReadability ? { value: fromReadability, source: 'rule:extract/byline-readability' } : null;
}
