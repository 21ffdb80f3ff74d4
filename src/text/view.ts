/** Read-only lookups over a segmented document: lower-cased token forms, sentence ranges, offset → token. */
import type { Sentence, Span, Token } from '../types.js';
import { firstEndingAfter } from './spans.js';

/** Lookups built once per document and shared by the extractors. */
export interface TextView {
  text: string;
  tokens: Token[];
  /** Lower-cased lookup forms of the tokens. */
  lower: string[];
  sentences: Sentence[];
  /** First token index of each sentence, and one past its last. */
  sentenceFirst: number[];
  sentenceEnd: number[];
}

/** Build the lookups for a document. */
export function createView(text: string, tokens: Token[], sentences: Sentence[]): TextView {
  const lower = tokens.map((t) => t.norm.toLowerCase());
  const sentenceFirst = new Array<number>(sentences.length).fill(0);
  const sentenceEnd = new Array<number>(sentences.length).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) sentenceFirst[tokens[i]!.sentence] = i;
  for (let i = 0; i < tokens.length; i++) sentenceEnd[tokens[i]!.sentence] = i + 1;
  return { text, tokens, lower, sentences, sentenceFirst, sentenceEnd };
}

/** Index of the first token that ends after `offset` (the token containing or following it). */
export function tokenAt(view: TextView, offset: number): number {
  return firstEndingAfter(view.tokens, offset);
}

/** The character span of tokens [from, to) (to > from). */
export function tokenSpan(view: TextView, from: number, to: number): Span {
  return { start: view.tokens[from]!.start, end: view.tokens[to - 1]!.end };
}

/** The text of tokens [from, to). */
export function tokenText(view: TextView, from: number, to: number): string {
  if (to <= from) return '';
  return view.text.slice(view.tokens[from]!.start, view.tokens[to - 1]!.end);
}

/** True when the token's text starts with an upper-case letter. */
export function isCapitalizedToken(view: TextView, index: number): boolean {
  const token = view.tokens[index];
  if (!token) return false;
  const code = view.text.charCodeAt(token.start);
  // ASCII answers without case-folding (this runs per token): only A-Z is a capital there.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = view.text.charAt(token.start);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
