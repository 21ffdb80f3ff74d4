/** The main content as Mozilla Readability finds it, kept as a DOM element so text nodes keep their source positions. */
import { Readability } from '@mozilla/readability';
import type { Diagnostic } from '../types.js';

/** What Readability found: the content element and the metadata it read. */
export interface ReadabilityResult {
  content: Element;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
}

/** Run Readability over a document (which it modifies); null when it finds no article or fails. */
export function readabilityContent(document: Document, diagnostics: Diagnostic[]): ReadabilityResult | null {
  try {
    // keepClasses: the boilerplate refiners look at class names after Readability has done its part.
    const reader = new Readability<Element>(document, { keepClasses: true, serializer: (node) => node as Element });
    const result = reader.parse();
    if (!result || !result.content) return null;
    return { content: result.content, title: result.title ?? null, byline: result.byline ?? null, publishedTime: result.publishedTime ?? null };
  } catch (error) {
    diagnostics.push({ code: 'readability-failed', severity: 'warning', message: `Readability could not process the page: ${(error as Error).message}` });
    return null;
  }
}
