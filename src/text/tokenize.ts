/**
 * News-aware tokenizer following UD English conventions closely enough for the statistical models:
 * clitics split ("don't" → do + n't, "Sessions'" → Sessions + '), hyphens between word characters
 * split ("D-CA" → D + - + CA, as EWT splits "long-term"), abbreviations and initials keep their
 * period ("Rep.", "U.S.", "H.R."), URLs and e-mail addresses stay whole. Tokens are offsets into the
 * unmodified text; `norm` is a lookup form only. Divergences from UD are listed in docs/tokenization.md.
 * Runs in one linear pass with no backtracking regular expressions.
 */
import { isAsciiAlphanumeric, isDigitCode, isLetterCode, isSpace, normalize } from './chars.js';
import { lazy, readTsv } from './lexicon.js';

/** A token before sentence assignment; segment() fills in `sentence` and keeps the same object as the Token. */
export interface RawToken {
  start: number;
  end: number;
  norm: string;
  spaceAfter: boolean;
  /** -1 until segment() assigns the token to a sentence. */
  sentence: number;
}

/** Abbreviation classes from data/lexicons/abbreviations.tsv. */
export type AbbreviationClass = 'title' | 'month' | 'state' | 'other';

/** The abbreviation lexicon, keyed by exact form (lower-case entries also match in capitals: "A.M."). */
export const abbreviations = lazy(() => {
  const map = new Map<string, AbbreviationClass>();
  for (const [form, cls] of readTsv('lexicons/abbreviations.tsv')) {
    if (!form || !cls) continue;
    map.set(form, cls as AbbreviationClass);
    if (form === form.toLowerCase()) map.set(form.toUpperCase(), cls as AbbreviationClass);
  }
  return map;
});

/** The class of an abbreviation token ("Rep." → title), or 'initial' for "H." / "H.R.", or null. */
export function abbreviationClass(word: string): AbbreviationClass | 'initial' | null {
  const known = abbreviations().get(word);
  if (known) return known;
  // Initials and dotted acronyms: "H.", "H.R.", "J.F.K." (letters each followed by a period).
  if (word.length >= 2 && word.length <= 12 && word.endsWith('.')) {
    let ok = true;
    for (let i = 0; i < word.length; i += 2) {
      const letter = word.charCodeAt(i);
      if (!isLetterCode(letter) || word.charAt(i + 1) !== '.') {
        ok = false;
        break;
      }
    }
    if (ok) return word.length === 2 && word.charAt(0) === word.charAt(0).toLowerCase() ? null : 'initial';
  }
  return null;
}

const LEADING = new Set(['"', "'", '\u201c', '\u201e', '\u2018', '\u201a', '\u00ab', '\u2039', '(', '[', '{', '\u2014', '\u2013', '\u2026', '*', '\u00bf', '\u00a1', '`', '#', '$', '\u00a3', '\u20ac', '\u2022', '-', '\u2212']);
const TRAILING = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', '\u203a', ')', ']', '}', '.', ',', ';', ':', '!', '?', '\u2014', '\u2013', '\u2026', '*', '%', '-']);
/** Characters that always stand alone when met inside a chunk. */
const INNER_BREAK = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '(', ')', '[', ']', '{', '}', '\u2014', '\u2013', '\u2026', ';', '!', '?']);
const FUSED = new Set(['cannot', 'gonna', 'wanna', 'gotta']);
/** The first letters of the fused forms as lower-case ASCII codes, so that most words of their length build no string. */
const FUSED_FIRST_CODES = new Set([...FUSED].map((word) => word.charCodeAt(0)));
const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];
const APOSTROPHES = new Set(["'", '\u2019']);

/** Split text into tokens; linear in the length of the text. */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    if (i >= length) break;
    let j = i;
    while (j < length && !isSpace(text.charCodeAt(j))) j++;
    splitChunk(text, i, j, tokens);
    i = j;
  }
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const next = tokens[k + 1];
    token.spaceAfter = next ? next.start > token.end : token.end < length;
  }
  return tokens;
}

function push(text: string, start: number, end: number, tokens: RawToken[]): void {
  if (end > start) tokens.push({ start, end, norm: normalize(text.slice(start, end)), spaceAfter: false, sentence: -1 });
}

/** Whether chunk [start, end) holds an '@' (so may be an e-mail address), without building the chunk's string. */
function hasAt(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 0x40) return true;
  return false;
}

function isUrlLike(text: string, start: number, end: number): boolean {
  // Most chunks are words: a URL starts with h or w, an e-mail address has an @; the rest need no strings built.
  const first = text.charCodeAt(start) | 0x20;
  if (first !== 0x68 && first !== 0x77 && !hasAt(text, start, end)) return false;
  const head = text.slice(start, Math.min(end, start + 8)).toLowerCase();
  if (head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.')) return true;
  // An e-mail address: an @ inside the chunk followed by a dot before its end (searched within the chunk only).
  const chunk = text.slice(start, end);
  const at = chunk.indexOf('@');
  return at > 0 && at < chunk.length - 3 && chunk.indexOf('.', at) > at && chunk.indexOf('.', at) < chunk.length - 1;
}

/**
 * Trailing punctuation of the chunk being split, as [start, end] pairs in reverse text order; one
 * array reused for every chunk (splitChunk is not re-entrant), so a chunk allocates no pairs.
 */
const trailing: number[] = [];

/** Split one whitespace-free chunk [start, end) into tokens. */
function splitChunk(text: string, start: number, end: number, tokens: RawToken[]): void {
  let a = start;
  let b = end;
  // Leading punctuation, one mark a token ("--" and "..." as one).
  while (a < b) {
    // Most chunks start with a letter or digit, which is never leading punctuation.
    if (isAsciiAlphanumeric(text.charCodeAt(a))) break;
    const ch = text.charAt(a);
    if (ch === '-' && text.charAt(a + 1) === '-') {
      let k = a;
      while (k < b && text.charAt(k) === '-') k++;
      push(text, a, k, tokens);
      a = k;
      continue;
    }
    if (ch === '.' && text.startsWith('...', a)) {
      let k = a;
      while (k < b && text.charAt(k) === '.') k++;
      push(text, a, k, tokens);
      a = k;
      continue;
    }
    if (!LEADING.has(ch)) break;
    // A minus or currency sign before a digit stays a separate token as in UD ("$" "5"), but "-5" keeps its sign.
    if ((ch === '-' || ch === '\u2212') && a + 1 < b && isDigitCode(text.charCodeAt(a + 1))) break;
    if (ch === "'" || ch === '\u2018') {
      // "'90s" and "'em" keep their apostrophe.
      const next = text.charCodeAt(a + 1);
      if (a + 1 < b && isDigitCode(next)) break;
      if (text.slice(a + 1, a + 3).toLowerCase() === 'em' && (a + 3 === b || !isLetterCode(text.charCodeAt(a + 3)))) break;
    }
    push(text, a, a + 1, tokens);
    a++;
  }
  if (a >= b) return;

  // Trailing punctuation, collected in reverse (most chunks left none to clear).
  if (trailing.length !== 0) trailing.length = 0;
  while (b > a) {
    if (isAsciiAlphanumeric(text.charCodeAt(b - 1))) break;
    const ch = text.charAt(b - 1);
    if (!TRAILING.has(ch)) break;
    if (ch === '.') {
      if (text.charAt(b - 2) === '.') {
        let k = b;
        while (k > a && text.charAt(k - 1) === '.') k--;
        if (b - k >= 2) {
          trailing.push(k, b);
          b = k;
          continue;
        }
      }
      if (abbreviationClass(text.slice(a, b)) !== null) break;
      // "R-Wis." / "D-N.Y.": the abbreviation is the part after the last hyphen.
      const hyphen = a + text.slice(a, b).lastIndexOf('-');
      if (hyphen > a && abbreviationClass(text.slice(hyphen + 1, b)) !== null) break;
    }
    if (ch === '-' && text.charAt(b - 2) === '-') {
      let k = b;
      while (k > a && text.charAt(k - 1) === '-') k--;
      trailing.push(k, b);
      b = k;
      continue;
    }
    if (ch === "'" || ch === '\u2019') {
      // Possessive plural "Sessions'" → Sessions + ' ; a closing single quote the same way.
      trailing.push(b - 1, b);
      b--;
      continue;
    }
    trailing.push(b - 1, b);
    b--;
  }
  if (a < b) {
    if (isUrlLike(text, a, b)) push(text, a, b, tokens);
    else splitInner(text, a, b, tokens);
  }
  for (let k = trailing.length - 2; k >= 0; k -= 2) push(text, trailing[k]!, trailing[k + 1]!, tokens);
}

/** Split the core of a chunk at inner breaks (quotes, brackets, dashes, hyphens, commas) and clitics. */
function splitInner(text: string, start: number, end: number, tokens: RawToken[]): void {
  let pieceStart = start;
  let k = start;
  while (k < end) {
    const code = text.charCodeAt(k);
    // Letters and digits (most characters) never break a piece: no set lookup for them.
    if (isAsciiAlphanumeric(code)) {
      k++;
      continue;
    }
    const ch = text.charAt(k);
    let breakEnd = -1;
    if (INNER_BREAK.has(ch)) {
      breakEnd = k + 1;
      if (ch === '\u2026') breakEnd = k + 1;
    } else if (ch === '-' && text.charAt(k + 1) === '-') {
      breakEnd = k + 2;
      while (breakEnd < end && text.charAt(breakEnd) === '-') breakEnd++;
    } else if (ch === '.' && text.startsWith('...', k)) {
      breakEnd = k + 3;
      while (breakEnd < end && text.charAt(breakEnd) === '.') breakEnd++;
    } else if (ch === '-' && k > start && k + 1 < end) {
      const before = text.charCodeAt(k - 1);
      const after = text.charCodeAt(k + 1);
      const wordBefore = isLetterCode(before) || isDigitCode(before);
      const wordAfter = isLetterCode(after) || isDigitCode(after);
      if (wordBefore && wordAfter) breakEnd = k + 1;
    } else if ((ch === ',' || ch === ':' || ch === '/') && k > start && k + 1 < end) {
      const before = text.charCodeAt(k - 1);
      const after = text.charCodeAt(k + 1);
      // "1,000" and "10:30" stay whole; "said,“I" splits. A slash stays inside ("and/or").
      if (ch !== '/' && !(isDigitCode(before) && isDigitCode(after))) breakEnd = k + 1;
    } else if (ch === ',' || ch === ':') {
      breakEnd = k + 1;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      k += 2;
      continue;
    }
    if (breakEnd > 0) {
      splitClitics(text, pieceStart, k, tokens);
      push(text, k, breakEnd, tokens);
      k = breakEnd;
      pieceStart = k;
      continue;
    }
    k++;
  }
  splitClitics(text, pieceStart, end, tokens);
}

/** Split English clitics off a word: "don't" → do + n't, "Trump's" → Trump + 's; "can't" → ca + n't as in UD. */
function splitClitics(text: string, start: number, end: number, tokens: RawToken[]): void {
  if (end <= start) return;
  // Fast path, without building the word's string: no apostrophe and none of the fused forms ("cannot",
  // "gonna", "wanna", "gotta") — nothing to split.
  let apostrophe = false;
  for (let k = start; k < end && !apostrophe; k++) {
    const code = text.charCodeAt(k);
    apostrophe = code === 0x27 || code === 0x2019;
  }
  const length = end - start;
  // (code | 0x20 lower-cases an ASCII letter; no other character lower-cases to an ASCII letter c, g or w.)
  if (!apostrophe && (length < 5 || length > 6 || !FUSED_FIRST_CODES.has(text.charCodeAt(start) | 0x20) || !FUSED.has(text.slice(start, end).toLowerCase()))) {
    push(text, start, end, tokens);
    return;
  }
  const word = text.slice(start, end);
  const folded = word.replace(/\u2019/g, "'").toLowerCase();
  for (const clitic of CLITICS) {
    if (folded.length > clitic.length && folded.endsWith(clitic)) {
      const cut = end - clitic.length;
      // n't is only a clitic after a letter ("don't"); 's etc. need an apostrophe, which the suffix includes.
      if (clitic === "n't" ? isLetterCode(text.charCodeAt(cut - 1)) : APOSTROPHES.has(text.charAt(cut))) {
        push(text, start, cut, tokens);
        push(text, cut, end, tokens);
        return;
      }
    }
  }
  if (folded === 'cannot') {
    push(text, start, start + 3, tokens);
    push(text, start + 3, end, tokens);
    return;
  }
  // UD English splits the informal contractions: gonna → gon + na, wanna → wan + na, gotta → got + ta.
  if (folded === 'gonna' || folded === 'wanna' || folded === 'gotta') {
    push(text, start, start + 3, tokens);
    push(text, start + 3, end, tokens);
    return;
  }
  push(text, start, end, tokens);
}
