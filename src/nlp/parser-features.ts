/**
 * Feature templates of the dependency parser (after Zhang & Nivre 2011, adapted to arc-hybrid):
 * words and tags at s0..s2 and b0..b2, the children of s0, s1 and b0 with their labels, the
 * distance between s0 and b0, valencies and label sets. Used identically by training and inference.
 */
import { addFeature, clearFeatures, feature1, feature2, feature3, finishHash, hashTemplate, hashText, type FeatureBuffer } from './feature-hash.js';
import { LEFT, resetParserState, type ParserState } from './parser-state.js';
import { computeWordHashes, LOWER, SHAPE, STRIDE, SUFFIX } from './word-hashes.js';
import type { WordHashes } from './word-hashes.js';

const NONE = 0x1b873593;
const ROOT = 0x68e31da4;

/** The scratch fields every parse of a sentence starts from (the joint parser's and the gate's scratch both have them). */
export interface SentenceScratch {
  state: ParserState;
  words: WordHashes;
  tags: Uint32Array;
}

/** Start parsing a sentence: a fresh state over its words, their hashes and their tag values, all in the scratch. */
export function startSentence(words: readonly string[], upos: readonly string[], xpos: readonly string[], scratch: SentenceScratch): ParserState {
  const state = resetParserState(scratch.state, words.length);
  scratch.state = state;
  computeWordHashes(words, scratch.words);
  if (scratch.tags.length < words.length) scratch.tags = new Uint32Array(words.length * 2);
  tagValues(upos, xpos, scratch.tags);
  return state;
}

/** Hash each word's tag pair for the parser's tag features. */
export function tagValues(upos: readonly string[], xpos: readonly string[], out: Uint32Array): Uint32Array {
  for (let i = 0; i < upos.length; i++) out[i] = finishHash(hashText(hashText(hashTemplate(7), upos[i] ?? ''), xpos[i] ?? ''));
  return out;
}

/** The word value the features read at a position (-1: absent, n: the root). */
export function wordValue(words: WordHashes, n: number, i: number): number {
  return i < 0 ? NONE : i === n ? ROOT : words.values[i * STRIDE + LOWER]!;
}

/** The tag value the features read at a position (-1: absent, n: the root). */
export function tagValue(tags: Uint32Array, n: number, i: number): number {
  return i < 0 ? NONE : i === n ? ROOT : tags[i]!;
}

function labelValue(state: ParserState, i: number): number {
  return i < 0 ? -1 : state.labels[i]!;
}

/** What a single-position template reads of its position: the word and the tag, the word, or the tag. */
const WORD_AND_TAG = 0;
const WORD_ONLY = 1;
const TAG_ONLY = 2;

/**
 * The templates of parserFeatures that read one position's word and tag and nothing else, grouped
 * by the role of that position (in the order of singlePositions: s0, s1, b0, b1, b2, s2, and the
 * children s0L1, s0R1, b0L1, s0L2, s0R2, b0L2), as [template id, what it reads]. Their scores can be
 * summed once per (word, tag) and role and reused across configurations (the parser's gate does, in
 * parser.ts). These are exactly the features parserFeatures leaves out without `singles` (tested).
 */
export const SINGLE_POSITION_TEMPLATES: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [
  [[1, WORD_AND_TAG], [2, WORD_ONLY], [3, TAG_ONLY]],
  [[4, WORD_AND_TAG], [5, WORD_ONLY], [6, TAG_ONLY]],
  [[7, WORD_AND_TAG], [8, WORD_ONLY], [9, TAG_ONLY]],
  [[10, WORD_AND_TAG], [11, WORD_ONLY], [12, TAG_ONLY]],
  [[13, WORD_AND_TAG], [14, TAG_ONLY]],
  [[15, TAG_ONLY]],
  [[52, WORD_ONLY], [53, TAG_ONLY]],
  [[55, WORD_ONLY], [56, TAG_ONLY]],
  [[58, WORD_ONLY], [59, TAG_ONLY]],
  [[61, WORD_ONLY], [62, TAG_ONLY]],
  [[64, WORD_ONLY], [65, TAG_ONLY]],
  [[67, TAG_ONLY]],
];

/** Number of roles in SINGLE_POSITION_TEMPLATES. */
export const SINGLE_POSITION_ROLES = SINGLE_POSITION_TEMPLATES.length;

/** The hash of a single-position feature (see SINGLE_POSITION_TEMPLATES) from the word and tag values of its position. */
export function singlePositionFeature(template: number, reads: number, word: number, tag: number): number {
  return reads === WORD_AND_TAG ? feature2(template, word, tag) : feature1(template, reads === WORD_ONLY ? word : tag);
}

/** Fill `out` with the position of each role of SINGLE_POSITION_TEMPLATES in a configuration (-1: absent, n: the root). */
export function singlePositions(state: ParserState, out: Int32Array): Int32Array {
  const n = state.n;
  const top = state.stackSize;
  const s0 = top > 0 ? state.stack[top - 1]! : -1;
  const b0 = state.buffer;
  out[0] = s0;
  out[1] = top > 1 ? state.stack[top - 2]! : -1;
  out[2] = b0;
  out[3] = b0 + 1 <= n ? b0 + 1 : -1;
  out[4] = b0 + 2 <= n ? b0 + 2 : -1;
  out[5] = top > 2 ? state.stack[top - 3]! : -1;
  out[6] = s0 >= 0 ? state.leftmost[s0]! : -1;
  out[7] = s0 >= 0 ? state.rightmost[s0]! : -1;
  out[8] = state.leftmost[b0]!;
  out[9] = s0 >= 0 ? state.leftmost2[s0]! : -1;
  out[10] = s0 >= 0 ? state.rightmost2[s0]! : -1;
  out[11] = state.leftmost2[b0]!;
  return out;
}

/**
 * Fill `out` with the features of a configuration; `tags` holds one hash per word (see tagValues).
 * With `singles` false, the features of SINGLE_POSITION_TEMPLATES are left out (the caller adds
 * their cached scores instead); training and the joint model always read all of them, in this order.
 */
export function parserFeatures(state: ParserState, words: WordHashes, tags: Uint32Array, out: FeatureBuffer, singles = true): FeatureBuffer {
  clearFeatures(out);
  const n = state.n;
  const top = state.stackSize;
  const s0 = top > 0 ? state.stack[top - 1]! : -1;
  const s1 = top > 1 ? state.stack[top - 2]! : -1;
  const s2 = top > 2 ? state.stack[top - 3]! : -1;
  const b0 = state.buffer;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const s0L1 = s0 >= 0 ? state.leftmost[s0]! : -1;
  const s0L2 = s0 >= 0 ? state.leftmost2[s0]! : -1;
  const s0R1 = s0 >= 0 ? state.rightmost[s0]! : -1;
  const s0R2 = s0 >= 0 ? state.rightmost2[s0]! : -1;
  const s1R1 = s1 >= 0 ? state.rightmost[s1]! : -1;
  const s1L1 = s1 >= 0 ? state.leftmost[s1]! : -1;
  const b0L1 = state.leftmost[b0]!;
  const b0L2 = state.leftmost2[b0]!;

  const s0w = wordValue(words, n, s0);
  const s0t = tagValue(tags, n, s0);
  const s1w = wordValue(words, n, s1);
  const s1t = tagValue(tags, n, s1);
  const b0w = wordValue(words, n, b0);
  const b0t = tagValue(tags, n, b0);
  const b1w = wordValue(words, n, b1);
  const b1t = tagValue(tags, n, b1);
  const b2t = tagValue(tags, n, b2);
  const s2t = tagValue(tags, n, s2);
  const s0L1t = tagValue(tags, n, s0L1);
  const s0R1t = tagValue(tags, n, s0R1);
  const b0L1t = tagValue(tags, n, b0L1);
  const s1R1t = tagValue(tags, n, s1R1);
  const distance = s0 >= 0 ? Math.min(b0 - s0, 10) : 0;
  const stackDistance = s1 >= 0 ? Math.min(s0 - s1, 10) : 0;

  // Single positions.
  addFeature(out, feature1(0, 0));
  if (singles) {
    addFeature(out, feature2(1, s0w, s0t));
    addFeature(out, feature1(2, s0w));
    addFeature(out, feature1(3, s0t));
    addFeature(out, feature2(4, s1w, s1t));
    addFeature(out, feature1(5, s1w));
    addFeature(out, feature1(6, s1t));
    addFeature(out, feature2(7, b0w, b0t));
    addFeature(out, feature1(8, b0w));
    addFeature(out, feature1(9, b0t));
    addFeature(out, feature2(10, b1w, b1t));
    addFeature(out, feature1(11, b1w));
    addFeature(out, feature1(12, b1t));
    addFeature(out, feature2(13, wordValue(words, n, b2), b2t));
    addFeature(out, feature1(14, b2t));
    addFeature(out, feature1(15, s2t));
  }
  // Pairs of s0 and b0.
  addFeature(out, feature3(16, s0w, s0t, feature2(0, b0w, b0t)));
  addFeature(out, feature3(17, s0w, s0t, b0w));
  addFeature(out, feature3(18, s0w, b0w, b0t));
  addFeature(out, feature3(19, s0w, s0t, b0t));
  addFeature(out, feature3(20, s0t, b0w, b0t));
  addFeature(out, feature2(21, s0w, b0w));
  addFeature(out, feature2(22, s0t, b0t));
  addFeature(out, feature2(23, b0t, b1t));
  addFeature(out, feature2(24, s1w, s0w));
  addFeature(out, feature2(25, s1t, s0t));
  addFeature(out, feature3(26, s1w, s0t, b0t));
  // Tag trigrams.
  addFeature(out, feature3(27, b0t, b1t, b2t));
  addFeature(out, feature3(28, s0t, b0t, b1t));
  addFeature(out, feature3(29, s1t, s0t, b0t));
  addFeature(out, feature3(30, s0t, s0L1t, b0t));
  addFeature(out, feature3(31, s0t, s0R1t, b0t));
  addFeature(out, feature3(32, s0t, b0t, b0L1t));
  addFeature(out, feature3(33, s1t, s0t, s0R1t));
  addFeature(out, feature3(34, s1t, s1R1t, s0t));
  addFeature(out, feature3(35, s2t, s1t, s0t));
  addFeature(out, feature3(36, s1t, s0t, s0L1t));
  addFeature(out, feature3(37, s1t, tagValue(tags, n, s1L1), s0t));
  // Distance.
  addFeature(out, feature2(38, s0w, distance));
  addFeature(out, feature2(39, s0t, distance));
  addFeature(out, feature2(40, b0w, distance));
  addFeature(out, feature2(41, b0t, distance));
  addFeature(out, feature3(42, s0w, b0w, distance));
  addFeature(out, feature3(43, s0t, b0t, distance));
  addFeature(out, feature3(44, s1t, s0t, stackDistance));
  addFeature(out, feature3(45, s1w, s0w, stackDistance));
  // Valency.
  const s0Right = s0 >= 0 ? state.rightCount[s0]! : -1;
  const s0Left = s0 >= 0 ? state.leftCount[s0]! : -1;
  const b0Left = state.leftCount[b0]!;
  addFeature(out, feature2(46, s0w, s0Right));
  addFeature(out, feature2(47, s0t, s0Right));
  addFeature(out, feature2(48, s0w, s0Left));
  addFeature(out, feature2(49, s0t, s0Left));
  addFeature(out, feature2(50, b0w, b0Left));
  addFeature(out, feature2(51, b0t, b0Left));
  // Children: words, tags, labels.
  if (singles) addFeature(out, feature1(52, wordValue(words, n, s0L1)));
  if (singles) addFeature(out, feature1(53, s0L1t));
  addFeature(out, feature1(54, labelValue(state, s0L1)));
  if (singles) addFeature(out, feature1(55, wordValue(words, n, s0R1)));
  if (singles) addFeature(out, feature1(56, s0R1t));
  addFeature(out, feature1(57, labelValue(state, s0R1)));
  if (singles) addFeature(out, feature1(58, wordValue(words, n, b0L1)));
  if (singles) addFeature(out, feature1(59, b0L1t));
  addFeature(out, feature1(60, labelValue(state, b0L1)));
  if (singles) addFeature(out, feature1(61, wordValue(words, n, s0L2)));
  if (singles) addFeature(out, feature1(62, tagValue(tags, n, s0L2)));
  addFeature(out, feature1(63, labelValue(state, s0L2)));
  if (singles) addFeature(out, feature1(64, wordValue(words, n, s0R2)));
  if (singles) addFeature(out, feature1(65, tagValue(tags, n, s0R2)));
  addFeature(out, feature1(66, labelValue(state, s0R2)));
  if (singles) addFeature(out, feature1(67, tagValue(tags, n, b0L2)));
  addFeature(out, feature1(68, labelValue(state, b0L2)));
  addFeature(out, feature2(69, s1t, labelValue(state, s1R1)));
  addFeature(out, feature3(70, s0t, labelValue(state, s0L1), labelValue(state, s0L2)));
  addFeature(out, feature3(71, s0t, labelValue(state, s0R1), labelValue(state, s0R2)));
  addFeature(out, feature3(72, b0t, labelValue(state, b0L1), labelValue(state, b0L2)));
  addFeature(out, feature3(73, s0t, s0L1t, tagValue(tags, n, s0L2)));
  addFeature(out, feature3(74, s0t, s0R1t, tagValue(tags, n, s0R2)));
  addFeature(out, feature3(75, b0t, b0L1t, tagValue(tags, n, b0L2)));
  // Label sets.
  addFeature(out, feature3(76, s0w, s0 >= 0 ? state.rightLabels[s0]! : -1, s0 >= 0 ? state.leftLabels[s0]! : -1));
  addFeature(out, feature3(77, s0t, s0 >= 0 ? state.rightLabels[s0]! : -1, s0 >= 0 ? state.leftLabels[s0]! : -1));
  addFeature(out, feature2(78, b0w, state.leftLabels[b0]!));
  addFeature(out, feature2(79, b0t, state.leftLabels[b0]!));
  // Lexicalized pairs with the second buffer word.
  addFeature(out, feature3(80, s0t, b0w, b1t));
  addFeature(out, feature3(81, s0w, b0t, b1t));
  return out;
}

/** Number of features labelFeatures adds (the capacity its buffer needs). */
export const LABEL_FEATURE_COUNT = 37;

/**
 * Fill `out` with the features for labeling the arc that the transition `kind` (LEFT or RIGHT) is
 * about to build from the head to s0. In arc-hybrid s0 has all its dependents when it is attached,
 * so its whole subtree is there to read (e.g. the case marker that tells nmod from obl).
 */
export function labelFeatures(state: ParserState, kind: number, words: WordHashes, tags: Uint32Array, out: FeatureBuffer): FeatureBuffer {
  clearFeatures(out);
  const n = state.n;
  const top = state.stackSize;
  const d = state.stack[top - 1]!;
  const h = kind === LEFT ? state.buffer : state.stack[top - 2]!;
  const dw = wordValue(words, n, d);
  const dt = tagValue(tags, n, d);
  const hw = wordValue(words, n, h);
  const ht = tagValue(tags, n, h);
  const dL1 = state.leftmost[d]!;
  const dR1 = state.rightmost[d]!;
  const dL1w = wordValue(words, n, dL1);
  const dL1t = tagValue(tags, n, dL1);
  const dR1t = tagValue(tags, n, dR1);
  const dL1l = labelValue(state, dL1);
  const dR1l = labelValue(state, dR1);
  const distance = Math.min(h > d ? h - d : d - h, 10);
  // The head's dependents so far on the side of this one (a second object, a subject already taken).
  const hSideLabels = kind === LEFT ? state.leftLabels[h]! : state.rightLabels[h]!;
  const hSideCount = kind === LEFT ? state.leftCount[h]! : state.rightCount[h]!;
  const dSuffix = words.values[d * STRIDE + SUFFIX + 2]!;
  const dShape = words.values[d * STRIDE + SHAPE]!;
  const before = tagValue(tags, n, d - 1);
  const after = tagValue(tags, n, d + 1 < n ? d + 1 : -1);
  const base = kind === LEFT ? 100 : 200;
  addFeature(out, feature1(base, 0));
  addFeature(out, feature1(base + 1, dw));
  addFeature(out, feature1(base + 2, dt));
  addFeature(out, feature1(base + 3, hw));
  addFeature(out, feature1(base + 4, ht));
  addFeature(out, feature2(base + 5, dw, dt));
  addFeature(out, feature2(base + 6, hw, ht));
  addFeature(out, feature2(base + 7, dt, ht));
  addFeature(out, feature2(base + 8, dw, ht));
  addFeature(out, feature2(base + 9, hw, dt));
  addFeature(out, feature2(base + 10, dw, hw));
  addFeature(out, feature3(base + 11, dt, ht, distance));
  addFeature(out, feature3(base + 12, dt, state.leftLabels[d]!, state.rightLabels[d]!));
  addFeature(out, feature3(base + 13, dt, ht, dL1w));
  addFeature(out, feature3(base + 14, ht, dL1w, dL1l));
  addFeature(out, feature3(base + 15, dt, dL1t, dL1l));
  addFeature(out, feature3(base + 16, dt, dR1t, dR1l));
  addFeature(out, feature3(base + 17, ht, dt, hSideLabels));
  addFeature(out, feature3(base + 18, ht, dt, hSideCount));
  addFeature(out, feature3(base + 19, before, dt, ht));
  addFeature(out, feature3(base + 20, dt, after, ht));
  addFeature(out, feature2(base + 21, dSuffix, dt));
  addFeature(out, feature2(base + 22, dShape, dt));
  addFeature(out, feature3(base + 23, dt, state.leftCount[d]!, state.rightCount[d]!));
  addFeature(out, feature2(base + 24, hw, dL1w));
  addFeature(out, feature3(base + 25, dw, ht, dL1w));
  addFeature(out, feature3(base + 26, dt, ht, state.leftLabels[d]!));
  addFeature(out, feature3(base + 27, dt, ht, state.rightLabels[d]!));
  // The words around the arc: after its right end (b0 for RIGHT, b1 for LEFT) and before its left end.
  const next = kind === LEFT ? (state.buffer + 1 <= n ? state.buffer + 1 : -1) : state.buffer;
  const previous = kind === LEFT ? (top > 1 ? state.stack[top - 2]! : -1) : top > 2 ? state.stack[top - 3]! : -1;
  const nextTag = tagValue(tags, n, next);
  const otherSideLabels = kind === LEFT ? state.rightLabels[h]! : state.leftLabels[h]!;
  addFeature(out, feature3(base + 28, ht, dt, otherSideLabels));
  addFeature(out, feature2(base + 29, dt, nextTag));
  addFeature(out, feature3(base + 30, dt, ht, nextTag));
  addFeature(out, feature2(base + 31, dw, wordValue(words, n, next)));
  addFeature(out, feature3(base + 32, tagValue(tags, n, previous), dt, ht));
  addFeature(out, feature3(base + 33, hw, dw, dt));
  addFeature(out, feature2(base + 34, dt, distance));
  addFeature(out, feature2(base + 35, dL1w, dt));
  addFeature(out, feature3(base + 36, hw, dL1w, dt));
  return out;
}
