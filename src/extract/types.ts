/** Data types of article extraction: the extracted article, its source map, and records read from files and feeds. */
import type { ProblemCode } from '../diagnostics.js';
import type { Diagnostic, Provenance, Span } from '../types.js';

/**
 * One run of the source map: text[textStart, textEnd) came from html[htmlStart, htmlEnd).
 * When both lengths are equal the offsets map one to one; otherwise (a decoded entity) the run maps as a whole.
 */
export type SourceRun = readonly [textStart: number, textEnd: number, htmlStart: number, htmlEnd: number];

/** A metadata value together with the rule that found it. */
export interface Found<T> {
  value: T;
  source: Provenance;
}

/** The article found in an HTML page: body text (paragraphs joined by a blank line), metadata, and the map back to the HTML. */
export interface ExtractedArticle {
  /** The address given in the options, else the page's canonical URL (link rel=canonical, og:url, JSON-LD). */
  url: string | null;
  title: string | null;
  byline: string | null;
  /** Publication date, YYYY-MM-DD, as written by the page (no time-zone conversion). */
  date: string | null;
  /** The dateline that opens the text ("WASHINGTON (CNN) —"), as a span of `text`. */
  dateline: (Span & { text: string }) | null;
  text: string;
  /** Paragraphs of `text`; the text between two paragraphs is always "\n\n". */
  paragraphs: Span[];
  sourceMap: SourceRun[];
  /** Which rule produced the body text and each metadata field. */
  provenance: { text: Provenance; url?: Provenance; title?: Provenance; byline?: Provenance; date?: Provenance };
  diagnostics: Diagnostic[];
}

/** Options of extractArticle(). */
export interface ExtractOptions {
  /** The page's address: a fallback for the publication date (/2017/03/02/) and for resolving nothing else. */
  url?: string;
  /** Inputs longer than this many UTF-16 code units are cut (with a diagnostic) to bound time. */
  maxLength?: number;
  /** The HTML is already the article body (a feed item's content): keep all its text instead of looking for the article. */
  fragment?: boolean;
}

/** One article read from a file of any supported format, ready for analysis or ingest. */
export interface ArticleRecord {
  /** Where it came from: `path`, `path:line` for JSONL, `path#item` for feeds. */
  location: string;
  id?: string;
  url?: string;
  title?: string;
  byline?: string;
  date?: string;
  text: string;
  /** Present when the record came from HTML. */
  sourceMap?: SourceRun[];
  diagnostics: Diagnostic[];
}

/** A record that could not be read; reading continues with the next one. */
export interface ArticleProblem {
  location: string;
  code: ProblemCode;
  message: string;
}

/** What readArticles() yields: an article, or a problem with its location. */
export type ArticleReadResult = ({ kind: 'article' } & ArticleRecord) | ({ kind: 'problem' } & ArticleProblem);

/** One item of an RSS 2.0 or Atom feed; exactly one of text and html is set. */
export interface FeedItem {
  id?: string;
  url?: string;
  title?: string;
  date?: string;
  byline?: string;
  text?: string;
  html?: string;
}
