/** Parser examples from gold-tokenized sentences carrying a tagger's predicted tags instead of the gold ones. */
import type { ConlluSentence } from './conllu.js';
import { parserExample, type ParserExample } from './parser-train.js';
import { createTaggerScratch, tagWords, type TaggerModel } from './tagger.js';

/** Gold trees with predicted UPOS/XPOS, as the parser sees them at inference. */
export function withPredictedTags(tagger: TaggerModel, sentences: readonly ConlluSentence[]): ParserExample[] {
  const scratch = createTaggerScratch(tagger.classes.length);
  return sentences.map((sentence) => {
    const example = parserExample(sentence);
    const predicted = tagWords(tagger, example.words, scratch);
    example.upos = Array.from(predicted, (cls) => tagger.classes[cls]?.upos ?? 'X');
    example.xpos = Array.from(predicted, (cls) => tagger.classes[cls]?.xpos ?? 'FW');
    return example;
  });
}
