/**
 * The labeled dependency parser: greedy arc-hybrid transitions scored by an averaged perceptron.
 * One decoding function serves training (scoring with the live trainer, choosing transitions via
 * the oracle) and inference (scoring with the finished model), so features cannot drift.
 */
import { WhosaidError } from '../errors.js';
import { createFeatureBuffer, hashTemplate, hashText, finishHash, type FeatureBuffer } from './feature-hash.js';
import { parserFeatures } from './parser-features.js';
import { applyTransition, createParserState, isTerminal, isValid, kindOf, LEFT, resetParserState, RIGHT, SHIFT, type ParserState } from './parser-state.js';
import { deserializeModel, scoreModel, serializeModel, type LinearModel } from './perceptron.js';
import { computeWordHashes, createWordHashes, type WordHashes } from './word-hashes.js';

/** A finished parser. */
export interface ParserModel {
  kind: 'parser';
  linear: LinearModel;
  /** Dependency relation names; label id l is labels[l]. */
  labels: readonly string[];
}

/** Reusable buffers for parsing. */
export interface ParserScratch {
  state: ParserState;
  words: WordHashes;
  tags: Uint32Array;
  features: FeatureBuffer;
  scores: Float32Array;
}

/** Make scratch buffers for a parser with `classCount` transition classes. */
export function createParserScratch(classCount: number): ParserScratch {
  return { state: createParserState(), words: createWordHashes(), tags: new Uint32Array(64), features: createFeatureBuffer(96), scores: new Float32Array(classCount) };
}

/** Scores every class for one feature buffer into `scores`. */
export type TransitionScorer = (features: FeatureBuffer, scores: Float32Array) => Float32Array;

/** Picks the class to apply given the configuration, its features and the scores (training uses the oracle here). */
export type TransitionChooser = (state: ParserState, features: FeatureBuffer, scores: Float32Array) => number;

/** The highest-scoring class whose transition is valid in the state. */
export function bestValidClass(state: ParserState, scores: Float32Array, classCount: number): number {
  const shiftValid = isValid(state, SHIFT);
  const leftValid = isValid(state, LEFT);
  const rightValid = isValid(state, RIGHT);
  let best = -1;
  let bestScore = -Infinity;
  if (shiftValid) {
    best = 0;
    bestScore = scores[0]!;
  }
  for (let c = 1; c < classCount; c++) {
    if (!((c & 1) === 1 ? leftValid : rightValid)) continue;
    const score = scores[c]!;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Hash each word's tag pair for the parser's tag features. */
export function tagValues(upos: readonly string[], xpos: readonly string[], out: Uint32Array): Uint32Array {
  for (let i = 0; i < upos.length; i++) out[i] = finishHash(hashText(hashText(hashTemplate(7), upos[i] ?? ''), xpos[i] ?? ''));
  return out;
}

/**
 * Parse one sentence of normalized words with their tags; the returned state holds `heads`
 * (n for the root) and `labels` for words 0..n-1. `choose` defaults to the best valid class.
 */
export function decodeParse(words: readonly string[], upos: readonly string[], xpos: readonly string[], score: TransitionScorer, scratch: ParserScratch, choose?: TransitionChooser): ParserState {
  const n = words.length;
  const state = resetParserState(scratch.state, n);
  scratch.state = state;
  computeWordHashes(words, scratch.words);
  if (scratch.tags.length < n) scratch.tags = new Uint32Array(n * 2);
  tagValues(upos, xpos, scratch.tags);
  const classCount = scratch.scores.length;
  while (!isTerminal(state)) {
    // With an empty stack SHIFT is the only valid transition, so inference need not score it
    // (training still does: the oracle's update and the averaging clock see every configuration).
    if (!choose && state.stackSize === 0) {
      applyTransition(state, SHIFT);
      continue;
    }
    parserFeatures(state, scratch.words, scratch.tags, scratch.features);
    score(scratch.features, scratch.scores);
    const cls = choose ? choose(state, scratch.features, scratch.scores) : bestValidClass(state, scratch.scores, classCount);
    if (cls < 0 || !isValid(state, kindOf(cls))) throw new WhosaidError('INTERNAL', `parser reached a configuration with no valid transition (stack ${state.stackSize}, buffer ${state.buffer}/${n})`);
    applyTransition(state, cls);
  }
  return state;
}

/** A parse: head index per word (-1 for the root) and relation name per word. */
export interface Parse {
  heads: Int32Array;
  deprels: string[];
}

/** Parse one sentence with a finished model. */
export function parseWords(model: ParserModel, words: readonly string[], upos: readonly string[], xpos: readonly string[], scratch: ParserScratch = createParserScratch(model.linear.classCount)): Parse {
  const linear = model.linear;
  const state = decodeParse(words, upos, xpos, (features, scores) => scoreModel(linear, features, scores), scratch);
  const n = words.length;
  const heads = new Int32Array(n);
  const deprels: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const head = state.heads[i]!;
    heads[i] = head === n ? -1 : head;
    deprels[i] = model.labels[state.labels[i]!] ?? 'dep';
  }
  return { heads, deprels };
}

/** The on-disk format name, bumped when features or layout change. */
export const PARSER_FORMAT = 'whosaid-parser@1';

interface ParserMetadata {
  format: string;
  labels: string[];
}

/** Serialize a parser to compressed bytes. */
export function serializeParser(model: ParserModel): Buffer {
  const metadata: ParserMetadata = { format: PARSER_FORMAT, labels: [...model.labels] };
  return serializeModel(model.linear, metadata);
}

/** Read a parser written by serializeParser; throws MODEL_UNAVAILABLE on a foreign or outdated file. */
export function deserializeParser(bytes: Uint8Array, name = 'parser model'): ParserModel {
  const { model, metadata } = deserializeModel(bytes, name);
  const meta = metadata as Partial<ParserMetadata> | null;
  if (!meta || meta.format !== PARSER_FORMAT || !Array.isArray(meta.labels) || model.classCount !== 1 + 2 * meta.labels.length) {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is not a ${PARSER_FORMAT} model`);
  }
  return { kind: 'parser', linear: model, labels: meta.labels };
}
