/** UPOS and XPOS accuracy of a tagger on gold-tokenized CoNLL-U sentences. */
import type { ConlluSentence } from './conllu.js';
import { createTaggerScratch, tagWords, type TaggerModel } from './tagger.js';
import { sentenceWords } from './tagger-train.js';

/** Tagging accuracy over a set of sentences. */
export interface TaggingAccuracy {
  tokens: number;
  upos: number;
  xpos: number;
  /** Both tags right. */
  joint: number;
}

/** Tag gold-tokenized sentences and compare with their gold tags. */
export function taggingAccuracy(model: TaggerModel, sentences: readonly ConlluSentence[]): TaggingAccuracy {
  const scratch = createTaggerScratch(model.classes.length);
  let tokens = 0;
  let upos = 0;
  let xpos = 0;
  let joint = 0;
  for (const sentence of sentences) {
    const predicted = tagWords(model, sentenceWords(sentence), scratch);
    sentence.words.forEach((word, i) => {
      const tag = model.classes[predicted[i]!];
      tokens++;
      const uposRight = tag?.upos === word.upos;
      const xposRight = tag?.xpos === word.xpos;
      if (uposRight) upos++;
      if (xposRight) xpos++;
      if (uposRight && xposRight) joint++;
    });
  }
  const share = (n: number): number => (tokens > 0 ? n / tokens : 0);
  return { tokens, upos: share(upos), xpos: share(xpos), joint: share(joint) };
}
