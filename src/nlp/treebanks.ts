/** Locations of the Universal Dependencies treebanks in the shared data, and the licence filter for training. */
import { join } from 'node:path';
import { isNonCommercialGum, readConllu, type ConlluSentence } from './conllu.js';

/** A treebank split. */
export type Split = 'train' | 'dev' | 'test';

/** The treebanks whosaid trains and evaluates on. */
export type Treebank = 'EWT' | 'GUM';

/** Path of a treebank split under a data root (normally ../shared/data). */
export function treebankPath(dataRoot: string, treebank: Treebank, split: Split): string {
  return join(dataRoot, 'ud', treebank, `en_${treebank.toLowerCase()}-ud-${split}.conllu`);
}

/** Read one treebank split. */
export function readTreebank(dataRoot: string, treebank: Treebank, split: Split): ConlluSentence[] {
  return readConllu(treebankPath(dataRoot, treebank, split));
}

/** The sentences models that ship may be trained on: EWT plus the GUM genres whose licence allows it. */
export function readShippableTrainingSet(dataRoot: string, split: Split = 'train'): ConlluSentence[] {
  const gum = readTreebank(dataRoot, 'GUM', split).filter((sentence) => !isNonCommercialGum(sentence));
  return [...readTreebank(dataRoot, 'EWT', split), ...gum];
}
