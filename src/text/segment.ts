/**
 * Paragraph and sentence segmentation over tokens. Paragraphs break at blank lines and at line
 * breaks not followed by a lower-case continuation; sentences break after terminal punctuation
 * (absorbing closing quotation marks and brackets) unless the next word continues the sentence
 * ("…," he said / "Why?" she asked) or the period belongs to a title abbreviation ("Sen.").
 */
import { isNewline, isSpace } from './chars.js';
import { abbreviationClass, tokenize, type RawToken } from './tokenize.js';
import type { Paragraph, Sentence, Token } from '../types.js';

/** The segmented text: paragraphs, sentences and tokens, all offsets into the original. */
export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

/** Find paragraphs: spans of text between line breaks, trimmed of surrounding whitespace. */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  const length = text.length;
  let i = 0;
  while (i <= length) {
    const atEnd = i === length;
    if (atEnd || isNewline(text.charCodeAt(i))) {
      // A single line break followed by a lower-case letter is a hard wrap, not a new paragraph.
      let next = i;
      let newlines = 0;
      while (next < length && isSpace(text.charCodeAt(next))) {
        if (isNewline(text.charCodeAt(next)) && !(text.charCodeAt(next) === 0x0a && text.charCodeAt(next - 1) === 0x0d)) newlines++;
        next++;
      }
      const nextChar = text.charAt(next);
      const continues = !atEnd && newlines === 1 && next < length && nextChar !== nextChar.toUpperCase() && nextChar === nextChar.toLowerCase();
      if (!continues) {
        pushTrimmed(text, start, i, paragraphs);
        start = next;
      }
      i = Math.max(next, i + 1);
      continue;
    }
    i++;
  }
  return paragraphs;
}

function pushTrimmed(text: string, start: number, end: number, out: Paragraph[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

const TERMINAL = new Set(['.', '!', '?', '...', '\u2026', '..', '....']);

/** Whether a token is terminal punctuation; its first character rules out nearly every token before the set lookup. */
function isTerminal(norm: string): boolean {
  const code = norm.charCodeAt(0);
  return (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026) && TERMINAL.has(norm);
}
const CLOSERS = new Set(['"', "'", ')', ']', '}', '\u201d', '\u2019', '\u00bb', '\u203a']);
/** Words that, capitalized after an ambiguous abbreviation ("U.S."), start a new sentence. */
const SENTENCE_STARTERS = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'a', 'an', 'this', 'that', 'there', 'his', 'her', 'their', 'its', 'on', 'at', 'as', 'for', 'if', 'when', 'while', 'after', 'before', 'some', 'many', 'one', 'yet', 'so', 'still', 'also', 'meanwhile', 'however', 'those', 'these', 'what', 'who', 'asked', 'earlier', 'later', 'last', 'then', 'now', 'officials', 'critics']);

/** Segment text into paragraphs, sentences and tokens. */
export function segment(text: string): Segmentation {
  const paragraphs = findParagraphs(text);
  const raw = tokenize(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let p = 0;
  let t = 0;
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex]!;
    p = paragraphIndex;
    const inParagraph: RawToken[] = [];
    while (t < raw.length && raw[t]!.start < paragraph.end) {
      if (raw[t]!.start >= paragraph.start) inParagraph.push(raw[t]!);
      t++;
    }
    splitSentences(text, inParagraph, p, tokens, sentences);
  }
  return { paragraphs, sentences, tokens };
}

function isOpeningStraightQuote(previous: RawToken | undefined): boolean {
  // A straight quote preceded by a space (or nothing) opens; one attached to the previous token closes.
  return !previous || previous.spaceAfter;
}

function splitSentences(text: string, raw: RawToken[], paragraph: number, tokens: Token[], sentences: Sentence[]): void {
  let sentenceStart = 0;
  const close = (endExclusive: number): void => {
    if (endExclusive <= sentenceStart) return;
    const index = sentences.length;
    for (let k = sentenceStart; k < endExclusive; k++) {
      // The raw token becomes the Token: same fields, now with its sentence (one object per token, not two).
      const token = raw[k]!;
      token.sentence = index;
      tokens.push(token);
    }
    sentences.push({ start: raw[sentenceStart]!.start, end: raw[endExclusive - 1]!.end, paragraph });
    sentenceStart = endExclusive;
  };
  for (let k = 0; k < raw.length; k++) {
    const token = raw[k]!;
    let boundary = false;
    if (isTerminal(token.norm)) boundary = true;
    else if (token.norm.endsWith('.') && token.norm.length > 1) {
      const cls = abbreviationClass(token.norm);
      if (cls === 'other' || cls === 'state') boundary = startsNewSentence(raw, k + 1, true);
    }
    if (!boundary) continue;
    // Absorb closing quotation marks and brackets that follow the terminal.
    let end = k + 1;
    while (end < raw.length) {
      const next = raw[end]!;
      if (!CLOSERS.has(text.charAt(next.start)) || next.end - next.start !== 1) break;
      const isStraight = next.norm === '"' || next.norm === "'";
      if (isStraight && isOpeningStraightQuote(raw[end - 1])) break;
      end++;
    }
    if (end >= raw.length) continue;
    if (isTerminal(token.norm) && !startsNewSentence(raw, end, false)) continue;
    // `"Why?" Clinton asked.` / `"Go!" said Smith.`: a quotation's own ? or ! followed by its attribution.
    if (end > k + 1 && (token.norm === '?' || token.norm === '!') && attributionFollows(raw, end)) continue;
    close(end);
    k = end - 1;
  }
  close(raw.length);
}

/** Speech verbs that attach a quotation ending in ? or ! to the words after it. */
const ATTRIBUTION_VERBS = new Set(['said', 'says', 'asked', 'asks', 'told', 'added', 'replied', 'wrote', 'continued', 'explained', 'noted', 'insisted', 'shouted', 'recalled', 'wondered', 'tweeted', 'exclaimed', 'cried', 'yelled', 'demanded', 'joked', 'quipped']);

/** Is the text after a quotation an attribution ("Clinton said", "said Smith", "the senator asked")? */
function attributionFollows(raw: RawToken[], index: number): boolean {
  for (let k = index; k < Math.min(raw.length, index + 6); k++) {
    const word = raw[k]!.norm.toLowerCase();
    if (ATTRIBUTION_VERBS.has(word)) return true;
    if (word === '.' || word === '"' || word === ',') return false;
  }
  return false;
}

/** Does the token at `index` start a new sentence? Lower-case words and closing punctuation continue one. */
function startsNewSentence(raw: RawToken[], index: number, strict: boolean): boolean {
  const next = raw[index];
  if (!next) return false;
  let word = next.norm;
  let k = index;
  // Skip opening quotes and brackets to find the first word.
  while ((word === '"' || word === "'" || word === '(' || word === '[' || word === '--') && raw[k + 1]) {
    k++;
    word = raw[k]!.norm;
    if (!strict) return true;
  }
  const first = word.charAt(0);
  if (first === ',' || first === ';' || first === ':' || first === ')' || first === '%') return false;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  if (lower === upper) return !strict && /[0-9]/.test(first) ? true : !strict;
  if (first === lower) return false;
  if (!strict) return true;
  return SENTENCE_STARTERS.has(word.toLowerCase());
}
