/**
 * The trained NER model: the finished perceptron plus everything feature extraction needs to
 * reproduce training (feature options, the lower-case vocabulary), and its (de)serialization.
 */
import { WhosaidError } from '../errors.js';
import { deserializeModel, scoreModel, serializeModel, type LinearModel } from './perceptron.js';
import { createDecodeScratch, createScoreMemo, decode, type DecodeScratch, type ScoreMemo } from './ner-decode.js';
import { prepareSentence, type PreparedSentence, type DocumentCasing, type NerFeatureContext, type NerFeatureOptions, type SentenceWindow } from './ner-features.js';
import { NER_LABELS, spansFromLabels, type TokenSpan } from './ner-tags.js';
import { wordClusters, WORD_CLUSTERS_PATH } from './word-clusters.js';

/** Version of the NER feature set; a model saved by another version is refused. */
export const NER_FEATURE_VERSION = 3;

/** A trained NER model ready to predict. */
export interface NerModel {
  kind: 'ner-model';
  linear: LinearModel;
  context: NerFeatureContext;
  /** The median margin of entity tokens on training data; a margin of this size gives confidence 0.63. */
  marginScale: number;
  /** Scores that depend on no sentence word, computed on first use (never affects results). */
  memo: ScoreMemo;
}

/** A predicted entity over tokens [start, end) of one sentence, with the decoder's confidence. */
export interface ScoredTokenSpan extends TokenSpan {
  /** Confidence in (0, 1): the span's smallest per-token max-marginal gap, squashed by the model's margin scale. */
  score: number;
}

interface NerMetadata {
  name: 'ner';
  featureVersion: number;
  options: NerFeatureOptions;
  lowerVocabulary: string[];
  marginScale: number;
  /** Digest of the word-cluster table the model was trained with (models using cluster features only). */
  clusterDigest?: string;
}

/** Serialize a model to bytes (compressed perceptron weights plus JSON metadata; see serializeModel). */
export function serializeNerModel(model: NerModel): Buffer {
  const metadata: NerMetadata = {
    name: 'ner', featureVersion: NER_FEATURE_VERSION, options: model.context.options,
    lowerVocabulary: [...model.context.lowerVocabulary].sort(), marginScale: model.marginScale,
    ...(model.context.options.clusters ? { clusterDigest: wordClusters().digest } : {}),
  };
  return serializeModel(model.linear, metadata);
}

function isMetadata(value: unknown): value is NerMetadata {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record['name'] === 'ner' && typeof record['featureVersion'] === 'number' && Array.isArray(record['lowerVocabulary']) && typeof record['options'] === 'object' && record['options'] !== null;
}

/** Read a model written by serializeNerModel; throws MODEL_UNAVAILABLE on foreign or stale data. */
export function deserializeNerModel(bytes: Uint8Array, name = 'models/ner.bin'): NerModel {
  const { model, metadata } = deserializeModel(bytes, name);
  if (!isMetadata(metadata)) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is not an NER model`);
  if (metadata.featureVersion !== NER_FEATURE_VERSION) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} was trained with NER features v${metadata.featureVersion}, this code uses v${NER_FEATURE_VERSION}`);
  if (model.labels.length !== NER_LABELS.length || model.labels.some((label, i) => label !== NER_LABELS[i])) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} has labels that do not match this code's BILOU scheme`);
  const options: NerFeatureOptions = { pos: metadata.options.pos === true, gazetteers: metadata.options.gazetteers !== false, clusters: metadata.options.clusters === true };
  // Cluster features index a data file: a model trained with another version of it would read wrong ids.
  if (options.clusters && metadata.clusterDigest !== wordClusters().digest) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} was trained with another data/${WORD_CLUSTERS_PATH} (digest ${metadata.clusterDigest ?? 'none'}, file ${wordClusters().digest}); retrain with \`npm run train -- ner\``);
  const marginScale = typeof metadata.marginScale === 'number' && metadata.marginScale > 0 ? metadata.marginScale : 1;
  return { kind: 'ner-model', linear: model, context: { options, lowerVocabulary: new Set(metadata.lowerVocabulary), wordCache: new Map() }, marginScale, memo: createScoreMemo() };
}

/** Squash a score margin into [0, 1) as a monotone confidence, in units of the model's margin scale. */
function confidence(margin: number, scale: number): number {
  return 1 - Math.exp(-Math.max(0, margin) / scale);
}

/**
 * Predict the entities of one sentence of words (POS tags only used by models trained with them).
 * With `window`, only tokens [from, to) are labeled (their features still read the whole sentence);
 * the spans returned are then relative to `from`.
 */
export function predictSentence(model: NerModel, words: readonly string[], pos?: readonly string[], scratch: DecodeScratch = createDecodeScratch(), casing?: DocumentCasing, window?: SentenceWindow): ScoredTokenSpan[] {
  if (words.length === 0) return [];
  const prepared = prepareSentence(words, pos, model.context, casing, window);
  if (prepared.length === 0) return [];
  const labels = new Uint8Array(prepared.length);
  const margins = new Float32Array(prepared.length);
  decode(prepared, { score: (features, scores) => scoreModel(model.linear, features, scores), cacheWordScores: true, memo: model.memo, linear: model.linear }, scratch, labels, margins);
  return dropShoutedCommonWords(prepared, spansFromLabels(labels)).map((span) => {
    let smallest = Infinity;
    for (let i = span.start; i < span.end; i++) smallest = Math.min(smallest, margins[i]!);
    return { ...span, score: Math.round(confidence(smallest, model.marginScale) * 1000) / 1000 };
  });
}

/**
 * Refiner: in a Title Case or ALL CAPS line ("Stocks Fall As Investors Weigh Rate Hike"), a span
 * made only of common words that are never names, and matching no listed given name, place or
 * organization, is a headline phrase; the model, seeing capitals everywhere, sometimes labels such
 * phrases. (Cost: a lone surname that is also a common word, "Sessions", is lost in such a line.)
 */
function dropShoutedCommonWords(sentence: PreparedSentence, spans: TokenSpan[]): TokenSpan[] {
  if (!sentence.shouted) return spans;
  return spans.filter((span) => {
    for (let i = span.start; i < span.end; i++) if (sentence.common[i] === 0 || sentence.listedName[i] === 1) return true;
    return false;
  });
}
