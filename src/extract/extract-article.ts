/** extractArticle(): the article in an HTML page — body text, title, byline, date, dateline — with a map back to the HTML. */
import { WhosaidError } from '../errors.js';
import type { Diagnostic } from '../types.js';
import { makeLocator, parseHtmlDocument } from './html-document.js';
import { readabilityContent } from './readability-content.js';
import { refineBlocks } from './refine/block-refiners.js';
import { pruneBoilerplateElements } from './refine/prune-boilerplate-elements.js';
import { joinBlocks, textBlocks } from './text-blocks.js';
import type { ExtractedArticle, ExtractOptions } from './types.js';

/** Default bound on the HTML length (UTF-16 code units); longer input is cut, with a diagnostic. */
export const DEFAULT_MAX_HTML_LENGTH = 20_000_000;

/** Extract the article from an HTML page; odd input gives diagnostics, never an exception. */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  if (typeof html !== 'string') throw new WhosaidError('INVALID_INPUT', 'extractArticle() takes the HTML as a string');
  const diagnostics: Diagnostic[] = [];
  const maxLength = options.maxLength ?? DEFAULT_MAX_HTML_LENGTH;
  const source = html.length > maxLength ? html.slice(0, maxLength) : html;
  if (source !== html) diagnostics.push({ code: 'html-truncated', severity: 'warning', message: `the page has ${html.length} characters; only the first ${maxLength} were read` });
  const parsed = parseHtmlDocument(source);
  const found = readabilityContent(parsed.document, diagnostics);
  if (found) pruneBoilerplateElements(found.content, diagnostics);
  const blocks = found ? refineBlocks(textBlocks(found.content, makeLocator(parsed)), { title: found.title }) : [];
  const joined = joinBlocks(blocks);
  return {
    title: found?.title ?? null,
    byline: found?.byline ?? null,
    date: null,
    dateline: null,
    text: joined.text,
    paragraphs: joined.paragraphs,
    sourceMap: joined.sourceMap,
    provenance: { text: 'rule:extract/readability' },
    diagnostics,
  };
}
