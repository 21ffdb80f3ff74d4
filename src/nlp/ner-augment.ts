/**
 * Case augmentation for NER training: copies of some training sentences rewritten in headline Title
 * Case and in ALL CAPS, with the same gold entities, so that the model learns not to read every
 * capital as a name in headlines and still finds names in upper-case text.
 */
import { seededRandom } from './random.js';
import { documentCasing } from './ner-features.js';
import type { NerTrainingSentence } from './ner-train.js';

/** Short function words a headline leaves in lower case. */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'up']);

/** A word in headline Title Case ("budget" → "Budget"; short function words stay lower case). */
export function titleCaseWord(word: string, first: boolean): string {
  if (!first && HEADLINE_LOWER.has(word)) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A Title Case copy of a sentence; its document casing is kept (a headline above ordinary text). */
export function titleCaseSentence(sentence: NerTrainingSentence): NerTrainingSentence {
  return { ...sentence, words: sentence.words.map((word, i) => titleCaseWord(word, i === 0)) };
}

/** An ALL CAPS copy of a sentence, with casing statistics of an all-caps document. */
export function upperCaseSentence(sentence: NerTrainingSentence): NerTrainingSentence {
  const words = sentence.words.map((word) => word.toUpperCase());
  return { ...sentence, words, casing: documentCasing([words]) };
}

/** Add a Title Case copy of about `share` of the sentences and an ALL CAPS copy of another `share`, chosen with a seed. */
export function augmentCase(sentences: readonly NerTrainingSentence[], share: number, seed: number): NerTrainingSentence[] {
  const random = seededRandom(seed);
  const extra: NerTrainingSentence[] = [];
  for (const sentence of sentences) {
    const draw = random();
    if (draw < share) extra.push(titleCaseSentence(sentence));
    else if (draw < 2 * share) extra.push(upperCaseSentence(sentence));
  }
  return [...sentences, ...extra];
}
