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
import { labelFeatures, LABEL_FEATURE_COUNT, parserFeatures, SINGLE_POSITION_ROLES, SINGLE_POSITION_TEMPLATES, singlePositionFeature, singlePositions, startSentence, tagValue, tagValues, wordValue } from './parser-features.js';
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
  /** The gate's cached sums of single-position features (inference only). */
  singles: SingleSums;
}

/**
 * The gate's summed transition weights of the single-position features (SINGLE_POSITION_TEMPLATES),
 * per distinct (word, tag) pair and role, so that each configuration looks up 26 fewer rows of its
 * 8 MB table. The sums are the same integers as when the features are scored one by one.
 */
interface SingleSums {
  /** The gate whose weights the sums hold (the cache starts afresh for another). */
  owner: GateModel | null;
  /** Open-addressing table: slot s holds the pair (keys[2s], keys[2s + 1]) and its entry + 1 in slotEntry[s] (0: empty). */
  keys: Uint32Array;
  slotEntry: Int32Array;
  /** Entry e's sums for role r start at e * SUMS_STRIDE + 3 * r (SHIFT, LEFT, RIGHT). */
  sums: Int32Array;
  count: number;
  /** Per word of the current sentence (and the root at n), where its entry's sums start; the absent position's at n + 1. */
  offsets: Int32Array;
  positions: Int32Array;
}

/** Integers per cached (word, tag) pair: three transition sums per role. */
const SUMS_STRIDE = 3 * SINGLE_POSITION_ROLES;
/** Most pairs cached before the cache starts afresh (4.7 MB of sums; 800 BBC articles have 22k pairs). */
const SUMS_LIMIT = 1 << 15;

function createSingleSums(): SingleSums {
  return { owner: null, keys: new Uint32Array(0), slotEntry: new Int32Array(0), sums: new Int32Array(0), count: 0, offsets: new Int32Array(66), positions: new Int32Array(SINGLE_POSITION_ROLES) };
}

/** Make scratch buffers for a parser with `classCount` transition classes. */
export function createParserScratch(classCount: number): ParserScratch {
  return {
    state: createParserState(), words: createWordHashes(), tags: new Uint32Array(64), features: createFeatureBuffer(96), scores: new Float32Array(classCount),
    gateScores: new Float32Array(3), labelFeatures: createFeatureBuffer(LABEL_FEATURE_COUNT), labelScores: new Float32Array(classCount), singles: createSingleSums(),
  };
}

/**
 * Point offsets[i] at the cached sums of word i's (word, tag) pair for i in 0..n (n: the root) and
 * offsets[n + 1] at those of an absent position, computing the sums of pairs not seen before. The
 * cache starts afresh between sentences when full, so a sentence's offsets stay valid while it is parsed.
 */
function prepareSingleSums(gate: GateModel, scratch: ParserScratch): void {
  const cache = scratch.singles;
  const n = scratch.state.n;
  if (cache.owner !== gate || cache.count + n + 2 > SUMS_LIMIT) {
    if (cache.keys.length === 0) {
      cache.keys = new Uint32Array(4 * SUMS_LIMIT);
      cache.slotEntry = new Int32Array(2 * SUMS_LIMIT);
      cache.sums = new Int32Array(SUMS_LIMIT * SUMS_STRIDE);
    } else cache.slotEntry.fill(0);
    cache.owner = gate;
    cache.count = 0;
  }
  if (cache.offsets.length < n + 2) cache.offsets = new Int32Array(2 * (n + 2));
  for (let i = -1; i <= n; i++) {
    const word = wordValue(scratch.words, n, i);
    const tag = tagValue(scratch.tags, n, i);
    cache.offsets[i < 0 ? n + 1 : i] = singleSumsOf(gate, cache, word, tag);
  }
}

/** Where the sums of a (word, tag) pair start, summing them on first sight. */
function singleSumsOf(gate: GateModel, cache: SingleSums, word: number, tag: number): number {
  const { keys, slotEntry } = cache;
  const slotMask = slotEntry.length - 1;
  let slot = (Math.imul(word, 0x9e3779b1) ^ tag) & slotMask;
  while (slotEntry[slot] !== 0) {
    if (keys[2 * slot] === word && keys[2 * slot + 1] === tag) return (slotEntry[slot]! - 1) * SUMS_STRIDE;
    slot = (slot + 1) & slotMask;
  }
  const entry = cache.count++;
  keys[2 * slot] = word;
  keys[2 * slot + 1] = tag;
  slotEntry[slot] = entry + 1;
  const start = entry * SUMS_STRIDE;
  const { transitionTable: table, transitionStride: stride } = gate;
  const mask = gate.linear.mask;
  const sums = cache.sums;
  for (let role = 0; role < SINGLE_POSITION_ROLES; role++) {
    let shift = 0;
    let left = 0;
    let right = 0;
    for (const [template, reads] of SINGLE_POSITION_TEMPLATES[role]!) {
      const row = (singlePositionFeature(template, reads, word, tag) & mask) * stride;
      shift += table[row]!;
      left += table[row + 1]!;
      right += table[row + 2]!;
    }
    sums[start + 3 * role] = shift;
    sums[start + 3 * role + 1] = left;
    sums[start + 3 * role + 2] = right;
  }
  return start;
}

/** Add the cached single-position sums of the configuration to the gate's scores of its other features. */
function addSingleSums(cache: SingleSums, state: ParserState, scores: Float32Array): void {
  const positions = singlePositions(state, cache.positions);
  const { offsets, sums } = cache;
  const absent = offsets[state.n + 1]!;
  let shift = scores[SHIFT]!;
  let left = scores[LEFT]!;
  let right = scores[RIGHT]!;
  for (let role = 0; role < SINGLE_POSITION_ROLES; role++) {
    const position = positions[role]!;
    const at = (position < 0 ? absent : offsets[position]!) + 3 * role;
    shift += sums[at]!;
    left += sums[at + 1]!;
    right += sums[at + 2]!;
  }
  scores[SHIFT] = shift;
  scores[LEFT] = left;
  scores[RIGHT] = right;
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
  // The gate reads the features other than the single-position ones, whose sums are cached; the
  // joint model, when asked, reads them all (the buffer is then filled anew). A sentence with more
  // words than the cache holds is scored feature by feature.
  const cached = n + 2 <= SUMS_LIMIT;
  if (cached) prepareSingleSums(gate, scratch);
  while (!isTerminal(state)) {
    if (state.stackSize === 0) {
      applyTransition(state, SHIFT);
      continue;
    }
    // With only the root left in the buffer one transition is valid (RIGHT, or LEFT to the root for the
    // last word on the stack), so there is nothing for the gate to score: only the arc's label is chosen.
    if (state.buffer === n) {
      const kind = state.stackSize === 1 ? LEFT : RIGHT;
      applyTransition(state, classOf(kind, kind === LEFT ? gate.rootLabel : chooseLabel(model, gate, state, kind, scratch)));
      continue;
    }
    parserFeatures(state, scratch.words, scratch.tags, scratch.features, !cached);
    scoreTransitionTable(gate, scratch.features, gateScores);
    if (cached) addSingleSums(scratch.singles, state, gateScores);
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
      parserFeatures(state, scratch.words, scratch.tags, scratch.features);
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
  const joint = scoreModel(model.linear, parserFeatures(state, scratch.words, scratch.tags, scratch.features), scratch.scores);
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
