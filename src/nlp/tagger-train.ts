/**
 * Training of the part-of-speech tagger from CoNLL-U sentences: joint UPOS+XPOS classes, a
 * dictionary of frequent unambiguous words, then epochs of greedy decoding with perceptron updates
 * in a seeded shuffled order.
 */
import { normalize } from '../text/chars.js';
import type { ConlluSentence } from './conllu.js';
import { argmax, createTrainer, finishTraining, scoreModel, scoreTrainer, updateTrainer, type LinearModel } from './perceptron.js';
import { seededShuffle } from './random.js';
import { createTaggerScratch, decodeTags, type TagClass, type TaggerModel } from './tagger.js';
import { wordnetClass, type WordnetTable } from './wordnet-classes.js';

/** Options for tagger training. */
export interface TaggerTrainingOptions {
  epochs?: number;
  bucketBits?: number;
  seed?: number;
  pruneBelow?: number;
  /** A word enters the dictionary when seen at least this often... */
  dictionaryMinCount?: number;
  /** ...with one class at least this share of the time. */
  dictionaryMinShare?: number;
  /** A word enters the ambiguity lexicon when seen at least this often... */
  lexiconMinCount?: number;
  /** ...and its ambiguity class lists the classes it carries at least this share of the time. */
  lexiconMinShare?: number;
  /** Whether a word the lexicon lacks takes its lower-cased form's ambiguity class (default true; see TaggerModel.lowerLexicon). */
  lowerCaseBackoff?: boolean;
  /** WordNet's parts of speech for words neither lexicon has (TaggerModel.wordnet); none by default. */
  wordnet?: WordnetTable | null;
  /** Class pairs seen fewer times are folded into the commonest class with the same XPOS. */
  minClassCount?: number;
  /** 2 adds a second pass that sees the first pass's tags to the right (jackknifed in training). */
  passes?: 1 | 2;
  /** Folds for jackknifing the first-pass tags the second pass trains on. */
  folds?: number;
  /** Epochs of the fold taggers (default: epochs - 2). */
  jackknifeEpochs?: number;
  /** Called after each epoch with its training accuracy and, lazily, the model averaged so far (for dev scores). */
  onEpoch?: (epoch: number, accuracy: number, modelSoFar: () => TaggerModel) => void;
}

/** The normalized word forms of a CoNLL-U sentence, as the tokenizer's `norm` would give them. */
export function sentenceWords(sentence: ConlluSentence): string[] {
  return sentence.words.map((word) => normalize(word.form));
}

/** Collect the tag classes of a training set, with a function mapping (upos, xpos) to a class. */
export function buildTagClasses(sentences: readonly ConlluSentence[], minCount = 3): { classes: TagClass[]; classOf: (upos: string, xpos: string) => number } {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const word of sentence.words) counts.set(`${word.upos}\t${word.xpos}`, (counts.get(`${word.upos}\t${word.xpos}`) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const classes: TagClass[] = [];
  const index = new Map<string, number>();
  const byXpos = new Map<string, number>();
  const byUpos = new Map<string, number>();
  for (const [key, count] of ranked) {
    if (count < minCount && classes.length > 0) continue;
    const [upos = '', xpos = ''] = key.split('\t');
    index.set(key, classes.length);
    if (!byXpos.has(xpos)) byXpos.set(xpos, classes.length);
    if (!byUpos.has(upos)) byUpos.set(upos, classes.length);
    classes.push({ upos, xpos });
  }
  const classOf = (upos: string, xpos: string): number => index.get(`${upos}\t${xpos}`) ?? byXpos.get(xpos) ?? byUpos.get(upos) ?? 0;
  return { classes, classOf };
}

/** Train a tagger; deterministic for a given input order, options and seed. */
export function trainTagger(sentences: readonly ConlluSentence[], options: TaggerTrainingOptions = {}): TaggerModel {
  const epochs = options.epochs ?? 10;
  const { classes, classOf } = buildTagClasses(sentences, options.minClassCount ?? 3);
  const examples = sentences.map((sentence) => ({ words: sentenceWords(sentence), gold: Int32Array.from(sentence.words, (w) => classOf(w.upos, w.xpos)) }));
  const dictionary = buildDictionary(examples, classes.length, options.dictionaryMinCount ?? 20, options.dictionaryMinShare ?? 0.97);
  const counts = countClasses(examples, classes.length);
  const lexiconMinCount = options.lexiconMinCount ?? 3;
  const lexiconMinShare = options.lexiconMinShare ?? 0.02;
  const lexicon = new Map<string, number>();
  for (const [word, row] of counts) {
    const value = ambiguityClass(row, -1, lexiconMinCount, lexiconMinShare, EXACT_SEED);
    if (value !== 0) lexicon.set(word, value);
  }
  const lowerCounts = countClasses(examples.map(({ words, gold }) => ({ words: words.map((word) => word.toLowerCase()), gold })), classes.length);
  const lowerLexicon = new Map<string, number>();
  const backoff = options.lowerCaseBackoff ?? true;
  if (backoff) for (const [word, row] of lowerCounts) {
    const value = ambiguityClass(row, -1, lexiconMinCount, lexiconMinShare, LOWER_SEED);
    if (value !== 0) lowerLexicon.set(word, value);
  }
  // Training sees each token's ambiguity class computed without that token (leave-one-out), so
  // the feature is as informative on training data as it will be on unseen text; the lower-cased
  // form stands in when the exact one is too rare, then WordNet, as in wordAmbiguity at inference.
  const wordnet = options.wordnet ?? null;
  const ambiguities = examples.map(({ words, gold }) => Int32Array.from(words, (word, i) => {
    const exact = ambiguityClass(counts.get(word)!, gold[i]!, lexiconMinCount, lexiconMinShare, EXACT_SEED);
    const lower = word.toLowerCase();
    const value = exact !== 0 || lower === word || !backoff ? exact : ambiguityClass(lowerCounts.get(lower)!, gold[i]!, lexiconMinCount, lexiconMinShare, LOWER_SEED);
    return value === 0 && wordnet ? wordnetClass(wordnet, word) : value;
  }));
  const pass: PassData = { classes, dictionary, lexicon, lowerLexicon, wordnet, examples, ambiguities, first: null };
  const first = trainPass(pass, examples.map((_, i) => i), null, epochs, options, true);
  pass.first = first;
  if ((options.passes ?? 1) === 1) return { kind: 'tagger', linear: first, classes, dictionary, lexicon, lowerLexicon, wordnet, second: null };
  // The second pass learns from first-pass tags as noisy as at inference: each fold is tagged by a
  // first pass trained on the other folds (jackknifing).
  const folds = options.folds ?? 4;
  const firstPassTags: Int32Array[] = new Array<Int32Array>(examples.length);
  const size = Math.ceil(examples.length / folds);
  for (let fold = 0; fold < folds; fold++) {
    const heldOut = new Set<number>();
    for (let i = fold * size; i < Math.min(examples.length, (fold + 1) * size); i++) heldOut.add(i);
    const rest = examples.map((_, i) => i).filter((i) => !heldOut.has(i));
    const model = trainPass(pass, rest, null, options.jackknifeEpochs ?? Math.max(1, epochs - 2), options, false);
    const scratch = createTaggerScratch(classes.length);
    for (const i of heldOut) {
      const { words } = examples[i]!;
      firstPassTags[i] = decodeTags(words, dictionary, ambiguities[i]!, (features, scores) => scoreModel(model, features, scores), scratch, new Int32Array(words.length));
    }
  }
  const second = trainPass(pass, examples.map((_, i) => i), firstPassTags, epochs, options, true);
  return { kind: 'tagger', linear: first, classes, dictionary, lexicon, lowerLexicon, wordnet, second };
}

interface PassData {
  classes: TagClass[];
  dictionary: Map<string, number>;
  lexicon: Map<string, number>;
  lowerLexicon: Map<string, number>;
  wordnet: WordnetTable | null;
  examples: ReadonlyArray<{ words: string[]; gold: Int32Array }>;
  ambiguities: readonly Int32Array[];
  /** The finished first pass, once trained (for reporting second-pass progress). */
  first: LinearModel | null;
}

/** Train one pass over the examples at `indexes`; a second pass also gets the first pass's tags. */
function trainPass(data: PassData, indexes: number[], firstPassTags: readonly Int32Array[] | null, epochs: number, options: TaggerTrainingOptions, report: boolean): LinearModel {
  const { classes, dictionary, lexicon, lowerLexicon, wordnet, examples, ambiguities } = data;
  const trainer = createTrainer({ labels: classes.map((c) => `${c.upos}/${c.xpos}`), bucketBits: options.bucketBits ?? 20 });
  const scratch = createTaggerScratch(classes.length);
  const score = (features: Parameters<typeof scoreTrainer>[1], scores: Float32Array): Float32Array => scoreTrainer(trainer, features, scores);
  const order = [...indexes];
  let out = new Int32Array(256);
  const pruneBelow = options.pruneBelow ?? 1e-3;
  for (let epoch = 0; epoch < epochs; epoch++) {
    seededShuffle(order, (options.seed ?? 1) + epoch);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { words, gold } = examples[index]!;
      if (out.length < words.length) out = new Int32Array(words.length * 2);
      // The history features see the model's own guesses, as they will at inference.
      decodeTags(words, dictionary, ambiguities[index]!, score, scratch, out, (position, features, guess) => {
        updateTrainer(trainer, features, gold[position]!, guess);
        return guess;
      }, firstPassTags ? firstPassTags[index]! : null);
      for (let i = 0; i < words.length; i++) {
        total++;
        if (out[i] === gold[i]) correct++;
      }
    }
    if (report) {
      const soFar = (): TaggerModel => {
        const linear = finishTraining(trainer, { pruneBelow });
        return firstPassTags ? { kind: 'tagger', linear: data.first ?? linear, classes, dictionary, lexicon, lowerLexicon, wordnet, second: linear } : { kind: 'tagger', linear, classes, dictionary, lexicon, lowerLexicon, wordnet, second: null };
      };
      options.onEpoch?.(epoch + 1, total > 0 ? correct / total : 0, soFar);
    }
  }
  return finishTraining(trainer, { pruneBelow });
}

function countClasses(examples: ReadonlyArray<{ words: string[]; gold: Int32Array }>, classCount: number): Map<string, Int32Array> {
  const counts = new Map<string, Int32Array>();
  for (const { words, gold } of examples) {
    for (let i = 0; i < words.length; i++) {
      let row = counts.get(words[i]!);
      if (!row) {
        row = new Int32Array(classCount);
        counts.set(words[i]!, row);
      }
      row[gold[i]!]!++;
    }
  }
  return counts;
}

/** Start of the class-set hash of exact forms (TaggerModel.lexicon). */
const EXACT_SEED = 0x811c9dc5;
/** Start of the class-set hash of lower-cased forms, so their classes never equal an exact form's. */
const LOWER_SEED = 0x2f6b1a4d;

/** The ambiguity class of a word from its class counts, leaving out one occurrence of class `leaveOut` (-1: none); 0 when too rare. */
function ambiguityClass(row: Int32Array, leaveOut: number, minCount: number, minShare: number, seed: number): number {
  let total = 0;
  for (const count of row) total += count;
  if (leaveOut >= 0) total--;
  if (total < minCount) return 0;
  // The class set, hashed into one non-zero integer (0 means "not in the lexicon").
  let hash = seed;
  for (let c = 0; c < row.length; c++) {
    const count = row[c]! - (c === leaveOut ? 1 : 0);
    if (count > 0 && count / total >= minShare) hash = Math.imul(hash ^ (c + 1), 0x01000193);
  }
  return (hash >>> 1) + 1;
}

function buildDictionary(examples: ReadonlyArray<{ words: string[]; gold: Int32Array }>, classCount: number, minCount: number, minShare: number): Map<string, number> {
  const dictionary = new Map<string, number>();
  for (const [word, row] of countClasses(examples, classCount)) {
    let total = 0;
    for (const count of row) total += count;
    if (total < minCount) continue;
    const best = argmax(Float32Array.from(row));
    if (row[best]! / total >= minShare) dictionary.set(word, best);
  }
  return dictionary;
}
