/**
 * The trained NER model: the finished perceptron plus everything feature extraction needs to
 * reproduce training (feature options, the lower-case vocabulary), and its (de)serialization.
 */
import { WhosaidError } from '../errors.js';
import { deserializeModel, scoreModel, serializeModel, type LinearModel } from './perceptron.js';
import { createDecodeScratch, decode, type DecodeScratch } from './ner-decode.js';
import { prepareSentence, type DocumentCasing, type NerFeatureContext, type NerFeatureOptions } from './ner-features.js';
import { NER_LABELS, spansFromLabels, type TokenSpan } from './ner-tags.js';

/** Version of the NER feature set; a model saved by another version is refused. */
export const NER_FEATURE_VERSION = 1;

/** A trained NER model ready to predict. */
export interface NerModel {
  kind: 'ner-model';
  linear: LinearModel;
  context: NerFeatureContext;
}

/** A predicted entity over tokens [start, end) of one sentence, with the decoder's confidence. */
export interface ScoredTokenSpan extends TokenSpan {
  /** The smallest margin of the chosen label over the runner-up across the span's tokens, squashed to (0, 1). */
  score: number;
}

interface NerMetadata {
  name: 'ner';
  featureVersion: number;
  options: NerFeatureOptions;
  lowerVocabulary: string[];
}

/** Serialize a model to bytes (brotli-compressed perceptron weights plus JSON metadata). */
export function serializeNerModel(model: NerModel): Buffer {
  const metadata: NerMetadata = {
    name: 'ner', featureVersion: NER_FEATURE_VERSION, options: model.context.options,
    lowerVocabulary: [...model.context.lowerVocabulary].sort(),
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
  const options: NerFeatureOptions = { pos: metadata.options.pos === true, gazetteers: metadata.options.gazetteers !== false };
  return { kind: 'ner-model', linear: model, context: { options, lowerVocabulary: new Set(metadata.lowerVocabulary) } };
}

/** Squash a score margin into (0, 1) as a monotone confidence. */
function confidence(margin: number): number {
  return 1 - Math.exp(-Math.max(0, margin));
}

/** Predict the entities of one sentence of words (POS tags only used by models trained with them). */
export function predictSentence(model: NerModel, words: readonly string[], pos?: readonly string[], scratch: DecodeScratch = createDecodeScratch(), casing?: DocumentCasing): ScoredTokenSpan[] {
  if (words.length === 0) return [];
  const prepared = prepareSentence(words, pos, model.context, casing);
  const labels = new Uint8Array(words.length);
  const margins = new Float32Array(words.length);
  decode(prepared, (features, scores) => scoreModel(model.linear, features, scores), scratch, labels, margins);
  return spansFromLabels(labels).map((span) => {
    let smallest = Infinity;
    for (let i = span.start; i < span.end; i++) smallest = Math.min(smallest, margins[i]!);
    return { ...span, score: Math.round(confidence(smallest) * 1000) / 1000 };
  });
}
