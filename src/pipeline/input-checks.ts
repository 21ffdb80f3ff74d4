/** Checks on raw input that become diagnostics: empty text, undecodable bytes, control characters, odd dates. */
import type { Diagnostic } from '../types.js';

/** Normalize a publication date to YYYY-MM-DD, or return null when it cannot be read. */
export function normalizeDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${m}-${d}`;
}

/** Diagnostics for text that is empty, was decoded with replacement characters, or holds binary control bytes. */
export function checkText(text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (text.trim() === '') {
    diagnostics.push({ code: 'empty-input', severity: 'warning', message: 'the article has no text' });
    return diagnostics;
  }
  let replacement = 0;
  let control = 0;
  let firstReplacement = -1;
  let firstControl = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) {
      if (firstReplacement < 0) firstReplacement = i;
      replacement++;
    } else if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) {
      if (firstControl < 0) firstControl = i;
      control++;
    }
  }
  if (replacement > 0) {
    diagnostics.push({ code: 'undecodable-bytes', severity: 'warning', message: `${replacement} character(s) could not be decoded (U+FFFD); the input may be in another encoding`, span: { start: firstReplacement, end: firstReplacement + 1 } });
  }
  if (control > 0) {
    const share = control / text.length;
    diagnostics.push({ code: share > 0.05 ? 'binary-input' : 'control-characters', severity: share > 0.05 ? 'error' : 'info', message: share > 0.05 ? `the input looks binary (${control} control bytes); results are unlikely to be meaningful` : `${control} control character(s) in the text`, span: { start: firstControl, end: firstControl + 1 } });
  }
  return diagnostics;
}
