/** A read-only view over one sentence's tokens, with the lookups every date extractor needs. */
import type { Token } from '../types.js';
import { numberWords } from './lexicon.js';

/** The tokens of one sentence as seen by the extractors; indices are document token indices. */
export interface Scan {
  text: string;
  tokens: readonly Token[];
  /** Lower-case lookup form of every token, computed once per document. */
  lower: readonly string[];
  /** First token index of the sentence. */
  from: number;
  /** One past the last token index of the sentence. */
  to: number;
}

/** The lower-case lookup form of token i, or '' outside the sentence. */
export function wordAt(scan: Scan, i: number): string {
  if (i < scan.from || i >= scan.to) return '';
  return scan.lower[i]!;
}

/** A lower-case word without a trailing period ("feb." → "feb"). */
export function bareWord(word: string): string {
  return word.length > 1 && word.endsWith('.') ? word.slice(0, -1) : word;
}

/** The lower-case form of token i without a trailing period ("Feb." → "feb"). */
export function bareWordAt(scan: Scan, i: number): string {
  return bareWord(wordAt(scan, i));
}

/** The exact text of token i, or '' outside the sentence. */
export function surfaceAt(scan: Scan, i: number): string {
  if (i < scan.from || i >= scan.to) return '';
  const token = scan.tokens[i]!;
  return scan.text.slice(token.start, token.end);
}

/** True when tokens i and i+1 touch (no space between them). */
export function joined(scan: Scan, i: number): boolean {
  if (i < scan.from || i + 1 >= scan.to) return false;
  return scan.tokens[i]!.end === scan.tokens[i + 1]!.start;
}

/** True when token i is a hyphen joining its neighbours ("third-quarter"). */
export function isJoiningHyphen(scan: Scan, i: number): boolean {
  return wordAt(scan, i) === '-' && joined(scan, i - 1) && joined(scan, i);
}

/** True when the token is all ASCII digits. */
export function isDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** True when the word's first character is an ASCII digit (a cheap test before any parsing). */
export function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** True when token i starts with a capital letter. */
export function isCapitalizedAt(scan: Scan, i: number): boolean {
  const surface = surfaceAt(scan, i);
  const first = surface.charAt(0);
  return first !== '' && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** A number read from one or more tokens. */
export interface NumberRead {
  value: number;
  /** Index of the last token of the number. */
  last: number;
}

/** Read a cardinal number at token i: digits ("12", "1,000"), words ("two"), or hyphenated words ("twenty-five"). */
export function readNumber(scan: Scan, i: number): NumberRead | null {
  const word = wordAt(scan, i);
  if (word === '') return null;
  if (startsWithDigit(word)) {
    const plain = word.includes(',') ? word.replace(/,/g, '') : word;
    if (isDigits(plain) && plain.length <= 6) return { value: Number(plain), last: i };
    if (/^\d{1,4}\.\d{1,2}$/.test(word)) return { value: Number(word), last: i };
    return null;
  }
  const value = numberWords().get(word);
  if (value === undefined) return null;
  if (value >= 20 && value < 100 && value % 10 === 0 && isJoiningHyphen(scan, i + 1)) {
    const unit = numberWords().get(wordAt(scan, i + 2));
    if (unit !== undefined && unit >= 1 && unit <= 9) return { value: value + unit, last: i + 2 };
  }
  return { value, last: i };
}
