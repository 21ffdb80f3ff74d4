/**
 * Training of the NER model: a structured (Collins) averaged perceptron over the shared features.
 * Each sentence is decoded with Viterbi under the current weights; where the best sequence differs
 * from the gold one, the gold sequence's features move up and the predicted one's down. Sentences
 * are shuffled each epoch with a seed, so a run is reproducible.
 */
import { WhosaidError } from '../errors.js';
import { normalize } from '../text/chars.js';
import { createFeatureBuffer, type FeatureBuffer } from './feature-hash.js';
import { createTrainer, finishTraining, scoreModel, scoreTrainer, type LinearModel, type PerceptronTrainer } from './perceptron.js';
import { seededShuffle } from './random.js';
import { augmentCase } from './ner-augment.js';
import { createDecodeScratch, createScoreMemo, decode } from './ner-decode.js';
import { documentCasing, prepareSentence, staticFeatures, type DocumentCasing, transitionFeatures, type NerFeatureContext, type NerFeatureOptions, type PreparedSentence } from './ner-features.js';
import { labelsFromSpans, NER_LABELS, OUTSIDE } from './ner-tags.js';
import type { NerDocument, NerSentence } from './ner-corpus.js';
import type { NerModel } from './ner-model.js';

/** Training settings. */
export interface NerTrainOptions {
  epochs: number;
  /** log2 of the number of hashed feature buckets. */
  bucketBits: number;
  seed: number;
  features: NerFeatureOptions;
  /** Minimum count for a word to enter the lower-case vocabulary. */
  vocabularyMinCount: number;
  /** Share of sentences copied in Title Case, and another share in ALL CAPS (see ner-augment.ts). */
  caseAugmentation: number;
  /** Called after every epoch with the share of tokens whose label was right during that epoch. */
  onEpoch?: (epoch: number, tokenAccuracy: number) => void;
}

/** Defaults chosen on GUM dev (see docs/ner.md). */
export const DEFAULT_NER_TRAIN_OPTIONS: NerTrainOptions = {
  epochs: 12, bucketBits: 18, seed: 20170302, features: { pos: false, gazetteers: true, clusters: true }, vocabularyMinCount: 2, caseAugmentation: 0.15,
};

/** A training sentence, optionally with POS tags for its words. */
export interface NerTrainingSentence extends NerSentence {
  pos?: string[];
  /** How words are written across the sentence's document (see documentCasing). */
  casing?: DocumentCasing;
}

/** Words seen in all-lower-case form at least `minCount` times: ordinary words, not names. */
export function lowerVocabulary(sentences: readonly NerSentence[], minCount: number): Set<string> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (word !== word.toLowerCase() || word === word.toUpperCase()) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const vocabulary = new Set<string>();
  for (const [word, count] of counts) if (count >= minCount) vocabulary.add(word);
  return vocabulary;
}

/**
 * All sentences of some documents, in order, with words in the tokenizer's `norm` form (straight
 * quotes, as the model sees them at inference) and each carrying its document's casing statistics.
 */
export function sentencesOf(documents: readonly NerDocument[]): NerTrainingSentence[] {
  return documents.flatMap((document) => {
    const sentences = document.sentences.map((sentence) => ({ ...sentence, words: sentence.words.map(normalize) }));
    const casing = documentCasing(sentences.map((sentence) => sentence.words));
    return sentences.map((sentence) => ({ ...sentence, casing }));
  });
}

/** Train a model on sentences with gold entity spans. */
export function trainNer(sentences: readonly NerTrainingSentence[], options: NerTrainOptions = DEFAULT_NER_TRAIN_OPTIONS): NerModel {
  if (sentences.length === 0) throw new WhosaidError('INVALID_INPUT', 'NER training needs at least one sentence');
  if (options.features.pos && sentences.some((sentence) => sentence.pos === undefined)) throw new WhosaidError('INVALID_OPTION', 'POS features need POS tags on every training sentence');
  const context: NerFeatureContext = { options: options.features, lowerVocabulary: lowerVocabulary(sentences, options.vocabularyMinCount), wordCache: new Map() };
  // The vocabulary comes from the sentences as written, before the augmented copies are added.
  const examples: Array<{ prepared: PreparedSentence; gold: Uint8Array }> = augmentCase(sentences, options.caseAugmentation, options.seed)
    .filter((sentence) => sentence.words.length > 0)
    .map((sentence) => ({ prepared: prepareSentence(sentence.words, sentence.pos, context, sentence.casing), gold: labelsFromSpans(sentence.words.length, sentence.spans) }));
  const trainer = createTrainer({ labels: NER_LABELS, bucketBits: options.bucketBits });
  const scratch = createDecodeScratch();
  const features = createFeatureBuffer(256);
  const score = (buffer: FeatureBuffer, scores: Float32Array): void => {
    scoreTrainer(trainer, buffer, scores);
  };
  const order = examples.map((_, i) => i);
  let guessed = new Uint8Array(64);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    seededShuffle(order, options.seed + epoch);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { prepared, gold } = examples[index]!;
      if (guessed.length < prepared.length) guessed = new Uint8Array(prepared.length * 2);
      decode(prepared, { score, cacheWordScores: false }, scratch, guessed);
      for (let i = 0; i < prepared.length; i++) {
        const truth = gold[i]!;
        const guess = guessed[i]!;
        if (truth === guess) correct++;
        total++;
        if (truth !== guess) {
          staticFeatures(prepared, i, features);
          adjustWeights(trainer, features, truth, 1);
          adjustWeights(trainer, features, guess, -1);
        }
        const goldPrevious = i === 0 ? OUTSIDE : gold[i - 1]!;
        const guessPrevious = i === 0 ? OUTSIDE : guessed[i - 1]!;
        if (truth !== guess || goldPrevious !== guessPrevious) {
          transitionFeatures(prepared, i, goldPrevious, features);
          adjustWeights(trainer, features, truth, 1);
          transitionFeatures(prepared, i, guessPrevious, features);
          adjustWeights(trainer, features, guess, -1);
        }
      }
      // The averaging clock counts sentences: a structured perceptron makes one update per sequence.
      trainer.step++;
    }
    options.onEpoch?.(epoch, total > 0 ? correct / total : 0);
  }
  const linear = finishTraining(trainer);
  return { kind: 'ner-model', linear, context, marginScale: medianEntityMargin(linear, examples.slice(0, 3000).map((example) => example.prepared)), memo: createScoreMemo() };
}

/**
 * Move one label's weights for every feature by `amount`, keeping the averaging totals in step.
 * The shared perceptron's updateTrainer moves two labels over one feature set; a structured update
 * needs gold and predicted labels over different (label-history) feature sets, hence this.
 */
function adjustWeights(trainer: PerceptronTrainer, features: FeatureBuffer, label: number, amount: number): void {
  const { classCount, mask, weights, totals, step } = trainer;
  for (let f = 0; f < features.length; f++) {
    const index = (features.hashes[f]! & mask) * classCount + label;
    weights[index]! += amount;
    totals[index]! += step * amount;
  }
}

/**
 * The median decoding margin of tokens the finished model puts inside entities, on (up to 3,000)
 * training sentences: the unit that turns margins into confidences (see ner-model.ts).
 */
function medianEntityMargin(linear: LinearModel, sentences: readonly PreparedSentence[]): number {
  const scratch = createDecodeScratch();
  const margins: number[] = [];
  for (const sentence of sentences) {
    const labels = new Uint8Array(sentence.length);
    const tokenMargins = new Float32Array(sentence.length);
    decode(sentence, { score: (features, scores) => scoreModel(linear, features, scores), cacheWordScores: false }, scratch, labels, tokenMargins);
    for (let i = 0; i < sentence.length; i++) if (labels[i] !== OUTSIDE) margins.push(tokenMargins[i]!);
  }
  margins.sort((a, b) => a - b);
  const median = margins[Math.floor(margins.length / 2)];
  return median !== undefined && median > 0 ? median : 1;
}
