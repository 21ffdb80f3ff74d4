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
}

/** Scores every class for one feature buffer into `scores`. */
export type ClassScorer = (features: FeatureBuffer, scores: Float32Array) => Float32Array;

/** Reusable buffers for tagging, so that a long document allocates once. */
export interface TaggerScratch {
  words: WordHashes;
  features: FeatureBuffer;
  scores: Float32Array;
  ambiguity: Int32Array;
}

/** Make scratch buffers for a tagger with `classCount` classes. */
export function createTaggerScratch(classCount: number): TaggerScratch {
  return { words: createWordHashes(), features: createFeatureBuffer(64), scores: new Float32Array(classCount), ambiguity: new Int32Array(64) };
}

/**
 * Decode the tag classes of one sentence of (normalized) words into `out`, given the ambiguity
 * class of each word (see TaggerModel.lexicon); `onDecision` sees
 * every model decision (the training loop updates the perceptron there).
 */
export function decodeTags(
  words: readonly string[], dictionary: ReadonlyMap<string, number>, ambiguity: Int32Array, score: ClassScorer, scratch: TaggerScratch, out: Int32Array,
  onDecision?: (position: number, features: FeatureBuffer, guess: number) => number,
): Int32Array {
  computeWordHashes(words, scratch.words);
  for (let i = 0; i < words.length; i++) {
    const known = dictionary.get(words[i]!);
    if (known !== undefined) {
      out[i] = known;
      continue;
    }
    taggerFeatures(scratch.words, ambiguity, i, i > 0 ? out[i - 1]! : -1, i > 1 ? out[i - 2]! : -1, scratch.features);
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
  return decodeTags(words, model.dictionary, ambiguity, (features, scores) => scoreModel(linear, features, scores), scratch, out);
}

/** The on-disk format name, bumped when features or layout change. */
export const TAGGER_FORMAT = 'whosaid-tagger@1';

interface TaggerMetadata {
  format: string;
  classes: TagClass[];
  dictionary: Array<[string, number]>;
  lexicon: Array<[string, number]>;
}

/** Serialize a tagger to compressed bytes. */
export function serializeTagger(model: TaggerModel): Buffer {
  const metadata: TaggerMetadata = { format: TAGGER_FORMAT, classes: [...model.classes], dictionary: [...model.dictionary], lexicon: [...model.lexicon] };
  return serializeModel(model.linear, metadata);
}

/** Read a tagger written by serializeTagger; throws MODEL_UNAVAILABLE on a foreign or outdated file. */
export function deserializeTagger(bytes: Uint8Array, name = 'tagger model'): TaggerModel {
  const { model, metadata } = deserializeModel(bytes, name);
  const meta = metadata as Partial<TaggerMetadata> | null;
  if (!meta || meta.format !== TAGGER_FORMAT || !Array.isArray(meta.classes) || !Array.isArray(meta.dictionary) || !Array.isArray(meta.lexicon)) {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is not a ${TAGGER_FORMAT} model`);
  }
  return { kind: 'tagger', linear: model, classes: meta.classes, dictionary: new Map(meta.dictionary), lexicon: new Map(meta.lexicon) };
}
