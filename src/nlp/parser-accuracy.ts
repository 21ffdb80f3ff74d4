/** Attachment scores of a parser: UAS, LAS (full relation) and LAS on universal relations (subtype dropped). */
import { createParserScratch, parseWords, type ParserModel } from './parser.js';
import type { ParserExample } from './parser-train.js';

/** Attachment scores over a set of sentences, punctuation included (as in CoNLL 2018). */
export interface AttachmentScores {
  tokens: number;
  uas: number;
  las: number;
  /** LAS comparing only the universal part of the relation ("nmod:poss" → "nmod"). */
  lasUniversal: number;
}

/** Parse examples (with whatever tags they carry) and compare with their gold trees. */
export function attachmentScores(model: ParserModel, examples: readonly ParserExample[]): AttachmentScores {
  const scratch = createParserScratch(model.linear.classCount);
  let tokens = 0;
  let unlabeled = 0;
  let labeled = 0;
  let universal = 0;
  for (const example of examples) {
    const parse = parseWords(model, example.words, example.upos, example.xpos, scratch);
    for (let i = 0; i < example.words.length; i++) {
      tokens++;
      if (parse.heads[i] !== example.heads[i]) continue;
      unlabeled++;
      const predicted = parse.deprels[i] ?? '';
      const gold = example.deprels[i] ?? '';
      if (predicted === gold) labeled++;
      if (predicted.split(':')[0] === gold.split(':')[0]) universal++;
    }
  }
  const share = (count: number): number => (tokens > 0 ? count / tokens : 0);
  return { tokens, uas: share(unlabeled), las: share(labeled), lasUniversal: share(universal) };
}
