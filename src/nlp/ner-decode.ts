/**
 * First-order Viterbi decoding over BILOU labels, shared by training (scoring with the live
 * perceptron) and inference (scoring with the finished model). A label sequence scores the sum of
 * each token's static score for its label and a transition score that depends on the previous
 * label and the token; only well-formed BILOU sequences are searched (a sentence starts after O and
 * may not end inside an entity). Optional max-marginals give each token a confidence margin.
 */
import { addFeature, clearFeatures, createFeatureBuffer, type FeatureBuffer } from './feature-hash.js';
import { addContextTransitionFeatures, addContextualStaticFeatures, addContextualStaticFeaturesWithoutCasing, addLabelTransitionFeature, addNextShapeTransitionFeature, addWordTransitionFeatures, casingFeature, casingFeatureCount, COARSE_STATE_COUNT, coarseState, staticFeatures, type PreparedSentence } from './ner-features.js';
import { NER_LABELS, OUTSIDE, TRANSITIONS, canEndSentence } from './ner-tags.js';
import { addModelWeights, scaleScores, type LinearModel } from './perceptron.js';

/** Scores every label for one feature set into `scores` (zeroing it first). */
export type LabelScorer = (features: FeatureBuffer, scores: Float32Array) => void;

/**
 * How decode() scores: `score` for any feature set; `cacheWordScores` is true only for a finished
 * model, whose word-only feature scores can be computed once per distinct word and reused.
 */
export interface Scoring {
  score: LabelScorer;
  cacheWordScores: boolean;
  /**
   * With a finished model that caches word scores, its weights: the casing features (bias,
   * capitalization, position, mode, document casing; few distinct values, and dense rows) are then
   * summed once per casing key, and a token's static score is its integer sums scaled once, which is
   * what `score` gives for all its features together.
   */
  linear?: LinearModel;
  /**
   * With a finished model: scores that depend on no word of the sentence, kept across sentences
   * (the label-pair table, and the next-shape transition scores per next word's short shape).
   */
  memo?: ScoreMemo;
}

/** Scores of a finished model that decode() computes once and reuses (see Scoring.memo). */
export interface ScoreMemo {
  pair: Float32Array | null;
  /** By the unfinished next-shape hash state: scores per coarse state and label. */
  nextShape: Map<number, Float32Array>;
  /** By casing key (see ner-features.ts): the integer weight sums of the casing features per label. */
  casing: Map<number, Int32Array>;
}

/** An empty memo for a finished model. */
export function createScoreMemo(): ScoreMemo {
  return { pair: null, nextShape: new Map(), casing: new Map() };
}

/** Most casing keys a memo keeps (a few thousand occur; this only bounds odd input). */
const CASING_MEMO_LIMIT = 65536;

/** Most next-shape entries a memo keeps (short shapes are few; this only bounds odd input). */
const NEXT_SHAPE_MEMO_LIMIT = 4096;

/** Per-sentence score tables, reusable across sentences (grown on demand). */
export interface DecodeScratch {
  features: FeatureBuffer;
  scores: Float32Array;
  /** Integer weight sums of one token's static features (with Scoring.linear). */
  sums: Int32Array;
  /** emit[i * L + y]: static score of label y at token i. */
  emit: Float32Array;
  /** context[(i * S + state) * L + y]: contextual transition score of y at token i after a coarse state. */
  context: Float32Array;
  /** pair[previous * L + y]: the pure label-transition scores (the same at every token). */
  pair: Float32Array;
  forward: Float32Array;
  backward: Float32Array;
  backPointer: Uint8Array;
}

const LABEL_COUNT = NER_LABELS.length;
const S = COARSE_STATE_COUNT;
/**
 * For each label y, the previous labels BILOU allows before it (two after an open entity, else
 * nine): PREVIOUS_LIST[PREVIOUS_START[y] .. PREVIOUS_START[y + 1]].
 */
const PREVIOUS_START = new Uint16Array(LABEL_COUNT + 1);
const PREVIOUS_LIST: Uint8Array = (() => {
  const list: number[] = [];
  for (let y = 0; y < LABEL_COUNT; y++) {
    PREVIOUS_START[y] = list.length;
    for (let previous = 0; previous < LABEL_COUNT; previous++) if (TRANSITIONS[previous * LABEL_COUNT + y] === 1) list.push(previous);
  }
  PREVIOUS_START[LABEL_COUNT] = list.length;
  return Uint8Array.from(list);
})();
/** The context-table row offset (coarse state × L) of each previous label. */
const COARSE_ROW = Uint16Array.from(NER_LABELS, (_, label) => coarseState(label) * NER_LABELS.length);
/**
 * For each label y, the context-table row of the previous labels BILOU allows before it: they all have
 * one coarse state (outside before O, B-t and U-t; inside t before I-t and L-t), so the contextual part
 * of the transition score into y is one number per token (tested).
 */
export const PREVIOUS_ROW = Uint16Array.from(NER_LABELS, (_, y) => COARSE_ROW[PREVIOUS_LIST[PREVIOUS_START[y]!]!]!);

/** Make scratch space for decode(). */
export function createDecodeScratch(): DecodeScratch {
  return {
    features: createFeatureBuffer(256), scores: new Float32Array(LABEL_COUNT), sums: new Int32Array(LABEL_COUNT),
    emit: new Float32Array(0), context: new Float32Array(0), pair: new Float32Array(LABEL_COUNT * LABEL_COUNT),
    forward: new Float32Array(0), backward: new Float32Array(0), backPointer: new Uint8Array(0),
  };
}

function reserve(scratch: DecodeScratch, length: number): void {
  if (scratch.emit.length >= length * LABEL_COUNT) return;
  const capacity = Math.max(length, 64) * 2;
  scratch.emit = new Float32Array(capacity * LABEL_COUNT);
  scratch.context = new Float32Array(capacity * S * LABEL_COUNT);
  scratch.forward = new Float32Array(capacity * LABEL_COUNT);
  scratch.backward = new Float32Array(capacity * LABEL_COUNT);
  scratch.backPointer = new Uint8Array(capacity * LABEL_COUNT);
}

/**
 * Fill the score tables of a sentence. A transition score is the pure label-pair score (scored
 * once per sentence) plus the contextual score of the previous label's coarse state at this token
 * (scored once per state, not per label).
 */
function scoreTables(sentence: PreparedSentence, scoring: Scoring, scratch: DecodeScratch): void {
  const { features, scores, emit, context, pair } = scratch;
  const { score, memo } = scoring;
  const L = LABEL_COUNT;
  if (memo?.pair) {
    pair.set(memo.pair);
  } else {
    for (let previous = 0; previous < L; previous++) {
      clearFeatures(features);
      addLabelTransitionFeature(previous, features);
      score(features, scores);
      pair.set(scores, previous * L);
    }
    if (memo) memo.pair = Float32Array.from(pair);
  }
  for (let i = 0; i < sentence.length; i++) {
    if (scoring.cacheWordScores) {
      const word = sentence.words[i]!;
      if (!word.unigramScores) {
        clearFeatures(features);
        for (const hash of word.unigrams) addFeature(features, hash);
        score(features, scores);
        word.unigramScores = Float32Array.from(scores);
      }
      if (scoring.linear && memo) contextualScoresWithCasingSums(sentence, i, scoring.linear, memo, scratch);
      else {
        clearFeatures(features);
        addContextualStaticFeatures(sentence, i, features);
        score(features, scores);
      }
      const wordScores = word.unigramScores;
      for (let y = 0; y < L; y++) emit[i * L + y] = scores[y]! + wordScores[y]!;
    } else {
      staticFeatures(sentence, i, features);
      score(features, scores);
      emit.set(scores, i * L);
    }
    // At the first token only the virtual previous label O (state 0) is possible.
    const states = i === 0 ? 1 : S;
    if (scoring.cacheWordScores) {
      const word = sentence.words[i]!;
      if (!word.transitionScores) {
        word.transitionScores = new Float32Array(S * L);
        for (let state = 0; state < S; state++) {
          clearFeatures(features);
          addWordTransitionFeatures(sentence, i, state, features);
          score(features, scores);
          word.transitionScores.set(scores, state * L);
        }
      }
      const wordScores = word.transitionScores;
      const key = sentence.transitionStates[i * 3 + 2]!;
      let nextShape = memo?.nextShape.get(key);
      if (!nextShape) {
        nextShape = new Float32Array(S * L);
        for (let state = 0; state < S; state++) {
          clearFeatures(features);
          addNextShapeTransitionFeature(sentence, i, state, features);
          score(features, scores);
          nextShape.set(scores, state * L);
        }
        if (memo) {
          if (memo.nextShape.size >= NEXT_SHAPE_MEMO_LIMIT) memo.nextShape.clear();
          memo.nextShape.set(key, nextShape);
        }
      }
      for (let state = 0; state < states; state++) {
        const row = (i * S + state) * L;
        for (let y = 0; y < L; y++) context[row + y] = nextShape[state * L + y]! + wordScores[state * L + y]!;
      }
    } else {
      for (let state = 0; state < states; state++) {
        clearFeatures(features);
        addContextTransitionFeatures(sentence, i, state, features);
        score(features, scores);
        context.set(scores, (i * S + state) * L);
      }
    }
  }
}

/**
 * Token i's static scores other than its word-only ones into scratch.scores: the integer sums of its
 * features other than the casing features, plus the casing features' sums cached by casing key, scaled once.
 */
function contextualScoresWithCasingSums(sentence: PreparedSentence, i: number, linear: LinearModel, memo: ScoreMemo, scratch: DecodeScratch): void {
  const { features, sums } = scratch;
  const key = sentence.casingKeys[i]!;
  let casing = memo.casing.get(key);
  if (!casing) {
    casing = new Int32Array(LABEL_COUNT);
    clearFeatures(features);
    for (let k = 0; k < casingFeatureCount(key); k++) addFeature(features, casingFeature(k, key));
    addModelWeights(linear, features, casing);
    if (memo.casing.size >= CASING_MEMO_LIMIT) memo.casing.clear();
    memo.casing.set(key, casing);
  }
  sums.set(casing);
  clearFeatures(features);
  addContextualStaticFeaturesWithoutCasing(sentence, i, features);
  addModelWeights(linear, features, sums);
  scaleScores(linear, sums, scratch.scores);
}

function transitionScore(scratch: DecodeScratch, i: number, previous: number, y: number): number {
  return scratch.pair[previous * LABEL_COUNT + y]! + scratch.context[i * S * LABEL_COUNT + COARSE_ROW[previous]! + y]!;
}

/**
 * Decode a prepared sentence into label indexes in `labels`. When `margins` is given, each token the
 * best sequence puts inside an entity also gets the gap between that sequence's score and the best
 * sequence with another label there (other tokens' margins are left as they were).
 */
export function decode(sentence: PreparedSentence, scoring: Scoring, scratch: DecodeScratch, labels: Uint8Array, margins?: Float32Array): void {
  const n = sentence.length;
  if (n === 0) return;
  reserve(scratch, n);
  scoreTables(sentence, scoring, scratch);
  const { emit, forward, backPointer, pair, context } = scratch;
  const L = LABEL_COUNT;
  for (let y = 0; y < L; y++) {
    const allowed = TRANSITIONS[OUTSIDE * L + y] === 1 && (n > 1 || canEndSentence(y));
    forward[y] = allowed ? emit[y]! + transitionScore(scratch, 0, OUTSIDE, y) : -Infinity;
    backPointer[y] = OUTSIDE;
  }
  for (let i = 1; i < n; i++) {
    const last = i === n - 1;
    const previousRow = (i - 1) * L;
    const contextBase = i * S * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let bestPrevious = 0;
      if (!last || canEndSentence(y)) {
        const stop = PREVIOUS_START[y + 1]!;
        const contextual = context[contextBase + PREVIOUS_ROW[y]! + y]!;
        for (let k = PREVIOUS_START[y]!; k < stop; k++) {
          const previous = PREVIOUS_LIST[k]!;
          const value = forward[previousRow + previous]! + pair[previous * L + y]! + contextual;
          if (value > best) {
            best = value;
            bestPrevious = previous;
          }
        }
      }
      forward[i * L + y] = best + emit[i * L + y]!;
      backPointer[i * L + y] = bestPrevious;
    }
  }
  let bestLast = 0;
  for (let y = 1; y < L; y++) if (forward[(n - 1) * L + y]! > forward[(n - 1) * L + bestLast]!) bestLast = y;
  labels[n - 1] = bestLast;
  let firstEntity = bestLast === OUTSIDE ? n : n - 1;
  for (let i = n - 1; i > 0; i--) {
    labels[i - 1] = backPointer[i * L + labels[i]!]!;
    if (labels[i - 1] !== OUTSIDE) firstEntity = i - 1;
  }
  // Margins are only read for entity tokens, so a sentence without entities skips the backward pass,
  // and the pass stops at the first entity token (backward scores flow from the end of the sentence).
  if (margins && firstEntity < n) maxMarginalGaps(n, firstEntity, scratch, margins);
}

/**
 * Backward max scores, then per token from `first` on the gap between the best and second-best
 * max-marginal (tokens before `first` get no margin).
 */
function maxMarginalGaps(n: number, first: number, scratch: DecodeScratch, margins: Float32Array): void {
  const { emit, forward, backward, pair, context } = scratch;
  const L = LABEL_COUNT;
  for (let y = 0; y < L; y++) backward[(n - 1) * L + y] = canEndSentence(y) ? 0 : -Infinity;
  for (let i = n - 2; i >= first; i--) {
    for (let previous = 0; previous < L; previous++) backward[i * L + previous] = -Infinity;
    for (let y = 0; y < L; y++) {
      const ahead = emit[(i + 1) * L + y]! + backward[(i + 1) * L + y]!;
      const contextual = context[(i + 1) * S * L + PREVIOUS_ROW[y]! + y]!;
      const stop = PREVIOUS_START[y + 1]!;
      for (let k = PREVIOUS_START[y]!; k < stop; k++) {
        const previous = PREVIOUS_LIST[k]!;
        // The order of transitionScore's sum: the pair score plus the contextual one, then added to what lies ahead.
        const value = ahead + (pair[previous * L + y]! + contextual);
        if (value > backward[i * L + previous]!) backward[i * L + previous] = value;
      }
    }
  }
  for (let i = first; i < n; i++) {
    let best = -Infinity;
    let second = -Infinity;
    for (let y = 0; y < L; y++) {
      const value = forward[i * L + y]! + backward[i * L + y]!;
      if (value > best) {
        second = best;
        best = value;
      } else if (value > second) {
        second = value;
      }
    }
    margins[i] = second === -Infinity ? best : best - second;
  }
}
