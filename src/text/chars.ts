/** Character classes used by segmentation; all checks are on UTF-16 code units of the original text. */

/** True for any whitespace, including non-breaking, thin, zero-width and other odd spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff || code === 0x85
  );
}

/** True for a line break. */
export function isNewline(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** Opening double quotation marks: straight (ambiguous), curly, low, angled. */
export const OPEN_DOUBLE = new Set(['"', '\u201c', '\u201e', '\u00ab', '\u201f', '\u300c', '\uff02']);
/** Closing double quotation marks. */
export const CLOSE_DOUBLE = new Set(['"', '\u201d', '\u00bb', '\u300d', '\uff02', '\u201c']);
/** Single quotation marks and apostrophes (ambiguous between the two). */
export const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a', '`']);
/** Dashes that separate clauses. */
export const DASHES = new Set(['\u2014', '\u2013', '\u2012', '\u2015', '\u2212']);

/** A lookup form of one character: curly quotes straightened, dashes unified. */
export function normalizeChar(ch: string): string {
  switch (ch) {
    case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u00ab': case '\u00bb': case '\uff02':
      return '"';
    case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2039': case '\u203a': case '`': case '\u02bc':
      return "'";
    case '\u2014': case '\u2015':
      return '--';
    case '\u2013': case '\u2012': case '\u2212':
      return '-';
    case '\u2026':
      return '...';
    default:
      return ch;
  }
}

/** Whether any character of the string lies outside printable ASCII other than the backquote (the only characters normalize keeps as they are). */
function needsNormalizing(text: string): boolean {
  // A loop over the codes: tokens are short, and a regular expression call cost more than the scan.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e || code === 0x60) return true;
  }
  return false;
}

/** The lookup form of a string (see normalizeChar); odd spaces become plain spaces. */
export function normalize(text: string): string {
  // Most tokens are plain ASCII letters and digits: nothing to normalize.
  if (!needsNormalizing(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += isSpace(code) ? ' ' : normalizeChar(ch);
  }
  return out;
}

/** True for an ASCII letter or digit: a character no punctuation rule of the tokenizer applies to. */
export function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** True when the code unit is a letter (any script, including combining marks inside words). */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCharCode(code));
}
const LETTER = /[\p{L}\p{M}]/u;

/** True for an ASCII digit or another decimal digit. */
export function isDigitCode(code: number): boolean {
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  return DIGIT.test(String.fromCharCode(code));
}
const DIGIT = /\p{Nd}/u;

/** True when the first letter of the string is upper case. */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII answers without case-folding (this runs per word): only A-Z is a capital there.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
