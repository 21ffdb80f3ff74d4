/**
 * Feature extraction for the NER model, shared by training and inference: word forms, affixes,
 * word shape, distributional word clusters, capitalization in context, sentence position, a sentence
 * "casing mode" (normal, Title Case headline, ALL CAPS), gazetteer matches, optional POS tags, and the
 * previous label (first order, for Viterbi decoding). Static features are hashed once per sentence;
 * the label-history features are finished from precomputed hash states during decoding.
 */
import { addFeature, clearFeatures, finishHash, hashNumber, hashTemplate, hashText, type FeatureBuffer } from './feature-hash.js';
import { GAZETTEER_CLASSES, isCommonWord, lookUpGazetteerWord, matchGazetteers, type GazetteerWord } from './ner-gazetteer.js';
import { clusterKey, wordClusters, type WordClusterPath } from './word-clusters.js';

/** Which optional feature groups a model uses (saved with the model so inference matches training). */
export interface NerFeatureOptions {
  /** Use POS tags (the sentence must then carry `pos`). */
  pos: boolean;
  /** Use gazetteer matches. */
  gazetteers: boolean;
  /** Use the word's distributional clusters (data/lexicons/ner/word-clusters.tsv; see word-clusters.ts). */
  clusters: boolean;
}

/** What the features need besides the words: the words that occur in lower case in training text. */
export interface NerFeatureContext {
  options: NerFeatureOptions;
  /** Lower-cased words seen in all-lower-case form in the training data (common words, not names). */
  lowerVocabulary: ReadonlySet<string>;
  /** Memo of per-word features (see WordInfo); bounded, and never affects results. */
  wordCache: Map<string, WordInfo>;
}

/** A sentence ready for decoding: per-token static feature hashes. */
export interface PreparedSentence {
  length: number;
  /** Per token, the cached word-only features (their hashes are part of the token's static features). */
  words: WordInfo[];
  /** Static features of token i are words[i].unigrams plus hashes[offsets[i] .. offsets[i + 1]]. */
  offsets: Uint32Array;
  hashes: Uint32Array;
  /**
   * Per token, the casing key (see casingKey) its casing features are hashed from; they lie at slots
   * CASING_SLOTS and `casingSlot` of the token's run of static hashes.
   */
  casingKeys: Uint32Array;
  /** The slot of the document-casing feature in every token's run (it follows the mode-conjoined word when there is one), or -1 without document casing. */
  casingSlot: number;
  /** Per token, three unfinished hash states (word, shape, next shape) that a previous label completes. */
  transitionStates: Uint32Array;
  /** True when the sentence is a Title Case or ALL CAPS line, where capitals carry little evidence. */
  shouted: boolean;
  /** Per token, only for shouted lines: 1 when it is a common word (never a name, or seen in lower case in training). */
  common: Uint8Array;
  /** Per token, only for shouted lines: 1 when it lies in a match of a given-name, place, organization or outlet list. */
  listedName: Uint8Array;
}

/** Capitalization classes of a word. */
const CAP_LOWER = 0;
const CAP_INITIAL = 1;
const CAP_UPPER = 2;
const CAP_MIXED = 3;
const CAP_DIGIT = 4;
const CAP_OTHER = 5;

/** Sentence casing modes: ordinary prose, a Title Case headline, ALL CAPS. */
const MODE_NORMAL = 0;
const MODE_TITLE = 1;
const MODE_CAPS = 2;

/** Feature template ids; each names one kind of feature so that equal strings hash apart. */
const T = {
  Bias: 1, Word: 2, Lower: 3, Prefix3: 4, Suffix2: 5, Suffix3: 6, Suffix4: 7, Shape: 8, ShortShape: 9,
  LowerPrev: 10, LowerNext: 11, LowerPrev2: 12, LowerNext2: 13, ShapePrevCur: 14, ShapeCurNext: 15,
  BigramPrev: 16, BigramNext: 17, CapTriple: 18, Position: 19, ModeCap: 20, ModeShapeKnown: 21,
  KnownCapPosition: 22, Gazetteer: 23, GazetteerPrev: 24, GazetteerNext: 25, GazetteerMode: 26, Pos: 27,
  PosPrev: 28, PosNext: 29, PosCurNext: 30, PosPrevCur: 31, Length: 32, DocumentCasing: 33, ModeLower: 34, LabelPrev: 40,
  LabelPrevLower: 42, LabelPrevShape: 43, LabelPrevCapNext: 44,
  ClusterFine: 50, ClusterMiddle: 51, ClusterCoarse: 52, ClusterFineCap: 53,
} as const;

function capitalization(word: string): number {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // ASCII is classified by code (this runs for every word of a labeled sentence); other characters by case-folding.
    if (code < 0x80) {
      if (code >= 48 && code <= 57) digits++;
      else if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
      continue;
    }
    const ch = word.charAt(i);
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  if (upper === 0 && lower === 0) return digits > 0 ? CAP_DIGIT : CAP_OTHER;
  if (upper === 0) return CAP_LOWER;
  if (lower === 0) return CAP_UPPER;
  const first = word.charAt(0);
  if (first !== first.toLowerCase() && upper === 1) return CAP_INITIAL;
  return CAP_MIXED;
}

/** Word shape: X for capitals, x for lower case, d for digits, other characters kept; runs capped at 4. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length && shape.length < 16; i++) {
    const ch = word.charAt(i);
    const code = word.charCodeAt(i);
    const mapped = code >= 48 && code <= 57 ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    run = mapped === last ? run + 1 : 1;
    last = mapped;
    if (run <= 4) shape += mapped;
  }
  return shape;
}

/** Word shape with every run collapsed to one character ("McDonald" → XxXx). */
export function shortWordShape(shape: string): string {
  let short = '';
  for (let i = 0; i < shape.length; i++) if (shape.charAt(i) !== shape.charAt(i - 1)) short += shape.charAt(i);
  return short;
}

function sentenceMode(caps: readonly number[], words: readonly string[]): number {
  let letters = 0;
  let upper = 0;
  let long = 0;
  let initial = 0;
  for (let i = 0; i < words.length; i++) {
    const cap = caps[i]!;
    if (cap === CAP_DIGIT || cap === CAP_OTHER) continue;
    letters++;
    if (cap === CAP_UPPER) upper++;
    if (words[i]!.length >= 4) {
      long++;
      if (cap === CAP_INITIAL || cap === CAP_UPPER || cap === CAP_MIXED) initial++;
    }
  }
  if (letters >= 3 && upper >= 0.8 * letters) return MODE_CAPS;
  if (long >= 3 && initial >= 0.75 * long) return MODE_TITLE;
  return MODE_NORMAL;
}

const PAD = '<pad>';
/** stringHash of PAD: the word and shape of a position beyond the sentence. */
const PAD_HASH = stringHash(PAD);

/** Gazetteer classes that list names themselves (not the over-broad name parts, titles, head words or dates). */
const NAME_LIST_CLASSES = (['given-names', 'countries', 'us-states', 'cities', 'places-extra', 'news-outlets', 'government-bodies'] as const).map((name) => GAZETTEER_CLASSES.indexOf(name));

const LABEL_PREV_STATE = hashTemplate(T.LabelPrev);

function text(template: number, value: string): number {
  return finishHash(hashText(hashTemplate(template), value));
}

function text2(template: number, a: string, b: string): number {
  return finishHash(hashText(hashText(hashTemplate(template), a), b));
}

/** FNV-1a prime, for mixing whole 32-bit values into a feature (one multiply per value; finishHash avalanches). */
const MIX_PRIME = 0x01000193;

/** A feature of up to four small integers (absent ones count as 0; templates never share a hash start). */
function numbers(template: number, a: number, b = 0, c = 0, d = 0): number {
  let hash = Math.imul(hashTemplate(template) ^ a, MIX_PRIME);
  hash = Math.imul(hash ^ b, MIX_PRIME);
  hash = Math.imul(hash ^ c, MIX_PRIME);
  return finishHash(Math.imul(hash ^ d, MIX_PRIME));
}

/** A feature of one or two word hashes (WordInfo.lowerHash / shapeHash), so that no string is hashed per token. */
function words2(template: number, a: number, b = 0): number {
  return finishHash(Math.imul(Math.imul(hashTemplate(template) ^ a, MIX_PRIME) ^ b, MIX_PRIME));
}

/** Hash of a string on its own, the value words2 mixes into features. */
function stringHash(value: string): number {
  return hashText(hashTemplate(0), value);
}

/** What the features need from a word alone, computed once per distinct word and cached. */
export interface WordInfo {
  lower: string;
  cap: number;
  /** stringHash of the lower-case form and of the short shape. */
  lowerHash: number;
  shapeHash: number;
  /** Hashes of the features that depend on the word alone (form, lower case, affixes, shapes, length, clusters). */
  unigrams: Uint32Array;
  /** Whether the lower-case form is in the context's lowerVocabulary. */
  inLowerVocabulary: boolean;
  /** The word's gazetteer lookups (null when the model uses no gazetteers); cached here because the lists are large. */
  gazetteer: GazetteerWord | null;
  /** At inference, the finished model's summed scores of `unigrams` per label, filled on first use. */
  unigramScores: Float32Array | null;
  /** At inference, the scores of the word-only transition features per coarse state and label, filled on first use. */
  transitionScores: Float32Array | null;
}

/** Most distinct words a context caches before starting afresh (bounds memory on endless input). */
const WORD_CACHE_LIMIT = 200_000;

/** Cluster ids of a word with no entry in the table. */
const NO_CLUSTER: WordClusterPath = { fine: 0, middle: 0, coarse: 0 };

function wordInfo(word: string, context: NerFeatureContext): WordInfo {
  const cache = context.wordCache;
  const cached = cache.get(word);
  if (cached) return cached;
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const shortShape = shortWordShape(shape);
  const cap = capitalization(word);
  const clusters = context.options.clusters ? wordClusters().byWord.get(clusterKey(lower)) ?? NO_CLUSTER : null;
  const unigrams = Uint32Array.of(
    text(T.Word, word),
    text(T.Lower, lower),
    finishHash(hashText(hashTemplate(T.Prefix3), lower, 0, Math.min(3, lower.length))),
    finishHash(hashText(hashTemplate(T.Suffix2), lower, Math.max(0, lower.length - 2))),
    finishHash(hashText(hashTemplate(T.Suffix3), lower, Math.max(0, lower.length - 3))),
    finishHash(hashText(hashTemplate(T.Suffix4), lower, Math.max(0, lower.length - 4))),
    text(T.Shape, shape),
    text(T.ShortShape, shortShape),
    numbers(T.Length, Math.min(word.length, 12), cap),
    ...(clusters ? [numbers(T.ClusterFine, clusters.fine), numbers(T.ClusterMiddle, clusters.middle), numbers(T.ClusterCoarse, clusters.coarse), numbers(T.ClusterFineCap, clusters.fine, cap)] : []),
  );
  const info: WordInfo = {
    lower, cap, lowerHash: stringHash(lower), shapeHash: stringHash(shortShape), unigrams,
    inLowerVocabulary: context.lowerVocabulary.has(lower),
    gazetteer: context.options.gazetteers ? lookUpGazetteerWord(word, lower) : null,
    unigramScores: null, transitionScores: null,
  };
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(word, info);
  return info;
}

/** How each word form is written across a whole document: bits DOC_LOWER, DOC_CAPITAL_INSIDE, DOC_IN_NAME. */
export type DocumentCasing = ReadonlyMap<string, number>;

/** The word occurs somewhere in the document in all-lower-case form. */
const DOC_LOWER = 1;
/** The word occurs capitalized somewhere other than at a sentence start. */
const DOC_CAPITAL_INSIDE = 2;
/** The word occurs next to another capitalized word (inside a longer name). */
const DOC_IN_NAME = 4;

function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII answers by code (this runs for every word of the document): only A-Z changes when lower-cased.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** Whether a word with no capitals has a letter that has case (word !== word.toUpperCase()), without building the upper-case string for ASCII words. */
function hasCasedLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return word !== word.toUpperCase();
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}

/** Record how each word is written across a document's sentences (keyed by lower-case form). */
export function documentCasing(sentences: ReadonlyArray<readonly string[]>): DocumentCasing {
  const casing = new Map<string, number>();
  for (const words of sentences) addSentenceCasing(casing, words, 0, words.length);
  return casing;
}

/**
 * documentCasing of a document given as all its words in one array and each sentence's [first, end)
 * range in it, so that a caller with the words in that form builds no array per sentence.
 */
export function documentCasingOfRanges(words: readonly string[], ranges: ReadonlyArray<readonly [number, number]>): DocumentCasing {
  const casing = new Map<string, number>();
  for (const [first, end] of ranges) addSentenceCasing(casing, words, first, end);
  return casing;
}

/** Add the casing bits of the sentence words[first .. end) to `casing`. */
function addSentenceCasing(casing: Map<string, number>, words: readonly string[], first: number, end: number): void {
  for (let i = first; i < end; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    let bits = 0;
    if (word === lower) {
      if (hasCasedLetter(word)) bits |= DOC_LOWER;
    } else if (isCapitalized(word)) {
      if (i > first) bits |= DOC_CAPITAL_INSIDE;
      if ((i > first && isCapitalized(words[i - 1]!)) || (i + 1 < end && isCapitalized(words[i + 1]!))) bits |= DOC_IN_NAME;
    }
    if (bits !== 0) casing.set(lower, (casing.get(lower) ?? 0) | bits);
  }
}

/**
 * The casing features of a token (bias, capitalization of it and its neighbours, position, "known"
 * word, casing mode, document casing) read few values, packed into a casing key: capitalization of the
 * previous, current and next word (4 bits each), position (2), known (1), mode (2), the document-casing
 * bits (3) and whether the document casing is known (1). Their scores can be summed once per key.
 */
function casingKey(previousCap: number, cap: number, nextCap: number, position: number, known: number, mode: number, documentBits: number): number {
  const withCasing = documentBits < 0 ? 0 : 1;
  return ((((((previousCap * 16 + cap) * 16 + nextCap) * 4 + position) * 2 + known) * 4 + mode) * 8 + (withCasing ? documentBits : 0)) * 2 + withCasing;
}

/** Number of casing features a key makes: five, and the document casing's when the key has it. */
export function casingFeatureCount(key: number): number {
  return 5 + (key & 1);
}

/** Casing feature k (0: bias, 1: capitalization triple, 2: position, 3: mode, 4: known × position, 5: document casing) of a casing key. */
export function casingFeature(k: number, key: number): number {
  const documentBits = (key >>> 1) & 7;
  const mode = (key >>> 4) & 3;
  const known = (key >>> 6) & 1;
  const position = (key >>> 7) & 3;
  const nextCap = (key >>> 9) & 15;
  const cap = (key >>> 13) & 15;
  const previousCap = key >>> 17;
  const first = position === 0 ? 1 : 0;
  switch (k) {
    case 0: return numbers(T.Bias, 0);
    case 1: return numbers(T.CapTriple, previousCap, cap, nextCap);
    case 2: return numbers(T.Position, position, cap, known);
    case 3: return numbers(T.ModeCap, mode, cap, previousCap);
    case 4: return numbers(T.KnownCapPosition, known, cap, first, mode);
    default: return numbers(T.DocumentCasing, documentBits, cap, first, mode);
  }
}

/** Slots of a token's run of static hashes holding its first five casing features (the document casing's is PreparedSentence.casingSlot). */
const CASING_SLOTS = [0, 9, 10, 11, 13] as const;

/** Tokens [from, to) of a sentence: the part prepareSentence hashes when only some names need the model. */
export interface SentenceWindow {
  from: number;
  to: number;
}

/** Most static hashes prepareSentence writes for one token (14 always, 2 optional, 4 per gazetteer class, 5 POS). */
const MAX_HASHES_PER_TOKEN = 21 + 4 * GAZETTEER_CLASSES.length;

/**
 * The buffer prepareSentence writes a sentence's static hashes into before copying them out: growing
 * a plain array by pushes and converting it cost more than the hashing. Reused by every call
 * (prepareSentence is synchronous and not re-entrant).
 */
let hashBuffer = new Uint32Array(4096);

/** Tokens beyond a window whose gazetteer matches and word features are still computed, so that entries crossing its edge match as in the whole sentence (at least 2: features read neighbours two tokens away). */
const GAZETTEER_MARGIN = 4;

/**
 * Hash the static features of every token of a sentence; `casing` describes its whole document.
 * With `window`, only tokens [from, to) are prepared (decoding then labels just those), but every
 * feature still reads the whole sentence: neighbouring words, position in the sentence and the
 * sentence's casing mode are those of the full sentence, so a token's features are the same as
 * when the whole sentence is prepared.
 */
export function prepareSentence(words: readonly string[], pos: readonly string[] | undefined, context: NerFeatureContext, casing?: DocumentCasing, window?: SentenceWindow): PreparedSentence {
  const length = words.length;
  const from = window ? Math.max(0, Math.min(window.from, length)) : 0;
  const to = window ? Math.max(from, Math.min(window.to, length)) : length;
  // Gazetteer marks over [gFrom, gTo): the whole sentence, or the window with a margin. Words in that
  // range get their full WordInfo (the features read neighbours up to two tokens away); the casing
  // mode needs only the capitalization of the others.
  const gFrom = window ? Math.max(0, from - GAZETTEER_MARGIN) : 0;
  const gTo = window ? Math.min(length, to + GAZETTEER_MARGIN) : length;
  const infos: WordInfo[] = [];
  const lowerHashes: number[] = [];
  const shapeHashes: number[] = [];
  const lower: string[] = [];
  const caps: number[] = [];
  for (let i = 0; i < length; i++) {
    if (i < gFrom || i >= gTo) {
      caps.push(capitalization(words[i]!));
      lowerHashes.push(PAD_HASH);
      shapeHashes.push(PAD_HASH);
      lower.push('');
      continue;
    }
    const info = wordInfo(words[i]!, context);
    infos.push(info);
    lowerHashes.push(info.lowerHash);
    shapeHashes.push(info.shapeHash);
    lower.push(info.lower);
    caps.push(info.cap);
  }
  // Tokens [from, to) lie inside [gFrom, gTo), so each has its WordInfo.
  const knownAt = (i: number): number => (caps[i] !== CAP_LOWER && infos[i - gFrom]!.inLowerVocabulary ? 1 : 0);
  const mode = sentenceMode(caps, words);
  const gLength = gTo - gFrom;
  const looked = context.options.gazetteers ? infos.map((info) => info.gazetteer!) : undefined;
  const gazetteer = context.options.gazetteers ? (window ? matchGazetteers(words.slice(gFrom, gTo), lower.slice(gFrom, gTo), looked) : matchGazetteers(words, lower, looked)) : null;
  const usePos = context.options.pos && pos !== undefined && pos.length === length;
  const classCount = GAZETTEER_CLASSES.length;
  const size = to - from;
  let count = 0;
  const put = (hash: number): void => {
    hashBuffer[count++] = hash;
  };
  const offsets = new Uint32Array(size + 1);
  const casingKeys = new Uint32Array(size);
  const at = (array: readonly string[], i: number): string => (i >= 0 && i < length ? array[i]! : PAD);
  const lowerAt = (i: number): number => (i >= 0 && i < length ? lowerHashes[i]! : PAD_HASH);
  const shapeAt = (i: number): number => (i >= 0 && i < length ? shapeHashes[i]! : PAD_HASH);
  const capAt = (i: number): number => (i >= 0 && i < length ? caps[i]! : 9);
  for (let i = from; i < to; i++) {
    offsets[i - from] = count;
    if (count + MAX_HASHES_PER_TOKEN > hashBuffer.length) {
      const grown = new Uint32Array(hashBuffer.length * 2);
      grown.set(hashBuffer.subarray(0, count));
      hashBuffer = grown;
    }
    const low = lower[i]!;
    const cap = caps[i]!;
    const known = knownAt(i);
    const position = i === 0 ? 0 : i === 1 ? 1 : i === length - 1 ? 3 : 2;
    // The casing features are at CASING_SLOTS and casingSlot of the run.
    const key = casingKey(capAt(i - 1), cap, capAt(i + 1), position, known, mode, casing ? casing.get(low) ?? 0 : -1);
    casingKeys[i - from] = key;
    put(casingFeature(0, key));
    put(words2(T.LowerPrev, lowerAt(i - 1)));
    put(words2(T.LowerNext, lowerAt(i + 1)));
    put(words2(T.ShapePrevCur, shapeAt(i - 1), shapeHashes[i]!));
    put(words2(T.ShapeCurNext, shapeHashes[i]!, shapeAt(i + 1)));
    put(words2(T.BigramPrev, lowerAt(i - 1), lowerHashes[i]!));
    put(words2(T.BigramNext, lowerHashes[i]!, lowerAt(i + 1)));
    put(words2(T.LowerPrev2, lowerAt(i - 2)));
    put(words2(T.LowerNext2, lowerAt(i + 2)));
    put(casingFeature(1, key));
    put(casingFeature(2, key));
    put(casingFeature(3, key));
    put(words2(T.ModeShapeKnown, shapeHashes[i]!, mode * 2 + known));
    put(casingFeature(4, key));
    // In a Title Case or ALL CAPS line capitals say little, so the word itself is conjoined with the mode.
    if (mode !== MODE_NORMAL) put(words2(T.ModeLower, lowerHashes[i]!, mode));
    if (casing) put(casingFeature(5, key));
    if (gazetteer) {
      const g = i - gFrom;
      for (let c = 0; c < classCount; c++) {
        const mark = gazetteer[c * gLength + g]!;
        if (mark !== 0) {
          put(numbers(T.Gazetteer, c, mark));
          put(numbers(T.GazetteerMode, c, mark, mode, cap));
        }
        if (g > 0 && gazetteer[c * gLength + g - 1]! !== 0) put(numbers(T.GazetteerPrev, c, gazetteer[c * gLength + g - 1]!));
        if (g + 1 < gLength && gazetteer[c * gLength + g + 1]! !== 0) put(numbers(T.GazetteerNext, c, gazetteer[c * gLength + g + 1]!));
      }
    }
    if (usePos) {
      const tags = pos;
      put(text(T.Pos, at(tags, i)));
      put(text(T.PosPrev, at(tags, i - 1)));
      put(text(T.PosNext, at(tags, i + 1)));
      put(text2(T.PosCurNext, at(tags, i), at(tags, i + 1)));
      put(text2(T.PosPrevCur, at(tags, i - 1), at(tags, i)));
    }
  }
  offsets[size] = count;
  const transitionStates = new Uint32Array(size * 3);
  for (let i = from; i < to; i++) {
    const k = (i - from) * 3;
    transitionStates[k] = Math.imul(hashTemplate(T.LabelPrevLower) ^ lowerHashes[i]!, MIX_PRIME) >>> 0;
    transitionStates[k + 1] = Math.imul(hashTemplate(T.LabelPrevShape) ^ shapeHashes[i]!, MIX_PRIME) >>> 0;
    transitionStates[k + 2] = Math.imul(hashTemplate(T.LabelPrevCapNext) ^ shapeAt(i + 1), MIX_PRIME) >>> 0;
  }
  const shouted = mode !== MODE_NORMAL;
  const common = new Uint8Array(shouted ? size : 0);
  const listedName = new Uint8Array(shouted ? size : 0);
  if (shouted) {
    for (let i = from; i < to; i++) common[i - from] = isCommonWord(lower[i]!) || context.lowerVocabulary.has(lower[i]!) ? 1 : 0;
    const marks = gazetteer ?? matchGazetteers(words.slice(gFrom, gTo), lower.slice(gFrom, gTo));
    for (const c of NAME_LIST_CLASSES) for (let i = from; i < to; i++) if (marks[c * gLength + i - gFrom] !== 0) listedName[i - from] = 1;
  }
  const casingSlot = casing ? (mode !== MODE_NORMAL ? 15 : 14) : -1;
  return { length: size, words: infos.slice(from - gFrom, to - gFrom), offsets, hashes: hashBuffer.slice(0, count), casingKeys, casingSlot, transitionStates, shouted, common, listedName };
}

/**
 * Number of coarse previous-label states the contextual transition features condition on: not in
 * an entity (O, L-t, U-t), or inside an open entity of type t (B-t, I-t). Few states keep decoding
 * fast: the contextual features are scored once per state and token.
 */
export const COARSE_STATE_COUNT = 5;

/** The coarse state of a label index (see COARSE_STATE_COUNT). */
export function coarseState(label: number): number {
  if (label === 0) return 0;
  const prefix = (label - 1) % 4;
  return prefix >= 2 ? 0 : 1 + Math.floor((label - 1) / 4);
}

/** Append the pure label-transition feature for a previous label. */
export function addLabelTransitionFeature(previous: number, buffer: FeatureBuffer): void {
  addFeature(buffer, finishHash(hashNumber(LABEL_PREV_STATE, previous)));
}

/**
 * Append token i's contextual transition features for a coarse previous state: the state combined
 * with this word, its shape and the next word's shape. Their hashes are finished from per-token
 * states computed once in prepareSentence, so decoding hashes no strings.
 */
export function addContextTransitionFeatures(sentence: PreparedSentence, i: number, state: number, buffer: FeatureBuffer): void {
  addWordTransitionFeatures(sentence, i, state, buffer);
  addNextShapeTransitionFeature(sentence, i, state, buffer);
}

/** Append the contextual transition features that depend on token i's word alone (word and shape × state). */
export function addWordTransitionFeatures(sentence: PreparedSentence, i: number, state: number, buffer: FeatureBuffer): void {
  addFeature(buffer, finishHash(hashNumber(sentence.transitionStates[i * 3]!, state)));
  addFeature(buffer, finishHash(hashNumber(sentence.transitionStates[i * 3 + 1]!, state)));
}

/** Append the contextual transition feature of the next word's shape × state. */
export function addNextShapeTransitionFeature(sentence: PreparedSentence, i: number, state: number, buffer: FeatureBuffer): void {
  addFeature(buffer, finishHash(hashNumber(sentence.transitionStates[i * 3 + 2]!, state)));
}

/** Fill `buffer` with all of token i's transition features for a previous label (used by training updates). */
export function transitionFeatures(sentence: PreparedSentence, i: number, previous: number, buffer: FeatureBuffer): void {
  clearFeatures(buffer);
  addLabelTransitionFeature(previous, buffer);
  addContextTransitionFeatures(sentence, i, coarseState(previous), buffer);
}

/** Fill `buffer` with token i's static features. */
export function staticFeatures(sentence: PreparedSentence, i: number, buffer: FeatureBuffer): void {
  clearFeatures(buffer);
  for (const hash of sentence.words[i]!.unigrams) addFeature(buffer, hash);
  addContextualStaticFeatures(sentence, i, buffer);
}

/** Append token i's static features other than the word-only ones and the casing features (see casingKey). */
export function addContextualStaticFeaturesWithoutCasing(sentence: PreparedSentence, i: number, buffer: FeatureBuffer): void {
  const { hashes, offsets, casingSlot } = sentence;
  const start = offsets[i]!;
  const end = offsets[i + 1]!;
  for (let k = start, slot = 0; k < end; k++, slot++) {
    if (slot === CASING_SLOTS[0] || slot === CASING_SLOTS[1] || slot === CASING_SLOTS[2] || slot === CASING_SLOTS[3] || slot === CASING_SLOTS[4] || slot === casingSlot) continue;
    addFeature(buffer, hashes[k]!);
  }
}

/** Append token i's static features other than the word-only ones (see WordInfo). */
export function addContextualStaticFeatures(sentence: PreparedSentence, i: number, buffer: FeatureBuffer): void {
  const { hashes, offsets } = sentence;
  const end = offsets[i + 1]!;
  for (let k = offsets[i]!; k < end; k++) addFeature(buffer, hashes[k]!);
}
