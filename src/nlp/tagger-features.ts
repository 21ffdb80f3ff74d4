/**
 * Feature templates of the part-of-speech tagger, used identically by training and inference:
 * the word, its lower case, shape, affixes and flags, the words and affixes around it, and the
 * two tags already assigned to its left (greedy left-to-right decoding, after Honnibal 2013).
 */
import { addFeature, clearFeatures, feature1, feature2, feature3, type FeatureBuffer } from './feature-hash.js';
import { EXACT, FLAGS, LOWER, PREFIX, SHAPE, SUFFIX, wordHash, type WordHashes } from './word-hashes.js';

/** Value standing for "no tag" before the start of the sentence. */
const NO_TAG = 0x3c7a1;

/** The positions, relative to the word being tagged, whose word alone some features depend on. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/**
 * Fill `out` with the features of word `i`, given the tag classes of the two previous words (-1 for
 * none) and the ambiguity class of every word (the set of tags the lexicon saw it with, 0 if unseen).
 * A second pass also gets the first pass's tags, so it sees the tags to the right of the word.
 * These are the union of taggerWordFeatures, taggerNeighbourFeatures at each of NEIGHBOUR_OFFSETS
 * and taggerContextFeatures.
 */
export function taggerFeatures(words: WordHashes, ambiguity: Int32Array, i: number, previousTag: number, secondPreviousTag: number, out: FeatureBuffer, firstPass: Int32Array | null = null): FeatureBuffer {
  clearFeatures(out);
  addWordFeatures(words, ambiguity, i, out);
  for (const offset of NEIGHBOUR_OFFSETS) addNeighbourFeatures(words, ambiguity, i + offset, offset, out);
  addContextFeatures(words, ambiguity, i, previousTag, secondPreviousTag, out, firstPass);
  return out;
}

/**
 * Fill `out` with the features of word `i` that depend on the word alone (its form, affixes, shape
 * and ambiguity class), so that inference can score them once per word type. At inference the
 * ambiguity class is the lexicon's entry for the word; in training it is the leave-one-out class.
 */
export function taggerWordFeatures(words: WordHashes, ambiguity: Int32Array, i: number, out: FeatureBuffer): FeatureBuffer {
  clearFeatures(out);
  addWordFeatures(words, ambiguity, i, out);
  return out;
}

/**
 * Fill `out` with the features that the word at position `j` gives the word `offset` positions
 * before it (offset -1: j is the previous word); they depend on word j alone, or on the sentence
 * boundary when j is outside the sentence, so inference can score them once per word type.
 */
export function taggerNeighbourFeatures(words: WordHashes, ambiguity: Int32Array, j: number, offset: number, out: FeatureBuffer): FeatureBuffer {
  clearFeatures(out);
  addNeighbourFeatures(words, ambiguity, j, offset, out);
  return out;
}

/** Fill `out` with the features of word `i` that depend on tags, position or two words at once (see taggerFeatures). */
export function taggerContextFeatures(words: WordHashes, ambiguity: Int32Array, i: number, previousTag: number, secondPreviousTag: number, out: FeatureBuffer, firstPass: Int32Array | null = null): FeatureBuffer {
  clearFeatures(out);
  addContextFeatures(words, ambiguity, i, previousTag, secondPreviousTag, out, firstPass);
  return out;
}

function addWordFeatures(words: WordHashes, ambiguity: Int32Array, i: number, out: FeatureBuffer): void {
  const a0 = ambiguity[i]!;
  addFeature(out, feature1(0, 0));
  addFeature(out, feature1(1, wordHash(words, i, EXACT)));
  addFeature(out, feature1(2, wordHash(words, i, LOWER)));
  for (let k = 0; k < 4; k++) {
    addFeature(out, feature1(3 + k, wordHash(words, i, PREFIX + k)));
    addFeature(out, feature1(7 + k, wordHash(words, i, SUFFIX + k)));
  }
  addFeature(out, feature1(11, wordHash(words, i, SHAPE)));
  addFeature(out, feature1(34, a0));
  addFeature(out, feature2(41, a0, wordHash(words, i, SUFFIX + 2)));
}

function addNeighbourFeatures(words: WordHashes, ambiguity: Int32Array, j: number, offset: number, out: FeatureBuffer): void {
  const inside = j >= 0 && j < words.length;
  if (offset === -1) {
    addFeature(out, feature1(18, wordHash(words, j, LOWER)));
    addFeature(out, feature1(19, wordHash(words, j, SUFFIX + 2)));
    addFeature(out, feature1(25, wordHash(words, j, SHAPE)));
  } else if (offset === -2) {
    addFeature(out, feature1(20, wordHash(words, j, LOWER)));
    addFeature(out, feature1(32, wordHash(words, j, SUFFIX + 2)));
  } else if (offset === 1) {
    addFeature(out, feature1(21, wordHash(words, j, LOWER)));
    addFeature(out, feature1(22, wordHash(words, j, SUFFIX + 2)));
    addFeature(out, feature1(23, wordHash(words, j, SUFFIX + 1)));
    addFeature(out, feature1(26, wordHash(words, j, SHAPE)));
    addFeature(out, feature1(35, inside ? ambiguity[j]! : -1));
  } else if (offset === 2) {
    addFeature(out, feature1(24, wordHash(words, j, LOWER)));
    addFeature(out, feature1(31, wordHash(words, j, SUFFIX + 2)));
    addFeature(out, feature1(36, inside ? ambiguity[j]! : -1));
  }
}

function addContextFeatures(words: WordHashes, ambiguity: Int32Array, i: number, previousTag: number, secondPreviousTag: number, out: FeatureBuffer, firstPass: Int32Array | null): void {
  const p1 = previousTag < 0 ? NO_TAG : previousTag;
  const p2 = secondPreviousTag < 0 ? NO_TAG : secondPreviousTag;
  const lower = wordHash(words, i, LOWER);
  const suffix3 = wordHash(words, i, SUFFIX + 2);
  addFeature(out, feature2(12, wordHash(words, i, FLAGS), i === 0 ? 1 : 0));
  addFeature(out, feature1(13, p1));
  addFeature(out, feature1(14, p2));
  addFeature(out, feature2(15, p1, p2));
  addFeature(out, feature2(16, p1, lower));
  addFeature(out, feature2(17, p1, suffix3));
  addFeature(out, feature2(27, lower, wordHash(words, i + 1, LOWER)));
  addFeature(out, feature2(28, wordHash(words, i - 1, LOWER), lower));
  addFeature(out, feature2(29, p1, wordHash(words, i + 1, LOWER)));
  addFeature(out, feature3(30, p1, lower, wordHash(words, i + 1, LOWER)));
  addFeature(out, feature2(33, wordHash(words, i + 1, FLAGS), wordHash(words, i, FLAGS)));
  const n = words.length;
  const a0 = ambiguity[i]!;
  const a1 = i + 1 < n ? ambiguity[i + 1]! : -1;
  const am1 = i > 0 ? ambiguity[i - 1]! : -1;
  addFeature(out, feature2(37, a0, a1));
  addFeature(out, feature2(38, p1, a0));
  addFeature(out, feature3(39, p1, a0, a1));
  addFeature(out, feature2(40, am1, a0));
  if (firstPass) {
    const r0 = firstPass[i]!;
    const r1 = i + 1 < n ? firstPass[i + 1]! : NO_TAG;
    const r2 = i + 2 < n ? firstPass[i + 2]! : NO_TAG;
    addFeature(out, feature1(42, r0));
    addFeature(out, feature1(43, r1));
    addFeature(out, feature1(44, r2));
    addFeature(out, feature2(45, r1, r2));
    addFeature(out, feature2(46, p1, r1));
    addFeature(out, feature2(47, lower, r1));
    addFeature(out, feature2(48, r0, r1));
    addFeature(out, feature2(49, lower, r0));
    addFeature(out, feature3(50, p1, r0, r1));
  }
}
