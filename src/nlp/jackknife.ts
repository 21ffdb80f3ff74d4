/**
 * Jackknifed tags for parser training: each fold of the training set is tagged by a tagger trained
 * on the other folds, so the parser learns from tags as noisy as the ones it will see at inference.
 */
import type { ConlluSentence } from './conllu.js';
import { createTaggerScratch, tagWords } from './tagger.js';
import { sentenceWords, trainTagger, type TaggerTrainingOptions } from './tagger-train.js';

/** Predicted UPOS and XPOS per word of every sentence, from `folds` taggers trained on contiguous folds. */
export function jackknifeTags(sentences: readonly ConlluSentence[], folds: number, options: TaggerTrainingOptions = {}, onFold?: (fold: number) => void): Array<{ upos: string[]; xpos: string[] }> {
  const result: Array<{ upos: string[]; xpos: string[] }> = new Array(sentences.length);
  const size = Math.ceil(sentences.length / folds);
  for (let fold = 0; fold < folds; fold++) {
    const start = fold * size;
    const end = Math.min(sentences.length, start + size);
    const model = trainTagger([...sentences.slice(0, start), ...sentences.slice(end)], options);
    const scratch = createTaggerScratch(model.classes.length);
    for (let i = start; i < end; i++) {
      const sentence = sentences[i]!;
      const predicted = tagWords(model, sentenceWords(sentence), scratch);
      const upos: string[] = [];
      const xpos: string[] = [];
      for (let w = 0; w < sentence.words.length; w++) {
        const tag = model.classes[predicted[w]!];
        upos.push(tag?.upos ?? 'X');
        xpos.push(tag?.xpos ?? 'FW');
      }
      result[i] = { upos, xpos };
    }
    onFold?.(fold + 1);
  }
  return result;
}
