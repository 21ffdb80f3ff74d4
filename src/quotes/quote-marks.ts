/**
 * Pairs quotation marks into quoted spans, paragraph by paragraph. Curly and angled marks say which
 * way they face; a straight mark opens when a space (or the paragraph start) precedes it and closes
 * when it is attached to the previous word. A paragraph that opens a quotation without closing it
 * continues into the next paragraph when that one opens with a quotation mark (news convention);
 * otherwise the quotation is bounded at the paragraph end and reported as a diagnostic, so an
 * unclosed mark never swallows the rest of the article. Inch marks (5'11", 42") are not quotes.
 */
import { isDigitCode, isSpace } from '../text/chars.js';
import type { Diagnostic, Paragraph } from '../types.js';

/** A pair of quotation marks and what lies between them. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the bounded end when unclosed). */
  close: number;
  /** The text between the marks. */
  contentStart: number;
  contentEnd: number;
  paragraph: number;
  /** True when no closing mark was found in the paragraph. */
  unclosed: boolean;
  /** Index of the span this one continues (multi-paragraph quotations), or -1. */
  continues: number;
}

/** Characters that may be (part of) a quotation mark; a global regex used as a cursor. */
const CANDIDATE = /["'`\u201c\u201d\u201e\u201f\u00ab\u00bb\uff02]/g;
const OPENERS = new Set(['\u201c', '\u201e', '\u00ab', '\u201f']);
const CLOSERS = new Set(['\u201d', '\u00bb']);
const STRAIGHT = new Set(['"', '\uff02']);

function isQuoteMark(ch: string): boolean {
  return OPENERS.has(ch) || CLOSERS.has(ch) || STRAIGHT.has(ch);
}

/** The family of a quotation mark: a paragraph continues a quotation only with a mark of the same family. */
export function markFamily(ch: string): 'straight' | 'doubled' | 'typographic' {
  if (STRAIGHT.has(ch)) return 'straight';
  if (ch === "'" || ch === '`') return 'doubled';
  return 'typographic';
}

/**
 * Whether two quoted spans are in the same style of marks: some family appears in the marks of both.
 * Each span counts its opening and its closing mark, since hurried copy pairs a curly opener with a
 * straight closer (`“I heard parts of it," Trump said. "He wants …”`): such spans match each other and
 * both styles, while a wholly straight span after wholly curly ones does not.
 */
export function sameMarkStyle(text: string, a: QuotedSpan, b: QuotedSpan): boolean {
  const families = (span: QuotedSpan): string[] => span.unclosed ? [markFamily(text.charAt(span.open))] : [markFamily(text.charAt(span.open)), markFamily(text.charAt(span.close - 1))];
  const of = families(b);
  return families(a).some((family) => of.includes(family));
}

/** Direction of a quotation mark at `i`: 'open', 'close', or null when it is not a quotation mark here. */
function direction(text: string, i: number, paragraph: Paragraph, insideQuote: boolean): 'open' | 'close' | null {
  const ch = text.charAt(i);
  if (OPENERS.has(ch)) {
    // A right-facing mark used as a closer ("…said.“ typo) — treat as closer when inside and followed by space/end.
    if (insideQuote && ch === '\u201c' && (i + 1 >= paragraph.end || isSpace(text.charCodeAt(i + 1))) && i > paragraph.start && !isSpace(text.charCodeAt(i - 1))) return 'close';
    return 'open';
  }
  if (CLOSERS.has(ch)) {
    if (!insideQuote && ch === '\u201d' && (i === paragraph.start || isSpace(text.charCodeAt(i - 1))) && i + 1 < paragraph.end && !isSpace(text.charCodeAt(i + 1))) return 'open';
    return 'close';
  }
  if (!STRAIGHT.has(ch)) return null;
  const before = i > paragraph.start ? text.charCodeAt(i - 1) : -1;
  const after = i + 1 < paragraph.end ? text.charCodeAt(i + 1) : -1;
  // Inch marks: a digit (or a digit and a foot mark) right before, not inside a quotation that could close here.
  if (before >= 0 && isDigitCode(before) && !insideQuote) return null;
  const spaceBefore = before < 0 || isSpace(before) || '([{\u2014\u2013-/'.includes(String.fromCharCode(before));
  const spaceAfter = after < 0 || isSpace(after);
  if (insideQuote) {
    if (!spaceBefore) return 'close';
    if (spaceAfter) return 'close';
    // " after a space and before a word while inside: an unbalanced opener; close the old, treat as new open.
    return 'open';
  }
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return insideQuote ? 'close' : 'open';
}

/** Find quoted spans in every paragraph; unclosed ones are bounded and reported. */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[], diagnostics: Diagnostic[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let carried = -1;
  paragraphs.forEach((paragraph, index) => {
    let openAt = -1;
    let openWidth = 1;
    let continues = -1;
    const firstChar = text.charAt(paragraph.start);
    // A paragraph wrapped in straight marks that holds a curly quotation (`"… stay.` then `“It never …,” she said`)
    // does not continue it: news style reopens a continued quotation with the same kind of mark.
    const continuing = carried >= 0 && (isQuoteMark(firstChar) || firstChar === "'" || firstChar === '`') && markFamily(firstChar) === markFamily(text.charAt(spans[carried]!.open));
    if (carried >= 0 && !continuing) {
      // The previous paragraph's quotation did not close and this paragraph does not continue it.
      const previous = spans[carried]!;
      diagnostics.push({ code: 'unclosed-quote', severity: 'warning', message: 'a quotation mark opens but never closes; the quotation was ended at the end of its paragraph', span: { start: previous.open, end: previous.open + 1 } });
    }
    CANDIDATE.lastIndex = paragraph.start;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      // Jump to the next character that can be a quotation mark (most of the text cannot).
      const found = CANDIDATE.exec(text);
      if (!found || found.index >= paragraph.end) break;
      i = found.index;
      const ch = text.charAt(i);
      // `''… 'We'll bomb them,'''`: inside a doubled-mark quotation, three apostrophes are a single mark closing the
      // nested quotation and then the doubled close.
      if (ch === "'" && openAt >= 0 && openWidth === 2 && text.charAt(i + 1) === "'" && text.charAt(i + 2) === "'") i++;
      let dir: 'open' | 'close' | null;
      let markEnd = i + 1;
      if ((ch === "'" && text.charAt(i + 1) === "'") || (ch === '`' && text.charAt(i + 1) === '`')) {
        // Two apostrophes or backticks stand for a double quotation mark (wire and typewriter styles).
        dir = doubledDirection(text, i, paragraph, openAt >= 0);
        markEnd = i + 2;
      } else if (isQuoteMark(ch)) dir = direction(text, i, paragraph, openAt >= 0);
      else continue;
      if (dir === null) continue;
      if (dir === 'open') {
        if (openAt >= 0) {
          // Two openers in a row: the first never closed within its stretch; end it before the new one.
          spans.push({ open: openAt, close: i, contentStart: openAt + openWidth, contentEnd: trimEnd(text, openAt + openWidth, i), paragraph: index, unclosed: true, continues });
          diagnostics.push({ code: 'unbalanced-quote', severity: 'info', message: 'a quotation opens again before the previous one closed', span: { start: openAt, end: openAt + 1 } });
          continues = -1;
        }
        if (i === paragraph.start && continuing) continues = carried;
        openAt = i;
      } else if (openAt >= 0) {
        spans.push({ open: openAt, close: markEnd, contentStart: openAt + openWidth, contentEnd: i, paragraph: index, unclosed: false, continues });
        openAt = -1;
        continues = -1;
      }
      if (dir === 'open') openWidth = markEnd - i;
      i = markEnd - 1;
      CANDIDATE.lastIndex = markEnd;
    }
    carried = -1;
    if (openAt >= 0) {
      spans.push({ open: openAt, close: paragraph.end, contentStart: openAt + openWidth, contentEnd: trimEnd(text, openAt + openWidth, paragraph.end), paragraph: index, unclosed: true, continues });
      carried = spans.length - 1;
    }
  });
  if (carried >= 0) {
    const last = spans[carried]!;
    diagnostics.push({ code: 'unclosed-quote', severity: 'warning', message: 'a quotation mark opens but never closes; the quotation was ended at the end of its paragraph', span: { start: last.open, end: last.open + 1 } });
  }
  return spans;
}

/** Direction of a doubled mark ('' or ``): `` always opens; '' opens after a space, closes after a word. */
function doubledDirection(text: string, i: number, paragraph: Paragraph, insideQuote: boolean): 'open' | 'close' {
  if (text.charAt(i) === '`') return 'open';
  const before = i > paragraph.start ? text.charCodeAt(i - 1) : -1;
  const spaceBefore = before < 0 || isSpace(before) || '([{\u2014\u2013'.includes(String.fromCharCode(before));
  if (insideQuote) return spaceBefore && i + 2 < paragraph.end && !isSpace(text.charCodeAt(i + 2)) ? 'open' : 'close';
  return spaceBefore ? 'open' : 'close';
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
