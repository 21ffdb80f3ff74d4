/**
 * Access to src/extract's extractArticle (HTML → article text), loaded on first use. The module is
 * optional in this build: when it is absent, HTML requests get a clear UNSUPPORTED_FORMAT error.
 */
import { WhosaidError } from '../errors.js';
import type { Diagnostic } from '../types.js';

/** What the server needs from an HTML extraction. */
export interface ExtractedArticle {
  text: string;
  title?: string;
  byline?: string;
  date?: string;
  diagnostics: Diagnostic[];
}

type Extractor = (html: string, url: string | undefined) => ExtractedArticle;

const CANDIDATES = ['../extract/index.js', '../extract/extract-article.js'];

let loading: Promise<Extractor | null> | undefined;

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function adapt(candidate: unknown): Extractor | null {
  if (typeof candidate !== 'function') return null;
  const extract = candidate as (html: string, options: { url?: string }) => unknown;
  return (html, url) => {
    const result = extract(html, url ? { url } : {}) as Record<string, unknown> | null;
    if (result === null || typeof result !== 'object' || typeof result.text !== 'string') {
      throw new WhosaidError('INTERNAL', 'the HTML extractor returned no text');
    }
    const title = optionalString(result.title);
    const byline = optionalString(result.byline);
    const date = optionalString(result.date) ?? optionalString(result.published);
    return {
      text: result.text,
      ...(title ? { title } : {}),
      ...(byline ? { byline } : {}),
      ...(date ? { date } : {}),
      diagnostics: Array.isArray(result.diagnostics) ? (result.diagnostics as Diagnostic[]) : [],
    };
  };
}

async function load(): Promise<Extractor | null> {
  for (const specifier of CANDIDATES) {
    try {
      const module = (await import(specifier)) as Record<string, unknown>;
      const extractor = adapt(module.extractArticle);
      if (extractor) return extractor;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
  }
  return null;
}

/** Extract the article from an HTML page; throws UNSUPPORTED_FORMAT when this build has no extractor. */
export async function extractFromHtml(html: string, url?: string): Promise<ExtractedArticle> {
  loading ??= load();
  const extract = await loading;
  if (!extract) throw new WhosaidError('UNSUPPORTED_FORMAT', 'HTML input needs the article extractor (src/extract), which this build does not include; send plain text instead');
  return extract(html, url);
}
