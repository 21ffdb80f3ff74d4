/**
 * The parser's gate: a fast pair of averaged perceptrons that decides most transitions on its own.
 * A transition model over SHIFT / LEFT / RIGHT, scored for every configuration from a dense table
 * (three weights per bucket, one memory access per feature), and a label model scored only when an
 * arc is built, with features of both the head and the dependent's finished subtree. When either is
 * unsure, the joint labeled model of parser.ts decides instead (decodeWithGate there). The
 * transition classes may also name the commonest labels (labeledClasses in training; tried, not shipped).
 * One decoding function serves training and the gate-only parse, so features cannot drift.
 */
import { WhosaidError } from '../errors.js';
import { createFeatureBuffer, type FeatureBuffer } from './feature-hash.js';
import { LABEL_FEATURE_COUNT, labelFeatures, parserFeatures, startSentence } from './parser-features.js';
import { applyTransition, classOf, createParserState, isTerminal, isValid, LEFT, parseOf, RIGHT, SHIFT, type ParserState } from './parser-state.js';
import { deserializeModel, scoreModel, serializeModel, type LinearModel } from './perceptron.js';
import { createWordHashes, type WordHashes } from './word-hashes.js';
import type { Parse } from './parser.js';

/** A finished gate. */
export interface GateModel {
  kind: 'parser-gate';
  /**
   * The transition model. Class c applies transition kind transitionKinds[c] (SHIFT, LEFT or RIGHT);
   * an arc class either names its label (transitionLabels[c] ≥ 0, the commonest labels) or leaves it
   * to the label model (-1). Classes 0, 1, 2 are SHIFT, LEFT and RIGHT with the label left open.
   */
  linear: LinearModel;
  transitionKinds: Uint8Array;
  transitionLabels: Int16Array;
  /** The transition model's quantized weights as a dense table: bucket b's weights at transitionStride * b + class. */
  transitionTable: Int16Array;
  transitionStride: number;
  /** The label model: class l is labels[l]. */
  labelModel: LinearModel;
  /** Dependency relation names; label id l is labels[l]. */
  labels: readonly string[];
  /** Per label: bit 1 when the label model may give it to a left arc (head after the dependent), bit 2 to a right arc. */
  labelDirections: Uint8Array;
  /** The label of the arc from the root ("root"). */
  rootLabel: number;
}

/** Reusable buffers for parsing with the gate alone. */
export interface GateScratch {
  state: ParserState;
  words: WordHashes;
  tags: Uint32Array;
  features: FeatureBuffer;
  scores: Float32Array;
  labelFeatures: FeatureBuffer;
  labelScores: Float32Array;
}

/** Make scratch buffers for parsing (score buffers grow to the model's class counts on first use). */
export function createGateScratch(labelCount = 64): GateScratch {
  return {
    state: createParserState(), words: createWordHashes(), tags: new Uint32Array(64), features: createFeatureBuffer(96),
    scores: new Float32Array(labelCount), labelFeatures: createFeatureBuffer(LABEL_FEATURE_COUNT), labelScores: new Float32Array(labelCount),
  };
}

/** How one parse chooses its steps: the scorer of transitions, the choice of the kind and of the arc's label. */
export interface GateSteps {
  /** Scores every transition class for a configuration's features into `scores`. */
  scoreTransitions: (features: FeatureBuffer, scores: Float32Array) => void;
  /** The transition class to apply (inference: the best valid one; training: from the oracle). */
  chooseClass: (state: ParserState, features: FeatureBuffer, scores: Float32Array) => number;
  /** The label of the arc that `kind` builds from its head to s0, given the label features. */
  chooseLabel: (state: ParserState, kind: number, features: FeatureBuffer) => number;
}

/** The highest-scoring valid transition class (lowest on ties), or -1 when none is valid. */
export function bestValidClass(state: ParserState, kinds: Uint8Array, scores: Float32Array): number {
  const shiftValid = isValid(state, SHIFT);
  const leftValid = isValid(state, LEFT);
  const rightValid = isValid(state, RIGHT);
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < kinds.length; c++) {
    const kind = kinds[c]!;
    if (!(kind === SHIFT ? shiftValid : kind === LEFT ? leftValid : rightValid)) continue;
    if (scores[c]! > bestScore) {
      best = c;
      bestScore = scores[c]!;
    }
  }
  return best;
}

/** The highest-scoring label allowed for an arc of `kind` (never the root label, which only the root's arc takes). */
export function bestLabel(labelDirections: Uint8Array, rootLabel: number, kind: number, scores: Float32Array): number {
  const bit = kind === LEFT ? 1 : 2;
  let best = -1;
  let bestScore = -Infinity;
  for (let label = 0; label < labelDirections.length; label++) {
    if (label === rootLabel || (labelDirections[label]! & bit) === 0) continue;
    if (scores[label]! > bestScore) {
      best = label;
      bestScore = scores[label]!;
    }
  }
  return best < 0 ? 0 : best;
}

/**
 * Parse one sentence of normalized words with their tags; the returned state holds `heads`
 * (n for the root) and `labels` for words 0..n-1. The root's single arc always takes `rootLabel`.
 */
export function decodeGateParse(words: readonly string[], upos: readonly string[], xpos: readonly string[], steps: GateSteps, scratch: GateScratch, classes: TransitionClasses): ParserState {
  const n = words.length;
  const state = startSentence(words, upos, xpos, scratch);
  while (!isTerminal(state)) {
    // With an empty stack SHIFT is the only valid transition: nothing to score or learn.
    if (state.stackSize === 0) {
      applyTransition(state, SHIFT);
      continue;
    }
    parserFeatures(state, scratch.words, scratch.tags, scratch.features);
    steps.scoreTransitions(scratch.features, scratch.scores);
    const cls = steps.chooseClass(state, scratch.features, scratch.scores);
    const kind = cls < 0 ? -1 : classes.transitionKinds[cls]!;
    if (kind < 0 || !isValid(state, kind)) throw new WhosaidError('INTERNAL', `parser reached a configuration with no valid transition (stack ${state.stackSize}, buffer ${state.buffer}/${n})`);
    let label = 0;
    if (kind === LEFT && state.buffer === n) label = classes.rootLabel;
    else if (kind !== SHIFT && classes.transitionLabels[cls]! >= 0) label = classes.transitionLabels[cls]!;
    else if (kind !== SHIFT) label = steps.chooseLabel(state, kind, labelFeatures(state, kind, scratch.words, scratch.tags, scratch.labelFeatures));
    applyTransition(state, classOf(kind, label));
  }
  return state;
}

/**
 * Sum the dense transition weights of the features into `scores` (integer sums: the scale is
 * positive, so they rank the classes as the scaled scores do).
 */
export function scoreTransitionTable(model: GateModel, features: FeatureBuffer, scores: Float32Array): Float32Array {
  const table = model.transitionTable;
  const mask = model.linear.mask;
  const hashes = features.hashes;
  const classCount = model.linear.classCount;
  if (classCount === 3) {
    let shift = 0;
    let left = 0;
    let right = 0;
    for (let f = 0; f < features.length; f++) {
      const row = (hashes[f]! & mask) << 2;
      shift += table[row]!;
      left += table[row + 1]!;
      right += table[row + 2]!;
    }
    scores[SHIFT] = shift;
    scores[LEFT] = left;
    scores[RIGHT] = right;
    return scores;
  }
  const stride = model.transitionStride;
  scores.fill(0, 0, classCount);
  for (let f = 0; f < features.length; f++) {
    const row = (hashes[f]! & mask) * stride;
    for (let c = 0; c < classCount; c++) scores[c]! += table[row + c]!;
  }
  return scores;
}

/** The steps of inference with a finished model. */
export function modelSteps(model: GateModel, scratch: GateScratch): GateSteps {
  if (scratch.labelScores.length < model.labels.length) scratch.labelScores = new Float32Array(model.labels.length);
  if (scratch.scores.length < model.linear.classCount) scratch.scores = new Float32Array(model.linear.classCount);
  return {
    scoreTransitions: (features, scores) => scoreTransitionTable(model, features, scores),
    chooseClass: (state, _features, scores) => bestValidClass(state, model.transitionKinds, scores),
    chooseLabel: (_state, kind, features) => bestLabel(model.labelDirections, model.rootLabel, kind, scoreModel(model.labelModel, features, scratch.labelScores)),
  };
}

/** Parse one sentence with the gate alone (no joint model). */
export function parseWithGate(model: GateModel, words: readonly string[], upos: readonly string[], xpos: readonly string[], scratch: GateScratch = createGateScratch(model.labels.length)): Parse {
  const state = decodeGateParse(words, upos, xpos, modelSteps(model, scratch), scratch, model);
  return parseOf(state, model.labels);
}

/** What decoding needs to know of the transition classes. */
export interface TransitionClasses {
  transitionKinds: Uint8Array;
  transitionLabels: Int16Array;
  rootLabel: number;
}

/** The transition classes: SHIFT, LEFT, RIGHT with the label left open, then one class per (kind, label) in `specific`. */
export function transitionClasses(specific: ReadonlyArray<readonly [number, number]>, rootLabel: number): TransitionClasses {
  const transitionKinds = Uint8Array.from([SHIFT, LEFT, RIGHT, ...specific.map(([kind]) => kind)]);
  const transitionLabels = Int16Array.from([-1, -1, -1, ...specific.map(([, label]) => label)]);
  return { transitionKinds, transitionLabels, rootLabel };
}

/** Make a parser from its two finished models; builds the dense transition table when there are three classes. */
export function assembleGate(transitions: LinearModel, labelModel: LinearModel, labels: readonly string[], labelDirections: Uint8Array, classes: TransitionClasses): GateModel {
  const buckets = 1 << transitions.bucketBits;
  // Rows padded to a multiple of four weights (8 bytes), so that a row of three shares one cache line.
  const stride = (transitions.classCount + 3) & ~3;
  const table = new Int16Array(buckets * stride);
  const { rowStart, entries } = transitions;
  for (let b = 0; b < buckets; b++) {
    for (let i = rowStart[b]!; i < rowStart[b + 1]!; i++) table[stride * b + (entries[i]! & 0xffff)] = entries[i]! >> 16;
  }
  return { kind: 'parser-gate', linear: transitions, transitionTable: table, transitionStride: stride, labelModel, labels, labelDirections, ...classes };
}

interface GateMetadata {
  labels: string[];
  labelDirections: number[];
  /** The (kind, label) of each transition class after the first three. */
  specific: Array<[number, number]>;
}

/** Serialize a gate: its transition model (with the label metadata) and its label model, each compressed. */
export function serializeGate(model: GateModel): Buffer[] {
  const metadata: GateMetadata = { labels: [...model.labels], labelDirections: Array.from(model.labelDirections), specific: Array.from(model.transitionKinds.subarray(3), (kind, i) => [kind, model.transitionLabels[i + 3]!]) };
  return [serializeModel(model.linear, metadata), serializeModel(model.labelModel, null)];
}

/** Read a gate from the two parts written by serializeGate; throws MODEL_UNAVAILABLE when they do not fit together. */
export function deserializeGate(transitionBytes: Uint8Array, labelBytes: Uint8Array, name: string): GateModel {
  const { model: transitions, metadata } = deserializeModel(transitionBytes, name);
  const { model: labelModel } = deserializeModel(labelBytes, name);
  const meta = metadata as Partial<GateMetadata> | null;
  if (!meta || !Array.isArray(meta.labels) || !Array.isArray(meta.labelDirections) || !Array.isArray(meta.specific) || transitions.classCount !== 3 + meta.specific.length || labelModel.classCount !== meta.labels.length) {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} has no valid gate model`);
  }
  const root = meta.labels.indexOf('root');
  return assembleGate(transitions, labelModel, meta.labels, Uint8Array.from(meta.labelDirections), transitionClasses(meta.specific, root < 0 ? 0 : root));
}
