/**
 * Cheap 32-bit feature hashing for the linear models: a feature is a template id mixed with the
 * characters of a string (or a slice of one) or a number, so extraction allocates no strings.
 */

/** FNV-1a offset basis, mixed with the template id to start each feature. */
const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a prime. */
const FNV_PRIME = 0x01000193;

/** Start a feature hash for a template id (a small integer naming the feature template). */
export function hashTemplate(template: number): number {
  return Math.imul(FNV_OFFSET ^ template, FNV_PRIME) >>> 0;
}

/** Mix the UTF-16 code units text[start, end) into a running hash. */
export function hashText(hash: number, text: string, start = 0, end = text.length): number {
  let h = hash;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  // A separator so that ("ab","c") and ("a","bc") hash differently when two strings are mixed.
  return Math.imul(h ^ 0xff, FNV_PRIME) >>> 0;
}

/** Mix a 32-bit integer into a running hash. */
export function hashNumber(hash: number, value: number): number {
  let h = Math.imul(hash ^ (value & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((value >>> 8) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((value >>> 16) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ (value >>> 24), FNV_PRIME);
  return h >>> 0;
}

/** Final avalanche so that the low bits used for bucketing depend on every input bit. */
export function finishHash(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A reusable buffer of feature hashes for one prediction. */
export interface FeatureBuffer {
  hashes: Uint32Array;
  length: number;
  /** Scratch space for scoring: the run of model entries of each feature (see perceptron.ts). */
  rows: Uint32Array;
}

/** Make an empty feature buffer. */
export function createFeatureBuffer(capacity = 128): FeatureBuffer {
  return { hashes: new Uint32Array(capacity), length: 0, rows: new Uint32Array(2 * capacity + 1) };
}

/** Empty a feature buffer for reuse. */
export function clearFeatures(buffer: FeatureBuffer): void {
  buffer.length = 0;
}

/** Append one finished feature hash (call finishHash on the running hash first, or pass any 32-bit value). */
export function addFeature(buffer: FeatureBuffer, hash: number): void {
  if (buffer.length === buffer.hashes.length) {
    const grown = new Uint32Array(buffer.hashes.length * 2);
    grown.set(buffer.hashes);
    buffer.hashes = grown;
  }
  buffer.hashes[buffer.length++] = hash >>> 0;
}

/** A finished feature from a template id and one 32-bit value. */
export function feature1(template: number, a: number): number {
  return finishHash(Math.imul((template + 1) ^ 0x27d4eb2f, FNV_PRIME) ^ a);
}

/** A finished feature from a template id and two 32-bit values (order matters). */
export function feature2(template: number, a: number, b: number): number {
  return finishHash(Math.imul(Math.imul((template + 1) ^ 0x27d4eb2f, FNV_PRIME) ^ a, FNV_PRIME) ^ b);
}

/** A finished feature from a template id and three 32-bit values (order matters). */
export function feature3(template: number, a: number, b: number, c: number): number {
  return finishHash(Math.imul(Math.imul(Math.imul((template + 1) ^ 0x27d4eb2f, FNV_PRIME) ^ a, FNV_PRIME) ^ b, FNV_PRIME) ^ c);
}
