/**
 * The catalogs of diagnostic and problem codes. A diagnostic reports odd input inside a result (an
 * Analysis or an extracted article) that still came out; a problem is why an item of a batch (a
 * file, a JSONL line, a feed item, a queued job) was skipped while the rest went on. Every code is
 * documented in docs/errors.md (a test checks the two agree), and the types below make an
 * undocumented code a compile error.
 */
import type { ErrorCode } from './errors.js';

/** Every diagnostic code with what it means. */
export const DIAGNOSTIC_CATALOG = {
  // The text itself.
  'empty-input': 'the article has no text',
  'undecodable-bytes': 'the text holds U+FFFD replacement characters (the bytes were in another encoding)',
  'not-utf8': 'the input bytes were not UTF-8 and were decoded as Windows-1252',
  'unknown-charset': 'the page declares a charset whosaid cannot decode; it was decoded as UTF-8 or Windows-1252',
  'control-characters': 'a few control characters in the text',
  'binary-input': 'more than 5% control bytes: the input looks binary; nothing is extracted from it',
  // Quotations, names and dates.
  'unclosed-quote': "a quotation mark opens and never closes; the quotation ends at its paragraph's end",
  'unbalanced-quote': 'a quotation opens again before the previous one closed',
  'model-unavailable': 'the statistical name model could not be loaded; names were typed by the rules alone',
  'unreadable-date': 'the publication date is not YYYY-MM-DD; relative dates stay unresolved',
  'date-reference-invalid': 'the publication date is not a valid date; a dateline is looked for instead',
  'date-from-dateline': 'no publication date was given; relative dates are resolved against the dateline',
  'dates-unanchored': 'no publication date or dateline: relative dates keep X for the parts that need one',
  // Extraction from HTML, gzip and feeds.
  'gzip-corrupt': 'a gzip file could not be decompressed',
  'not-gzip': 'a file is named .gz but is not gzip data',
  'not-html': 'the input has no HTML markup; it was read as plain text',
  'html-truncated': 'the page is longer than the limit; only its beginning was read',
  'page-too-complex': 'the page has too many or too deeply nested elements; its text was read without looking for the article',
  'readability-failed': 'Readability could not process the page; the densest block of text was used',
  'readability-fallback': 'Readability found too little text; the densest block of text was used instead',
  'boilerplate-removed': 'captions, share bars and similar page furniture were removed from the article',
  'json-ld-invalid': "some JSON-LD blocks of the page are not valid JSON and were ignored for the page's metadata",
  'no-article': 'no article text was found in the page',
  'not-a-feed': 'the input is not an RSS or Atom feed',
  'feed-item-empty': 'a feed item has no content or description; it was skipped',
  'feed-empty': 'the feed has no items',
} as const;

/** A diagnostic code from the catalog. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CATALOG;

/**
 * Every problem code (an item skipped in a batch) with what it means. A diagnostic of severity
 * `error` that stops an item (binary bytes, a corrupt gzip file, no article in a page) is reported
 * as a problem with the diagnostic's code.
 */
export const PROBLEM_CATALOG = {
  unreadable: 'the file cannot be read (missing, no permission, or an I/O error)',
  'is-directory': 'a directory where a file was expected',
  'unsupported-format': 'a file type whosaid does not read, or binary data',
  'too-large': 'the file or record is larger than the limit',
  undecodable: 'the bytes of a page could not be decoded as text',
  empty: 'the file is empty',
  'invalid-json': 'a JSONL line is not valid JSON',
  'not-an-object': 'a JSONL line is JSON but not an object',
  'no-text': 'a JSONL record has neither text nor html',
  'empty-text': "a JSONL record's text is empty",
  'no-article-text': 'the HTML gave no article text to analyse',
  timeout: 'the analysis took longer than the per-item limit',
  'worker-crashed': 'the analysis worker failed; it was replaced and the item skipped',
  'pool-closed': 'the ingest was stopped before the item was analysed',
  'invalid-job': 'a queued job carries no article',
  'store-failed': 'the article could not be written to the store',
} as const;

/** Why a batch item was skipped: a problem code, the diagnostic that stopped it, or the code of the typed error. */
export type ProblemCode = keyof typeof PROBLEM_CATALOG | DiagnosticCode | ErrorCode;
