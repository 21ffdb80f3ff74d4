/**
 * Evaluation helpers shared by the NER train and eval scripts: scoring a model on gold-tokenized
 * documents, k-fold cross-validation by document, and formatting per-type figures.
 */
import { documentFolds, type NerDocument } from './ner-corpus.js';
import { createDecodeScratch } from './ner-decode.js';
import { predictSentence, type NerModel } from './ner-model.js';
import { addMatches, emptyCounts, mergeCounts, summarize, type NerCounts, type PrecisionRecall } from './ner-score.js';
import { sentencesOf, trainNer, type NerTrainingSentence, type NerTrainOptions } from './ner-train.js';
import { NER_TYPES, type NerType } from './ner-tags.js';

/** Adds POS tags to a sentence's words when a model uses POS features. */
export type PosTagger = (words: readonly string[]) => string[];

/** Score a model on documents with gold tokens (each document's casing statistics included). */
export function evaluateDocuments(model: NerModel, documents: readonly NerDocument[], tagger?: PosTagger): NerCounts {
  const counts = emptyCounts();
  const scratch = createDecodeScratch();
  for (const sentence of sentencesOf(documents)) {
    const pos = model.context.options.pos && tagger ? tagger(sentence.words) : undefined;
    addMatches(counts, sentence.spans, predictSentence(model, sentence.words, pos, scratch, sentence.casing));
  }
  return counts;
}

/**
 * k-fold cross-validation over `documents` by document: each fold is scored by a model trained on
 * `extra` plus the other folds. Returns the summed counts over all folds.
 */
export function crossValidate(documents: readonly NerDocument[], k: number, extra: readonly NerTrainingSentence[], options: NerTrainOptions, onFold?: (fold: number, counts: NerCounts) => void, tagger?: PosTagger): NerCounts {
  const folds = documentFolds(documents, k);
  const total = emptyCounts();
  const withPos = (sentences: NerTrainingSentence[]): NerTrainingSentence[] => (options.features.pos && tagger ? sentences.map((sentence) => ({ ...sentence, pos: tagger(sentence.words) })) : sentences);
  for (let fold = 0; fold < k; fold++) {
    const training = [...extra, ...withPos(sentencesOf(folds.filter((_, index) => index !== fold).flat()))];
    const model = trainNer(training, options);
    const counts = evaluateDocuments(model, folds[fold]!, tagger);
    mergeCounts(total, counts);
    onFold?.(fold + 1, counts);
  }
  return total;
}

/** The PER, ORG and LOC types the headline figure is computed over. */
export const CORE_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC'];

/** Per-type, core (PER/ORG/LOC) and overall precision/recall/F1, rounded to 4 decimals. */
export function figures(counts: NerCounts): Record<string, PrecisionRecall> {
  const round = (value: PrecisionRecall): PrecisionRecall => ({ ...value, precision: round4(value.precision), recall: round4(value.recall), f1: round4(value.f1) });
  const result: Record<string, PrecisionRecall> = {};
  for (const type of NER_TYPES) result[type] = round(summarize(counts, [type]));
  result['PER+ORG+LOC'] = round(summarize(counts, CORE_TYPES));
  result['all'] = round(summarize(counts));
  return result;
}

function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** A fixed-width table of figures, one row per type. */
export function formatFigures(title: string, table: Record<string, PrecisionRecall>): string {
  const lines = [title, `  ${'type'.padEnd(12)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)} ${'gold'.padStart(6)} ${'pred'.padStart(6)}`];
  for (const [type, value] of Object.entries(table)) {
    lines.push(`  ${type.padEnd(12)} ${value.precision.toFixed(4).padStart(7)} ${value.recall.toFixed(4).padStart(7)} ${value.f1.toFixed(4).padStart(7)} ${String(value.gold).padStart(6)} ${String(value.predicted).padStart(6)}`);
  }
  return lines.join('\n');
}
