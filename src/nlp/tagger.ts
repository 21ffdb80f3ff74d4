/**
 * The part-of-speech tagger: greedy left-to-right averaged perceptron over joint UPOS+XPOS
 * classes, with a dictionary of frequent unambiguous words that bypasses the model. The same
 * decoding function serves training (scoring with the live trainer) and inference (scoring with
 * the finished model), so features cannot drift between the two.
 */
import { WhosaidError } from '../errors.js';
import { createFeatureBuffer, type FeatureBuffer } from './feature-hash.js';
import { argmax, deserializeModel, scoreModel, serializeModel, type LinearModel } from './perceptron.js';
import { taggerFeatures } from './tagger-features.js';
import { computeWordHashes, createWordHashes, type WordHashes } from './word-hashes.js';

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
  /** Optional second pass that also sees the first pass's tags to the right; null for one pass. */
  second: LinearModel | null;
}

/** Scores every class for one feature buffer into `scores`. */
export type ClassScorer = (features: FeatureBuffer, scores: Float32Array) => Float32Array;

/** Reusable buffers for tagging, so that a long document allocates once. */
export interface TaggerScratch {
  words: WordHashes;
  features: FeatureBuffer;
  scores: Float32Array;
  ambiguity: Int32Array;
  firstPass: Int32Array;
}

/** Make scratch buffers for a tagger with `classCount` classes. */
export function createTaggerScratch(classCount: number): TaggerScratch {
  return { words: createWordHashes(), features: createFeatureBuffer(64), scores: new Float32Array(classCount), ambiguity: new Int32Array(64), firstPass: new Int32Array(64) };
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

/** Tag one sentence of normalized words with a finished model; returns the class index of each word. */
export function tagWords(model: TaggerModel, words: readonly string[], scratch: TaggerScratch = createTaggerScratch(model.classes.length), out: Int32Array = new Int32Array(words.length)): Int32Array {
  const linear = model.linear;
  if (scratch.ambiguity.length < words.length) scratch.ambiguity = new Int32Array(words.length * 2);
  const ambiguity = scratch.ambiguity;
  for (let i = 0; i < words.length; i++) ambiguity[i] = model.lexicon.get(words[i]!) ?? 0;
  const second = model.second;
  if (!second) return decodeTags(words, model.dictionary, ambiguity, (features, scores) => scoreModel(linear, features, scores), scratch, out);
  if (scratch.firstPass.length < words.length) scratch.firstPass = new Int32Array(words.length * 2);
  const firstPass = decodeTags(words, model.dictionary, ambiguity, (features, scores) => scoreModel(linear, features, scores), scratch, scratch.firstPass);
  return decodeTags(words, model.dictionary, ambiguity, (features, scores) => scoreModel(second, features, scores), scratch, out, undefined, firstPass);
}

/** The on-disk format name, bumped when features or layout change. */
export const TAGGER_FORMAT = 'whosaid-tagger@2';

interface TaggerMetadata {
  format: string;
  classes: TagClass[];
  dictionary: Array<[string, number]>;
  lexicon: Array<[string, number]>;
}

/** Signature of the tagger container: the first-pass model, then the optional second-pass model. */
const CONTAINER = 'WSTG';

/** Serialize a tagger to bytes: a signature, the length of the first-pass model, then both models. */
export function serializeTagger(model: TaggerModel): Buffer {
  const metadata: TaggerMetadata = { format: TAGGER_FORMAT, classes: [...model.classes], dictionary: [...model.dictionary], lexicon: [...model.lexicon] };
  const first = serializeModel(model.linear, metadata);
  const second = model.second ? serializeModel(model.second, { format: TAGGER_FORMAT, pass: 2 }) : Buffer.alloc(0);
  const header = Buffer.alloc(CONTAINER.length + 4);
  header.write(CONTAINER, 0, 'latin1');
  header.writeUInt32LE(first.length, CONTAINER.length);
  return Buffer.concat([header, first, second]);
}

/** Read a tagger written by serializeTagger; throws MODEL_UNAVAILABLE on a foreign or outdated file. */
export function deserializeTagger(bytes: Uint8Array, name = 'tagger model'): TaggerModel {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = CONTAINER.length + 4;
  if (buffer.length < headerLength || buffer.toString('latin1', 0, CONTAINER.length) !== CONTAINER) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} does not start with the ${CONTAINER} signature`);
  const firstLength = buffer.readUInt32LE(CONTAINER.length);
  if (headerLength + firstLength > buffer.length) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is truncated`);
  const { model, metadata } = deserializeModel(buffer.subarray(headerLength, headerLength + firstLength), name);
  const rest = buffer.subarray(headerLength + firstLength);
  const second = rest.length > 0 ? deserializeModel(rest, name).model : null;
  const meta = metadata as Partial<TaggerMetadata> | null;
  if (!meta || meta.format !== TAGGER_FORMAT || !Array.isArray(meta.classes) || !Array.isArray(meta.dictionary) || !Array.isArray(meta.lexicon)) {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is not a ${TAGGER_FORMAT} model`);
  }
  return { kind: 'tagger', linear: model, classes: meta.classes, dictionary: new Map(meta.dictionary), lexicon: new Map(meta.lexicon), second };
}
