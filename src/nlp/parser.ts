/**
 * The labeled dependency parser: greedy arc-hybrid transitions scored by an averaged perceptron
 * whose classes are (transition, label) pairs. At inference a cheap gate (parser-gate.ts) decides
 * each transition it is sure of, and its label when it is sure of that too; only the rest is scored
 * by this joint model (about one configuration in eight on EWT dev), which makes parsing about 1.5
 * times as fast with the same attachments. One decoding function serves training (scoring with the live
 * trainer, choosing transitions via the oracle) and inference, so features cannot drift.
 */
import { WhosaidError } from '../errors.js';
import { createFeatureBuffer, type FeatureBuffer } from './feature-hash.js';
import { labelFeatures, LABEL_FEATURE_COUNT, parserFeatures, startSentence, tagValues } from './parser-features.js';
import { bestLabel, deserializeGate, scoreTransitionTable, serializeGate, type GateModel } from './parser-gate.js';
import { applyTransition, classOf, createParserState, isTerminal, isValid, kindOf, LEFT, parseOf, RIGHT, SHIFT, type ParserState } from './parser-state.js';
import { deserializeModel, scoreModel, serializeModel, type LinearModel } from './perceptron.js';
import { createWordHashes, type WordHashes } from './word-hashes.js';

/** A finished parser. */
export interface ParserModel {
  kind: 'parser';
  linear: LinearModel;
  /** Dependency relation names; label id l is labels[l]. */
  labels: readonly string[];
  /** The gate that decides the transitions it is sure of (null: the joint model decides all, as in training). */
  gate: GateModel | null;
  /** The gate's transition is taken when its score beats every other valid one's by at least this much. */
  transitionMargin: number;
  /** The gate's label is taken when its score beats every other allowed label's by at least this much. */
  labelMargin: number;
}

/** The gate's margins, chosen on EWT and GUM dev (docs/nlp.md): with these the gate leaves 13% of the configurations to the joint model. */
export const DEFAULT_MARGINS = { transitionMargin: 40, labelMargin: 10 };

/** Reusable buffers for parsing. */
export interface ParserScratch {
  state: ParserState;
  words: WordHashes;
  tags: Uint32Array;
  features: FeatureBuffer;
  scores: Float32Array;
  gateScores: Float32Array;
  labelFeatures: FeatureBuffer;
  labelScores: Float32Array;
}

/** Make scratch buffers for a parser with `classCount` transition classes. */
export function createParserScratch(classCount: number): ParserScratch {
  return {
    state: createParserState(), words: createWordHashes(), tags: new Uint32Array(64), features: createFeatureBuffer(96), scores: new Float32Array(classCount),
    gateScores: new Float32Array(3), labelFeatures: createFeatureBuffer(LABEL_FEATURE_COUNT), labelScores: new Float32Array(classCount),
  };
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

/** Hash each word's tag pair for the parser's tag features (defined with the features, which the gate shares). */
export { tagValues };

/**
 * Parse one sentence of normalized words with their tags; the returned state holds `heads`
 * (n for the root) and `labels` for words 0..n-1. `choose` defaults to the best valid class.
 */
export function decodeParse(words: readonly string[], upos: readonly string[], xpos: readonly string[], score: TransitionScorer, scratch: ParserScratch, choose?: TransitionChooser): ParserState {
  const n = words.length;
  const state = startSentence(words, upos, xpos, scratch);
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
  const state = model.gate ? decodeWithGate(model, model.gate, words, upos, xpos, scratch) : decodeParse(words, upos, xpos, (features, scores) => scoreModel(linear, features, scores), scratch);
  return parseOf(state, model.labels);
}

/**
 * Parse with the gate deciding what it is sure of: its best valid transition when that beats the
 * others by transitionMargin, then, for an arc, its label when that beats the other labels by
 * labelMargin; otherwise the joint model's best valid class (or its best label for the gate's
 * transition). Both models read the same configuration features.
 */
function decodeWithGate(model: ParserModel, gate: GateModel, words: readonly string[], upos: readonly string[], xpos: readonly string[], scratch: ParserScratch): ParserState {
  const n = words.length;
  const state = startSentence(words, upos, xpos, scratch);
  if (scratch.labelScores.length < gate.labels.length) scratch.labelScores = new Float32Array(gate.labels.length);
  const gateScores = scratch.gateScores;
  const transitionMargin = model.transitionMargin / gate.linear.scale;
  const classCount = model.linear.classCount;
  while (!isTerminal(state)) {
    if (state.stackSize === 0) {
      applyTransition(state, SHIFT);
      continue;
    }
    parserFeatures(state, scratch.words, scratch.tags, scratch.features);
    scoreTransitionTable(gate, scratch.features, gateScores);
    let best = -1;
    let second = -1;
    for (let kind = SHIFT; kind <= RIGHT; kind++) {
      if (!isValid(state, kind)) continue;
      if (best < 0 || gateScores[kind]! > gateScores[best]!) {
        second = best;
        best = kind;
      } else if (second < 0 || gateScores[kind]! > gateScores[second]!) second = kind;
    }
    if (second >= 0 && gateScores[best]! - gateScores[second]! < transitionMargin) {
      applyTransition(state, bestValidClass(state, scoreModel(model.linear, scratch.features, scratch.scores), classCount));
      continue;
    }
    let label = 0;
    if (best === LEFT && state.buffer === n) label = gate.rootLabel;
    else if (best !== SHIFT) label = chooseLabel(model, gate, state, best, scratch);
    applyTransition(state, classOf(best, label));
  }
  return state;
}

/** The label of the arc `kind` builds: the gate's when it is sure, else the joint model's best for that transition. */
function chooseLabel(model: ParserModel, gate: GateModel, state: ParserState, kind: number, scratch: ParserScratch): number {
  const scores = scoreModel(gate.labelModel, labelFeatures(state, kind, scratch.words, scratch.tags, scratch.labelFeatures), scratch.labelScores);
  const label = bestLabel(gate.labelDirections, gate.rootLabel, kind, scores);
  const bit = kind === LEFT ? 1 : 2;
  let runnerUp = -Infinity;
  for (let other = 0; other < gate.labels.length; other++) {
    if (other !== label && other !== gate.rootLabel && (gate.labelDirections[other]! & bit) !== 0 && scores[other]! > runnerUp) runnerUp = scores[other]!;
  }
  if (scores[label]! - runnerUp >= model.labelMargin) return label;
  const joint = scoreModel(model.linear, scratch.features, scratch.scores);
  let best = -1;
  for (let cls = 1; cls < model.linear.classCount; cls++) if (kindOf(cls) === kind && (best < 0 || joint[cls]! > joint[best]!)) best = cls;
  return (best - 1) >> 1;
}

/** The on-disk format name, bumped when features or layout change. */
export const PARSER_FORMAT = 'whosaid-parser@2';

/** Magic bytes of the parser file: then three byte lengths and the joint model, the gate's transition model and its label model, each compressed. */
const CONTAINER_MAGIC = 'WSPARSE2';

interface ParserMetadata {
  format: string;
  labels: string[];
  transitionMargin: number;
  labelMargin: number;
}

/** Serialize a parser with its gate to bytes. */
export function serializeParser(model: ParserModel): Buffer {
  if (!model.gate) throw new WhosaidError('INVALID_OPTION', 'a parser is saved with its gate (see trainGate)');
  const metadata: ParserMetadata = { format: PARSER_FORMAT, labels: [...model.labels], transitionMargin: model.transitionMargin, labelMargin: model.labelMargin };
  const parts = [serializeModel(model.linear, metadata), ...serializeGate(model.gate)];
  const prefix = Buffer.alloc(CONTAINER_MAGIC.length + 4 * parts.length);
  prefix.write(CONTAINER_MAGIC, 0, 'latin1');
  parts.forEach((part, i) => prefix.writeUInt32LE(part.length, CONTAINER_MAGIC.length + 4 * i));
  return Buffer.concat([prefix, ...parts]);
}

/** Read a parser written by serializeParser; throws MODEL_UNAVAILABLE on a foreign or outdated file. */
export function deserializeParser(bytes: Uint8Array, name = 'parser model'): ParserModel {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = CONTAINER_MAGIC.length + 12;
  if (buffer.length < start || buffer.toString('latin1', 0, CONTAINER_MAGIC.length) !== CONTAINER_MAGIC) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is not a ${PARSER_FORMAT} model`);
  const lengths = [0, 1, 2].map((i) => buffer.readUInt32LE(CONTAINER_MAGIC.length + 4 * i));
  if (start + lengths[0]! + lengths[1]! + lengths[2]! !== buffer.length) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is truncated`);
  const part = (i: number): Buffer => {
    const offset = start + lengths.slice(0, i).reduce((sum, length) => sum + length, 0);
    return buffer.subarray(offset, offset + lengths[i]!);
  };
  const { model, metadata } = deserializeModel(part(0), name);
  const meta = metadata as Partial<ParserMetadata> | null;
  if (!meta || meta.format !== PARSER_FORMAT || !Array.isArray(meta.labels) || model.classCount !== 1 + 2 * meta.labels.length || typeof meta.transitionMargin !== 'number' || typeof meta.labelMargin !== 'number') {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is not a ${PARSER_FORMAT} model`);
  }
  const gate = deserializeGate(part(1), part(2), name);
  if (gate.labels.join('\n') !== meta.labels.join('\n') || gate.linear.classCount !== 3) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} has a gate that does not fit its joint model`);
  return { kind: 'parser', linear: model, labels: meta.labels, gate, transitionMargin: meta.transitionMargin, labelMargin: meta.labelMargin };
}
