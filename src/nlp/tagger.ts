/**
 * The part-of-speech tagger: greedy left-to-right averaged perceptron over joint UPOS+XPOS
 * classes, with a dictionary of frequent unambiguous words that bypasses the model. The same
 * feature templates serve training (decodeTags, scoring with the live trainer) and inference
 * (tagWords), so features cannot drift between the two; at inference the templates that depend on
 * one word alone are scored once per distinct word and cached, which gives the same sums (tested).
 */
import { brotliDecompressSync } from 'node:zlib';
import { WhosaidError } from '../errors.js';
import { createFeatureBuffer, type FeatureBuffer } from './feature-hash.js';
import { addModelWeights, argmax, deserializeModel, scoreModel, serializeModel, type LinearModel } from './perceptron.js';
import { NEIGHBOUR_OFFSETS, taggerContextFeatures, taggerFeatures, taggerNeighbourFeatures, taggerWordFeatures } from './tagger-features.js';
import { computeWordHashes, createWordHashes, type WordHashes } from './word-hashes.js';
import { wordnetClass, type WordnetTable } from './wordnet-classes.js';

/** One tag class: a UPOS tag with its PTB XPOS tag. */
export interface TagClass {
  upos: string;
  xpos: string;
}

/** A finished tagger. */
export interface TaggerModel {
  kind: 'tagger';
  linear: LinearModel;
  classes: readonly TagClass[];
  /** Frequent words that (nearly) always carry one class, tagged without the model. */
  dictionary: ReadonlyMap<string, number>;
  /** Ambiguity class (a hash of the set of classes seen with the word) of words seen often enough. */
  lexicon: ReadonlyMap<string, number>;
  /**
   * Ambiguity class of lower-cased words, over all their spellings, for words the lexicon lacks
   * ("Keep" at the start of a sentence gets the classes of "keep"); its values differ from the lexicon's.
   */
  lowerLexicon: ReadonlyMap<string, number>;
  /** WordNet's parts of speech, the class of a word that neither lexicon has (wordnet-classes.ts); null in models trained without it. */
  wordnet: WordnetTable | null;
  /** Optional second pass that also sees the first pass's tags to the right; null for one pass. */
  second: LinearModel | null;
}

/** The ambiguity class of a word: the lexicon's, else that of its lower-cased form, else WordNet's, else 0. */
export function wordAmbiguity(model: Pick<TaggerModel, 'lexicon' | 'lowerLexicon' | 'wordnet'>, word: string): number {
  const known = model.lexicon.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const backoff = lower === word ? 0 : model.lowerLexicon.get(lower) ?? 0;
  return backoff === 0 && model.wordnet ? wordnetClass(model.wordnet, word) : backoff;
}

/** Scores every class for one feature buffer into `scores`. */
export type ClassScorer = (features: FeatureBuffer, scores: Float32Array) => Float32Array;

/** What tagging needs to know about one word type, looked up once per distinct word. */
interface TaggerWord {
  /** The dictionary's class for the word, or -1 when the model decides. */
  dictionaryClass: number;
  /** The lexicon's ambiguity class of the word (0 if unseen). */
  ambiguity: number;
  /**
   * Where in the scratch's sum pool the summed quantized weights of the features that depend on
   * this word alone start (-1 until first needed): at `pass * ROLES + role`, role 0 for the word
   * itself and 1 + k for the word seen from NEIGHBOUR_OFFSETS[k] positions away.
   */
  sums: number[];
}

/** Roles a word's own features can play: itself, then each of NEIGHBOUR_OFFSETS. */
const ROLES = 1 + NEIGHBOUR_OFFSETS.length;

/** Reusable buffers for tagging, so that a long document allocates once. */
export interface TaggerScratch {
  words: WordHashes;
  features: FeatureBuffer;
  scores: Float32Array;
  /** Integer weight sums of one decision (see addModelWeights). */
  sums: Int32Array;
  ambiguity: Int32Array;
  firstPass: Int32Array;
  /** Per distinct word, what the model `wordCacheOwner` says about it alone (inference only). */
  wordCache: Map<string, TaggerWord>;
  wordCacheOwner: TaggerModel | null;
  /** Like TaggerWord.sums, for a neighbour position outside the sentence. */
  boundarySums: number[];
  /** One slab for all cached sums (one class count each), so that caching allocates no small arrays. */
  pool: Int32Array;
  poolUsed: number;
  /** The cache entry of each word of the sentence being tagged. */
  sentenceWords: TaggerWord[];
}

/** Make scratch buffers for a tagger with `classCount` classes. */
export function createTaggerScratch(classCount: number): TaggerScratch {
  return {
    words: createWordHashes(), features: createFeatureBuffer(64), scores: new Float32Array(classCount), sums: new Int32Array(classCount),
    ambiguity: new Int32Array(64), firstPass: new Int32Array(64), wordCache: new Map(), wordCacheOwner: null, boundarySums: newSumSlots(),
    pool: new Int32Array(0), poolUsed: 0, sentenceWords: [],
  };
}

/** Most integers the sum pool of a scratch holds before the cache starts afresh (16 MB; bounds memory on endless input). */
const POOL_LIMIT = 4 * 1024 * 1024;
/** Size of a scratch's first sum pool (1 MB). */
const POOL_START = 256 * 1024;

function newSumSlots(): number[] {
  return new Array<number>(2 * ROLES).fill(-1);
}

/** Room for one more cached sum vector in the pool; returns its offset (tagWords made sure there is room). */
function reserveSums(scratch: TaggerScratch, classCount: number): number {
  const offset = scratch.poolUsed;
  scratch.poolUsed += classCount;
  return offset;
}

/**
 * Decode the tag classes of one sentence of (normalized) words into `out`, given the ambiguity
 * class of each word (see TaggerModel.lexicon) and, for a second pass, the first pass's tags;
 * `onDecision` sees every model decision (the training loop updates the perceptron there).
 */
export function decodeTags(
  words: readonly string[], dictionary: ReadonlyMap<string, number>, ambiguity: Int32Array, score: ClassScorer, scratch: TaggerScratch, out: Int32Array,
  onDecision?: (position: number, features: FeatureBuffer, guess: number) => number, firstPass: Int32Array | null = null,
): Int32Array {
  computeWordHashes(words, scratch.words);
  for (let i = 0; i < words.length; i++) {
    const known = dictionary.get(words[i]!);
    if (known !== undefined) {
      out[i] = known;
      continue;
    }
    taggerFeatures(scratch.words, ambiguity, i, i > 0 ? out[i - 1]! : -1, i > 1 ? out[i - 2]! : -1, scratch.features, firstPass);
    const guess = argmax(score(scratch.features, scratch.scores), scratch.scores.length);
    out[i] = onDecision ? onDecision(i, scratch.features, guess) : guess;
  }
  return out;
}

/**
 * Tag one sentence of normalized words with a finished model; returns the class index of each word.
 * Scores exactly as decodeTags with scoreModel would (the same quantized integers, summed), but the
 * features that depend on the word alone are scored once per distinct word and kept in the scratch.
 */
export function tagWords(model: TaggerModel, words: readonly string[], scratch: TaggerScratch = createTaggerScratch(model.classes.length), out: Int32Array = new Int32Array(words.length)): Int32Array {
  // A full pool starts afresh between sentences, so a sentence's entries stay valid while it is tagged.
  const classCount = scratch.scores.length;
  const needed = classCount * 2 * ROLES * (words.length + 1);
  if (needed > POOL_LIMIT) return tagWithoutCache(model, words, scratch, out);
  if (scratch.wordCacheOwner !== model || scratch.poolUsed + needed > POOL_LIMIT) {
    scratch.wordCache.clear();
    scratch.boundarySums = newSumSlots();
    scratch.poolUsed = 0;
    scratch.wordCacheOwner = model;
  }
  // A small pool first (a scratch may tag one sentence), then the whole pool at once, so growing leaves one small array behind.
  if (scratch.poolUsed + needed > scratch.pool.length) {
    const grown = new Int32Array(scratch.pool.length === 0 ? Math.max(needed, POOL_START) : POOL_LIMIT);
    grown.set(scratch.pool.subarray(0, scratch.poolUsed));
    scratch.pool = grown;
  }
  if (scratch.ambiguity.length < words.length) scratch.ambiguity = new Int32Array(words.length * 2);
  const ambiguity = scratch.ambiguity;
  const entries = scratch.sentenceWords;
  entries.length = words.length;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let entry = scratch.wordCache.get(word);
    if (!entry) {
      entry = { dictionaryClass: model.dictionary.get(word) ?? -1, ambiguity: wordAmbiguity(model, word), sums: newSumSlots() };
      scratch.wordCache.set(word, entry);
    }
    entries[i] = entry;
    ambiguity[i] = entry.ambiguity;
  }
  computeWordHashes(words, scratch.words);
  const second = model.second;
  if (!second) return decodeWithWordSums(model.linear, false, entries, scratch, out, null);
  if (scratch.firstPass.length < words.length) scratch.firstPass = new Int32Array(words.length * 2);
  const firstPass = decodeWithWordSums(model.linear, false, entries, scratch, scratch.firstPass, null);
  return decodeWithWordSums(second, true, entries, scratch, out, firstPass);
}

/** Tag a sentence too long for the sum pool by scoring every feature of every token. */
function tagWithoutCache(model: TaggerModel, words: readonly string[], scratch: TaggerScratch, out: Int32Array): Int32Array {
  if (scratch.ambiguity.length < words.length) scratch.ambiguity = new Int32Array(words.length * 2);
  const ambiguity = scratch.ambiguity;
  for (let i = 0; i < words.length; i++) ambiguity[i] = wordAmbiguity(model, words[i]!);
  const linear = model.linear;
  const second = model.second;
  if (!second) return decodeTags(words, model.dictionary, ambiguity, (features, scores) => scoreModel(linear, features, scores), scratch, out);
  if (scratch.firstPass.length < words.length) scratch.firstPass = new Int32Array(words.length * 2);
  const firstPass = decodeTags(words, model.dictionary, ambiguity, (features, scores) => scoreModel(linear, features, scores), scratch, scratch.firstPass);
  return decodeTags(words, model.dictionary, ambiguity, (features, scores) => scoreModel(second, features, scores), scratch, out, undefined, firstPass);
}

/** decodeTags for inference, with the parts of each score that depend on one word alone taken from that word's cache entry. */
function decodeWithWordSums(linear: LinearModel, secondPass: boolean, entries: readonly TaggerWord[], scratch: TaggerScratch, out: Int32Array, firstPass: Int32Array | null): Int32Array {
  const { features, sums, ambiguity } = scratch;
  const classCount = sums.length;
  const n = entries.length;
  const base = secondPass ? ROLES : 0;
  for (let i = 0; i < n; i++) {
    const entry = entries[i]!;
    if (entry.dictionaryClass >= 0) {
      out[i] = entry.dictionaryClass;
      continue;
    }
    let own = entry.sums[base]!;
    if (own < 0) {
      own = cacheSums(linear, taggerWordFeatures(scratch.words, ambiguity, i, features), scratch);
      entry.sums[base] = own;
    }
    const before2 = neighbourSums(linear, entries, scratch, i, 0, base);
    const before1 = neighbourSums(linear, entries, scratch, i, 1, base);
    const after1 = neighbourSums(linear, entries, scratch, i, 2, base);
    const after2 = neighbourSums(linear, entries, scratch, i, 3, base);
    // One pass over the five cached vectors (NEIGHBOUR_OFFSETS is -2, -1, 1, 2) rather than one per vector.
    const pool = scratch.pool;
    for (let c = 0; c < classCount; c++) sums[c] = pool[own + c]! + pool[before2 + c]! + pool[before1 + c]! + pool[after1 + c]! + pool[after2 + c]!;
    taggerContextFeatures(scratch.words, ambiguity, i, i > 0 ? out[i - 1]! : -1, i > 1 ? out[i - 2]! : -1, features, firstPass);
    // The scale is positive and the sums far below 2^24, so the largest sum is the highest score.
    out[i] = argmaxInteger(addModelWeights(linear, features, sums), classCount);
  }
  return out;
}

/** Where the pool holds the sums of what the word at NEIGHBOUR_OFFSETS[k] from word i gives it alone, computing them on first need. */
function neighbourSums(linear: LinearModel, entries: readonly TaggerWord[], scratch: TaggerScratch, i: number, k: number, base: number): number {
  const offset = NEIGHBOUR_OFFSETS[k]!;
  const j = i + offset;
  const slot = base + 1 + k;
  const cached = j >= 0 && j < entries.length ? entries[j]!.sums : scratch.boundarySums;
  let start = cached[slot]!;
  if (start < 0) {
    start = cacheSums(linear, taggerNeighbourFeatures(scratch.words, scratch.ambiguity, j, offset, scratch.features), scratch);
    cached[slot] = start;
  }
  return start;
}

/** Sum the quantized weights of `features` into a fresh vector of the pool; returns where it starts. */
function cacheSums(linear: LinearModel, features: FeatureBuffer, scratch: TaggerScratch): number {
  const classCount = scratch.sums.length;
  const start = reserveSums(scratch, classCount);
  scratch.pool.fill(0, start, start + classCount);
  addModelWeights(linear, features, scratch.pool, start);
  return start;
}

/** Index of the largest of the first `count` integers (lowest index wins ties, as argmax); perceptron's argmax reads Float32Arrays, and one function for both array types would not stay monomorphic on this hot path. */
function argmaxInteger(values: Int32Array, count: number): number {
  let best = 0;
  let bestValue = values[0]!;
  for (let c = 1; c < count; c++) {
    const value = values[c]!;
    if (value > bestValue) {
      bestValue = value;
      best = c;
    }
  }
  return best;
}

/** The on-disk format name, bumped when features or layout change. */
export const TAGGER_FORMAT = 'whosaid-tagger@4';

interface TaggerMetadata {
  format: string;
  classes: TagClass[];
  dictionary: Array<[string, number]>;
  lexicon: Array<[string, number]>;
  lowerLexicon: Array<[string, number]>;
}

/** Signature of the tagger container: the first-pass model, the optional second-pass model, the WordNet table. */
const CONTAINER = 'WSTG';
const HEADER_LENGTH = CONTAINER.length + 8;

/**
 * Marks the WordNet block stored raw (29 Nov 2026): the mark, the count, the hashes (little-endian), then the
 * bits. Raw, the block is 416 kB against 300 kB with brotli, and loads with two copies instead of a
 * decompression and a loop (5 ms at process start). Older blocks, brotli streams of the count, hashes and bits, still load.
 */
const WORDNET_MARK = 'WSW2';

/** The WordNet table as one block (see WORDNET_MARK); empty without a table. */
function serializeWordnet(table: WordnetTable | null): Buffer {
  if (!table) return Buffer.alloc(0);
  const count = table.hashes.length;
  const prefix = Buffer.alloc(WORDNET_MARK.length + 4);
  prefix.write(WORDNET_MARK, 0, 'latin1');
  prefix.writeUInt32LE(count, WORDNET_MARK.length);
  return Buffer.concat([prefix, Buffer.from(table.hashes.buffer, table.hashes.byteOffset, count * 4), table.bits]);
}

function deserializeWordnet(block: Buffer, name: string): WordnetTable | null {
  if (block.length === 0) return null;
  const marked = block.length >= WORDNET_MARK.length + 4 && block.toString('latin1', 0, WORDNET_MARK.length) === WORDNET_MARK;
  let raw: Buffer;
  try {
    raw = marked ? block.subarray(WORDNET_MARK.length) : brotliDecompressSync(block);
  } catch {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} has a damaged WordNet table`);
  }
  const count = raw.length >= 4 ? raw.readUInt32LE(0) : -1;
  if (count < 0 || raw.length !== 4 + count * 5) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} has a damaged WordNet table`);
  // Copies (so the table does not keep the whole file's buffer alive), through a view when the hashes are aligned.
  const hashesStart = raw.byteOffset + 4;
  const hashes = hashesStart % 4 === 0 ? new Uint32Array(raw.buffer, hashesStart, count).slice() : new Uint32Array(raw.buffer.slice(hashesStart, hashesStart + count * 4));
  return { hashes, bits: new Uint8Array(raw.subarray(4 + count * 4)) };
}

/** Serialize a tagger to bytes: a signature, the lengths of the two models, the models, then the WordNet table. */
export function serializeTagger(model: TaggerModel): Buffer {
  const metadata: TaggerMetadata = { format: TAGGER_FORMAT, classes: [...model.classes], dictionary: [...model.dictionary], lexicon: [...model.lexicon], lowerLexicon: [...model.lowerLexicon] };
  const first = serializeModel(model.linear, metadata);
  const second = model.second ? serializeModel(model.second, { format: TAGGER_FORMAT, pass: 2 }) : Buffer.alloc(0);
  const header = Buffer.alloc(HEADER_LENGTH);
  header.write(CONTAINER, 0, 'latin1');
  header.writeUInt32LE(first.length, CONTAINER.length);
  header.writeUInt32LE(second.length, CONTAINER.length + 4);
  return Buffer.concat([header, first, second, serializeWordnet(model.wordnet)]);
}

/** Read a tagger written by serializeTagger; throws MODEL_UNAVAILABLE on a foreign or outdated file. */
export function deserializeTagger(bytes: Uint8Array, name = 'tagger model'): TaggerModel {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEADER_LENGTH || buffer.toString('latin1', 0, CONTAINER.length) !== CONTAINER) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} does not start with the ${CONTAINER} signature`);
  const firstLength = buffer.readUInt32LE(CONTAINER.length);
  const secondLength = buffer.readUInt32LE(CONTAINER.length + 4);
  const secondStart = HEADER_LENGTH + firstLength;
  if (secondStart + secondLength > buffer.length) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is truncated`);
  const { model, metadata } = deserializeModel(buffer.subarray(HEADER_LENGTH, secondStart), name);
  const second = secondLength > 0 ? deserializeModel(buffer.subarray(secondStart, secondStart + secondLength), name).model : null;
  const meta = metadata as Partial<TaggerMetadata> | null;
  if (!meta || meta.format !== TAGGER_FORMAT || !Array.isArray(meta.classes) || !Array.isArray(meta.dictionary) || !Array.isArray(meta.lexicon) || !Array.isArray(meta.lowerLexicon)) {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is not a ${TAGGER_FORMAT} model`);
  }
  const wordnet = deserializeWordnet(buffer.subarray(secondStart + secondLength), name);
  return { kind: 'tagger', linear: model, classes: meta.classes, dictionary: new Map(meta.dictionary), lexicon: new Map(meta.lexicon), lowerLexicon: new Map(meta.lowerLexicon), wordnet, second };
}
