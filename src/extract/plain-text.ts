/** Input given as HTML that is not HTML: detection, and its paragraphs (at blank lines) with an exact source map. */
import type { Span } from '../types.js';
import type { SourceRun } from './types.js';

const HTML_SIGN = /<(?:!doctype|!--|html|head|body|meta|title|p|div|br|span|a|article|section|h[1-6]|table|ul|ol|li|script|style|img|b|i|em|strong)\b[^<>]{0,2000}>/i;

/** Whether the start of the input contains anything that looks like an HTML tag. */
export function looksLikeHtml(source: string): boolean {
  return HTML_SIGN.test(source.slice(0, 20000));
}

/** Paragraphs of plain text (split at blank lines, trimmed), joined by a blank line, each mapped exactly to the input. */
export function plainTextParagraphs(source: string): { text: string; paragraphs: Span[]; sourceMap: SourceRun[] } {
  const parts: string[] = [];
  const paragraphs: Span[] = [];
  const sourceMap: SourceRun[] = [];
  let offset = 0;
  const separator = /\n[ \t]*(?:\r?\n[ \t]*)+|\r\n[ \t]*(?:\r?\n[ \t]*)+/g;
  let from = 0;
  const pieces: Span[] = [];
  for (let match = separator.exec(source); match; match = separator.exec(source)) {
    pieces.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  pieces.push({ start: from, end: source.length });
  for (const piece of pieces) {
    const raw = source.slice(piece.start, piece.end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (parts.length > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    parts.push(trimmed);
    paragraphs.push({ start: offset, end: offset + trimmed.length });
    sourceMap.push([offset, offset + trimmed.length, piece.start + leading, piece.start + leading + trimmed.length]);
    offset += trimmed.length;
  }
  return { text: parts.join(''), paragraphs, sourceMap };
}
