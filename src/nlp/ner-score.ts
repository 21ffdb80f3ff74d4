/**
 * Entity-level exact-match scoring: a predicted entity counts only when its start, end and type all
 * equal a gold entity's. Counts are kept per type so that PER/ORG/LOC can be reported apart from MISC.
 */
import { NER_TYPES, type NerType } from './ner-tags.js';

/** True positives, false positives and false negatives. */
export interface MatchCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Counts per entity type. */
export type NerCounts = Record<NerType, MatchCounts>;

/** Precision, recall and F1 for a set of counts. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
}

/** Any span with a type, in tokens or characters. */
export interface TypedSpan {
  start: number;
  end: number;
  type: NerType;
}

/** Empty counts for every type. */
export function emptyCounts(): NerCounts {
  const counts = {} as NerCounts;
  for (const type of NER_TYPES) counts[type] = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  return counts;
}

/** Add the comparison of one unit's (sentence or document) predicted and gold spans to `counts`. */
export function addMatches(counts: NerCounts, gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
  const key = (span: TypedSpan): string => `${span.start}:${span.end}:${span.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  for (const span of predicted) {
    if (goldKeys.has(key(span))) counts[span.type].truePositives++;
    else counts[span.type].falsePositives++;
  }
  for (const span of gold) if (!predictedKeys.has(key(span))) counts[span.type].falseNegatives++;
}

/** Precision, recall and F1 over the given types, micro-averaged. */
export function summarize(counts: NerCounts, types: readonly NerType[] = NER_TYPES): PrecisionRecall {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const type of types) {
    tp += counts[type].truePositives;
    fp += counts[type].falsePositives;
    fn += counts[type].falseNegatives;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold: tp + fn, predicted: tp + fp };
}

/** Add `more` into `counts`. */
export function mergeCounts(counts: NerCounts, more: NerCounts): void {
  for (const type of NER_TYPES) {
    counts[type].truePositives += more[type].truePositives;
    counts[type].falsePositives += more[type].falsePositives;
    counts[type].falseNegatives += more[type].falseNegatives;
  }
}
