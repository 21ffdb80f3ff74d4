/**
 * Per-word hashes computed once per sentence and shared by the feature templates of the tagger,
 * the parser and the NER model: exact form, lower case, word shape, prefixes and suffixes of one
 * to four characters, and orthographic flags. Computed in one pass over the characters, with no
 * string allocation for ASCII words.
 */

/** Hash of the exact form. */
export const EXACT = 0;
/** Hash of the lower-cased form. */
export const LOWER = 1;
/** Hash of the collapsed word shape ("Xxxx" for "Washington", "d.d" for "3.5"). */
export const SHAPE = 2;
/** Hashes of the lower-cased prefixes of length 1..4 are at PREFIX + length - 1. */
export const PREFIX = 3;
/** Hashes of the lower-cased suffixes of length 1..4 are at SUFFIX + length - 1. */
export const SUFFIX = 7;
/** Orthographic flag bits (see FLAG_*). */
export const FLAGS = 11;
/** Number of slots per word. */
export const STRIDE = 12;

/** The word contains a digit. */
export const FLAG_DIGIT = 1;
/** The word starts with an upper-case letter. */
export const FLAG_INITIAL_UPPER = 2;
/** Every letter of the word is upper case (and it has at least one). */
export const FLAG_ALL_UPPER = 4;
/** The word contains a hyphen. */
export const FLAG_HYPHEN = 8;
/** The word contains no letter and no digit. */
export const FLAG_PUNCTUATION = 16;
/** The word contains a period. */
export const FLAG_PERIOD = 32;

/** Per-sentence word hashes: slot k of word i is at i * STRIDE + k. */
export interface WordHashes {
  values: Uint32Array;
  length: number;
}

/** Make a reusable word-hash buffer. */
export function createWordHashes(capacity = 64): WordHashes {
  return { values: new Uint32Array(capacity * STRIDE), length: 0 };
}

const PRIME = 0x01000193;
const OFFSET = 0x811c9dc5;

/** Fill the buffer with the hashes of every word of a sentence. */
export function computeWordHashes(words: readonly string[], buffer: WordHashes): WordHashes {
  if (buffer.values.length < words.length * STRIDE) buffer.values = new Uint32Array(Math.max(words.length, 2 * buffer.values.length / STRIDE) * STRIDE);
  const values = buffer.values;
  for (let w = 0; w < words.length; w++) hashWord(words[w]!, values, w * STRIDE);
  buffer.length = words.length;
  return buffer;
}

/** Lower-case one UTF-16 code unit (ASCII inline, other letters through the string API). */
function lowerCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** Shape class of a code unit: 1 upper, 2 lower, 3 digit, otherwise the code unit itself. */
function shapeClass(code: number, lower: number): number {
  if (code >= 0x30 && code <= 0x39) return 3;
  if (lower !== code) return 1;
  if (code < 0x80 ? code >= 0x61 && code <= 0x7a : String.fromCharCode(code).toUpperCase() !== String.fromCharCode(code)) return 2;
  return code;
}

function hashWord(word: string, out: Uint32Array, base: number): void {
  const n = word.length;
  let exact = OFFSET;
  let lower = OFFSET;
  let shape = OFFSET;
  let previousShape = -1;
  let run = 0;
  let flags = 0;
  let letters = 0;
  let uppers = 0;
  let alnum = 0;
  let prefix = OFFSET;
  for (let i = 0; i < n; i++) {
    const code = word.charCodeAt(i);
    const low = lowerCode(code);
    exact = Math.imul(exact ^ code, PRIME);
    lower = Math.imul(lower ^ low, PRIME);
    const cls = shapeClass(code, low);
    // Collapse runs of the same class beyond two, so "Washington" and "Wilmington" share "Xxx".
    run = cls === previousShape ? run + 1 : 1;
    if (run <= 2) shape = Math.imul(shape ^ cls, PRIME);
    previousShape = cls;
    if (cls === 3) {
      flags |= FLAG_DIGIT;
      alnum++;
    } else if (cls === 1 || cls === 2) {
      letters++;
      alnum++;
      if (cls === 1) {
        uppers++;
        if (i === 0) flags |= FLAG_INITIAL_UPPER;
      }
    } else if (code === 0x2d) flags |= FLAG_HYPHEN;
    else if (code === 0x2e) flags |= FLAG_PERIOD;
    if (i < 4) {
      prefix = Math.imul(prefix ^ low, PRIME);
      out[base + PREFIX + i] = prefix >>> 0;
    }
  }
  for (let i = n; i < 4; i++) out[base + PREFIX + i] = (prefix ^ (0x100 + i)) >>> 0;
  if (letters > 0 && uppers === letters) flags |= FLAG_ALL_UPPER;
  if (alnum === 0) flags |= FLAG_PUNCTUATION;
  // Suffixes hash the last k lower-cased code units, read backwards.
  let suffix = OFFSET ^ 0x5bd1e995;
  for (let k = 1; k <= 4; k++) {
    if (k <= n) suffix = Math.imul(suffix ^ lowerCode(word.charCodeAt(n - k)), PRIME);
    else suffix = Math.imul(suffix ^ 0x7fff, PRIME);
    out[base + SUFFIX + k - 1] = suffix >>> 0;
  }
  out[base + EXACT] = exact >>> 0;
  out[base + LOWER] = lower >>> 0;
  out[base + SHAPE] = shape >>> 0;
  out[base + FLAGS] = flags;
}

/** A stable value used for positions before the first word or after the last one. */
export const BOUNDARY_BEFORE = 0x2545f491;
/** A stable value used for positions after the last word. */
export const BOUNDARY_AFTER = 0x9e3779b9;

/** Slot `slot` of word `index`, or a boundary value outside the sentence. */
export function wordHash(buffer: WordHashes, index: number, slot: number): number {
  if (index < 0) return BOUNDARY_BEFORE ^ slot;
  if (index >= buffer.length) return BOUNDARY_AFTER ^ slot;
  return buffer.values[index * STRIDE + slot]!;
}
