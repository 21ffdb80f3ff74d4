/** The raw metadata of a page, read once before Readability modifies the document: <meta> tags and JSON-LD objects. */
import type { Diagnostic } from '../../types.js';

/** <meta> contents by lower-cased name, property or itemprop; and the JSON-LD objects of the page, flattened. */
export interface PageMetadata {
  meta: Map<string, string[]>;
  jsonLd: Record<string, unknown>[];
}

/** Read every <meta> tag and every JSON-LD script (flattening arrays and @graph); bad JSON becomes a diagnostic. */
export function readPageMetadata(document: Document, diagnostics: Diagnostic[]): PageMetadata {
  const meta = new Map<string, string[]>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const content = element.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const list = meta.get(key);
      if (list) list.push(content.trim());
      else meta.set(key, [content.trim()]);
    }
  }
  const jsonLd: Record<string, unknown>[] = [];
  let broken = 0;
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = (script.textContent ?? '').trim();
    if (source === '') continue;
    try {
      collectObjects(JSON.parse(source) as unknown, jsonLd, 0);
    } catch {
      broken++;
    }
  }
  if (broken > 0) diagnostics.push({ code: 'json-ld-invalid', severity: 'info', message: `${broken} JSON-LD block(s) of the page are not valid JSON and were ignored` });
  return { meta, jsonLd };
}

function collectObjects(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 6 || out.length > 200) return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, out, depth + 1);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  out.push(object);
  if (object['@graph'] !== undefined) collectObjects(object['@graph'], out, depth + 1);
  if (object.mainEntity !== undefined) collectObjects(object.mainEntity, out, depth + 1);
}

/** Whether a JSON-LD object describes an article (NewsArticle, BlogPosting, ReportageNewsArticle...). */
export function isArticleObject(object: Record<string, unknown>): boolean {
  const type = object['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((entry) => typeof entry === 'string' && /Article|BlogPosting|Report|NewsArticle|WebPage|Posting/.test(entry));
}

/** The first non-empty content of the first listed meta name that is present. */
export function firstMeta(metadata: PageMetadata, names: readonly string[]): { name: string; value: string } | null {
  for (const name of names) {
    const value = metadata.meta.get(name)?.find((entry) => entry.trim() !== '');
    if (value) return { name, value };
  }
  return null;
}
