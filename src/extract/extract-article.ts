/** extractArticle(): the article in an HTML page — body text, title, byline, date, dateline — with a map back to the HTML. */
import { WhosaidError } from '../errors.js';
import type { Diagnostic, Provenance } from '../types.js';
import { densestContent } from './fallback-content.js';
import { makeLocator, parseHtmlDocument, tokenizeHtml, type HtmlDocument } from './html-document.js';
import { findByline } from './metadata/byline.js';
import { findCanonicalUrl } from './metadata/canonical-url.js';
import { dateFromText } from './metadata/date-from-text.js';
import { findDateline } from './metadata/dateline.js';
import { readPageMetadata } from './metadata/page-metadata.js';
import { publicationDate } from './metadata/publication-date.js';
import { findTitle } from './metadata/title.js';
import { looksLikeHtml, plainTextParagraphs } from './plain-text.js';
import { readabilityContent } from './readability-content.js';
import { refineBlocks } from './refine/block-refiners.js';
import { streamBlocks } from './stream-blocks.js';
import { scanShape } from './html-scan.js';
import { wordCount } from './refine/patterns.js';
import { pruneBoilerplateElements } from './refine/prune-boilerplate-elements.js';
import { promotePullQuotes } from './refine/promote-pull-quotes.js';
import { joinBlocks, textBlocks, type JoinedText, type TextBlock } from './text-blocks.js';
import type { ExtractedArticle, ExtractOptions, Found } from './types.js';

/** Default bound on the HTML length (UTF-16 code units); longer input is cut, with a diagnostic, to bound time. */
export const DEFAULT_MAX_HTML_LENGTH = 5_000_000;

/** Deepest element nesting for which a DOM is built. */
export const MAX_DOM_DEPTH = 200;

/** Largest number of elements for which a DOM is built. */
export const MAX_DOM_ELEMENTS = 8_000;

/** Below this many words, Readability is taken to have missed the article and the densest-block fallback is tried. */
const FALLBACK_WORDS = 25;

const blockWords = (blocks: readonly TextBlock[]): number => blocks.reduce((sum, block) => sum + wordCount(block.text), 0);

/** Extract the article from an HTML page; odd input gives diagnostics, never an exception. */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  if (typeof html !== 'string') throw new WhosaidError('INVALID_INPUT', 'extractArticle() takes the HTML as a string');
  const maxLength = options.maxLength ?? DEFAULT_MAX_HTML_LENGTH;
  if (!Number.isFinite(maxLength) || maxLength <= 0) throw new WhosaidError('INVALID_OPTION', `maxLength must be a positive number, not ${String(maxLength)}`);
  const diagnostics: Diagnostic[] = [];
  const source = html.length > maxLength ? html.slice(0, maxLength) : html;
  if (source !== html) diagnostics.push({ code: 'html-truncated', severity: 'warning', message: `the page has ${html.length} characters; only the first ${maxLength} were read` });
  if (!looksLikeHtml(source)) return plainTextArticle(source, diagnostics);

  // A DOM and Readability cost time superlinear in depth (linkedom walks subtrees to list children, htmlparser2's
  // Parser unshifts onto its stack); real pages stay far below these bounds (the benchmark's deepest is 51 levels,
  // its largest 1,600 elements). Readability over linkedom takes 0.5-2 ms per element on a loaded machine (worst
  // on wide pages of thousands of sibling blocks), so 8,000 elements bound it to seconds.
  const shape = scanShape(source);
  if (shape.depth > MAX_DOM_DEPTH || shape.elements > MAX_DOM_ELEMENTS) {
    diagnostics.push({ code: 'page-too-complex', severity: 'warning', message: `the page has ${shape.elements} elements nested up to ${shape.depth} deep; its text was read without looking for the article` });
    return streamedArticle(source, diagnostics);
  }
  const { events } = tokenizeHtml(source);
  if (options.fragment) return fragmentArticle(parseHtmlDocument(source, events), diagnostics);
  // Two DOMs: Readability rewrites the one it is given; metadata and the fallback read the pristine one.
  const pristine = parseHtmlDocument(source, events);
  const working = parseHtmlDocument(source, events);
  const metadata = readPageMetadata(pristine.document, diagnostics);
  promotePullQuotes(working.document);
  const found = readabilityContent(working.document, diagnostics);
  const title = findTitle(metadata, pristine.document, found?.title ?? null);
  const byline = findByline(metadata, pristine.document, found?.byline ?? null);
  const context = { title: title?.value ?? null };
  const url: Found<string> | null = options.url ? { value: options.url, source: 'rule:extract/url-given' } : findCanonicalUrl(metadata, pristine.document);

  let blocks: TextBlock[] = [];
  let textSource: Provenance = 'rule:extract/readability';
  if (found) {
    pruneBoilerplateElements(found.content, diagnostics);
    blocks = refineBlocks(textBlocks(found.content, makeLocator(working)), context);
  }
  const dateSources = { metadata, document: pristine.document, ...(url ? { url: url.value } : {}) };
  const joinedEarly = blockWords(blocks) < FALLBACK_WORDS ? null : joinBlocks(blocks);
  // The date extractors read the pristine DOM, so they must run before the fallback prunes it.
  let date = publicationDate(dateSources, () => (joinedEarly ? joinedEarly.text : ''));
  if (!joinedEarly) {
    const root = densestContent(pristine.document);
    const fallback = refineBlocks(textBlocks(root, makeLocator(pristine)), context);
    if (blockWords(fallback) > 2 * blockWords(blocks)) {
      blocks = fallback;
      textSource = 'rule:extract/densest-block';
      diagnostics.push({ code: 'readability-fallback', severity: 'info', message: found ? 'Readability found little text; the densest text block was used instead' : 'Readability found no article; the densest text block was used instead' });
    }
  }
  const joined = joinedEarly ?? joinBlocks(blocks);
  if (!date && !joinedEarly) date = dateFromText(joined.text);
  if (joined.text === '') diagnostics.push({ code: 'no-article', severity: 'warning', message: 'no article text was found in the page' });
  return {
    url: url?.value ?? null,
    title: title?.value ?? null,
    byline: byline?.value ?? null,
    date: date?.value ?? null,
    dateline: findDateline(joined.text, joined.paragraphs[0]),
    text: joined.text,
    paragraphs: joined.paragraphs,
    sourceMap: joined.sourceMap,
    provenance: {
      text: textSource,
      ...(url ? { url: url.source } : {}),
      ...(title ? { title: title.source } : {}),
      ...(byline ? { byline: byline.source } : {}),
      ...(date ? { date: date.source } : {}),
    },
    diagnostics,
  };
}

function streamedArticle(source: string, diagnostics: Diagnostic[]): ExtractedArticle {
  const joined = joinBlocks(refineBlocks(streamBlocks(source), { title: null }));
  if (joined.text === '') diagnostics.push({ code: 'no-article', severity: 'warning', message: 'no article text was found in the page' });
  return textOnlyArticle(joined, 'rule:extract/stream', diagnostics);
}

function fragmentArticle(parsed: HtmlDocument, diagnostics: Diagnostic[]): ExtractedArticle {
  // Fragments and headless pages may have no <body>: walk the whole document (head contents are skipped).
  const joined = joinBlocks(textBlocks(parsed.document, makeLocator(parsed)));
  if (joined.text === '') diagnostics.push({ code: 'no-article', severity: 'warning', message: 'the HTML fragment has no text' });
  return textOnlyArticle(joined, 'rule:extract/fragment', diagnostics);
}

function plainTextArticle(source: string, diagnostics: Diagnostic[]): ExtractedArticle {
  diagnostics.push({ code: 'not-html', severity: 'info', message: 'the input has no HTML markup; it was read as plain text' });
  const joined = plainTextParagraphs(source);
  if (joined.text === '') diagnostics.push({ code: 'no-article', severity: 'warning', message: 'the input is empty' });
  return textOnlyArticle(joined, 'rule:extract/plain-text', diagnostics);
}

/** An article found without page metadata: its date and dateline come from the text alone. */
function textOnlyArticle(joined: JoinedText, source: Provenance, diagnostics: Diagnostic[]): ExtractedArticle {
  const date = dateFromText(joined.text);
  return {
    url: null,
    title: null,
    byline: null,
    date: date?.value ?? null,
    dateline: findDateline(joined.text, joined.paragraphs[0]),
    text: joined.text,
    paragraphs: joined.paragraphs,
    sourceMap: joined.sourceMap,
    provenance: { text: source, ...(date ? { date: date.source } : {}) },
    diagnostics,
  };
}
