/** extractFromBytes(): an article from the bytes of an .html, .htm or .html.gz file. */
import type { Diagnostic } from '../types.js';
import { decodeHtmlBytes, gunzipIfNeeded } from './decode-bytes.js';
import { extractArticle } from './extract-article.js';
import type { ExtractedArticle, ExtractOptions } from './types.js';

/** An empty article carrying the diagnostics that explain why there is no text. */
export function emptyArticle(diagnostics: Diagnostic[]): ExtractedArticle {
  return { url: null, title: null, byline: null, date: null, dateline: null, text: '', paragraphs: [], sourceMap: [], provenance: { text: 'rule:extract/none' }, diagnostics };
}

/** Decompress (.gz), decode (BOM, <meta charset>, UTF-8, Windows-1252) and extract; problems become diagnostics. */
export function extractFromBytes(bytes: Uint8Array, filename: string, options: ExtractOptions = {}): ExtractedArticle {
  const unzipped = gunzipIfNeeded(bytes, filename);
  if (!unzipped.bytes) return emptyArticle(unzipped.diagnostics);
  const decoded = decodeHtmlBytes(unzipped.bytes);
  if (decoded.text === null) return emptyArticle([...unzipped.diagnostics, ...decoded.diagnostics]);
  const article = extractArticle(decoded.text, options);
  article.diagnostics.unshift(...unzipped.diagnostics, ...decoded.diagnostics);
  return article;
}

/** Whether a file name says HTML: .html, .htm, .xhtml, optionally gzipped. */
export function isHtmlFileName(name: string): boolean {
  return /\.(?:html?|xhtml)(?:\.gz)?$/i.test(name);
}
