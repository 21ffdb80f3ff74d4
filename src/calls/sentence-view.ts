/** A sentence's tokens with lower-case lookup words, so extractors can scan by index. */
import type { Span, Token } from '../types.js';
import { viewOf, type WorkingDocument } from '../pipeline/document.js';
import { lowerBound } from '../text/spans.js';

/** One sentence: its span, its tokens, and their lower-case lookup forms. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** `tokens[i].norm` in lower case (curly quotes already straightened by the tokenizer). */
  words: string[];
}

/** Views already built, per token array: calls, sourcing and contradictions all read the same views. */
const built = new WeakMap<readonly Token[], readonly SentenceView[]>();

/**
 * Group a document's tokens into sentence views, in order. The views are built once per token array
 * and shared by every stage that asks, so they must be treated as read-only.
 */
export function sentenceViews(doc: WorkingDocument): readonly SentenceView[] {
  const cached = built.get(doc.tokens);
  if (cached) return cached;
  const views: SentenceView[] = doc.sentences.map((sentence, index) => ({ index, start: sentence.start, end: sentence.end, tokens: [], words: [] }));
  // The lower-case forms are the document view's, computed once for all stages.
  const lower = viewOf(doc).lower;
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    const view = views[token.sentence];
    if (!view) continue;
    view.tokens.push(token);
    view.words.push(lower[i]!);
  }
  built.set(doc.tokens, views);
  return views;
}

/** Whether a token is a word (starts with a letter or digit) rather than punctuation. */
export function isWord(word: string): boolean {
  const code = word.charCodeAt(0);
  // An ASCII letter first always passes the case test below, so most words skip building two strings.
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  return word.toLowerCase() !== word.toUpperCase();
}

/** Whether the token's original text starts with a capital letter. */
export function isCapitalizedToken(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  // ASCII answers without case-folding (this runs per token): only A-Z is a capital there.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const ch = text.charAt(token.start);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a lookup word is a quotation mark. */
export function isQuoteMark(word: string): boolean {
  return word === '"' || word === "'" || word === "''" || word === '``';
}

/** The character span covered by tokens [from, to) of a view (to > from). */
export function tokenSpan(view: SentenceView, from: number, to: number): Span {
  const first = view.tokens[from];
  const last = view.tokens[to - 1];
  if (!first || !last) return { start: view.start, end: view.start };
  return { start: first.start, end: last.end };
}

/** Find a token sequence (lower-case words) starting at index `at`; returns true when it matches. */
export function matchesAt(view: SentenceView, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (view.words[at + k] !== words[k]) return false;
  }
  return true;
}

/**
 * The first of `phrases` whose words (`wordsOf`) match at token `at`, or undefined. A plain loop:
 * scans call this at every token, where a closure over the position would be allocated each time.
 */
export function phraseAt<T>(view: SentenceView, at: number, phrases: readonly T[], wordsOf: (phrase: T) => readonly string[]): T | undefined {
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p]!;
    if (matchesAt(view, at, wordsOf(phrase))) return phrase;
  }
  return undefined;
}

/** A phrase that is its own word list (for phraseAt). */
export const ownWords = (words: readonly string[]): readonly string[] => words;

/** The view containing a character offset (binary search; views are in text order), or undefined. */
export function viewAt(views: readonly SentenceView[], offset: number): SentenceView | undefined {
  let low = 0;
  let high = views.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const view = views[middle]!;
    if (offset < view.start) high = middle - 1;
    else if (offset >= view.end) low = middle + 1;
    else return view;
  }
  return undefined;
}

/** Index of the first token of a view starting at or after `offset` (binary search), or -1 when there is none. */
export function tokenIndexFrom(view: SentenceView, offset: number): number {
  const low = lowerBound(view.tokens, offset);
  return low < view.tokens.length ? low : -1;
}

/** The sentence view holding a span, with the span's first token and the token just past it, or undefined. */
export function spanTokens(views: readonly SentenceView[], span: { start: number; end: number }): { view: SentenceView; first: number; last: number } | undefined {
  const view = viewAt(views, span.start);
  if (!view) return undefined;
  const first = tokenIndexFrom(view, span.start);
  if (first < 0) return undefined;
  const after = tokenIndexFrom(view, span.end);
  return { view, first, last: after < 0 ? view.tokens.length : after };
}
