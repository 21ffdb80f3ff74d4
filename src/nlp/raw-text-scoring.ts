/**
 * Scoring on raw text (CoNLL 2018 style): each treebank sentence's `# text` goes through whosaid's
 * tokenizer, tagger and parser; a system token counts when its character span equals a gold word's,
 * a tag when the token matches and the tag is right, a head when the token's head token matches the
 * gold head word (or both are the root). Precision, recall and F1 for each.
 */
import { tokenize } from '../text/tokenize.js';
import type { ConlluSentence } from './conllu.js';
import { goldWordSpans } from './gold-offsets.js';
import { createParserScratch, parseWords, type ParserModel } from './parser.js';
import { createTaggerScratch, tagWords, type TaggerModel } from './tagger.js';

/** Precision, recall and F1 of one measure. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** Raw-text scores of the pipeline on a treebank split. */
export interface RawTextScores {
  sentences: number;
  /** Sentences skipped because their `# text` did not match their word forms. */
  skipped: number;
  goldWords: number;
  systemTokens: number;
  tokens: PrecisionRecall;
  upos: PrecisionRecall;
  xpos: PrecisionRecall;
  uas: PrecisionRecall | null;
  las: PrecisionRecall | null;
}

function measure(correct: number, system: number, gold: number): PrecisionRecall {
  const precision = system > 0 ? correct / system : 0;
  const recall = gold > 0 ? correct / gold : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Tokenize, tag (and parse, when a parser is given) each sentence's raw text and score it against the gold words. */
export function scoreRawText(sentences: readonly ConlluSentence[], tagger: TaggerModel, parser: ParserModel | null): RawTextScores {
  const taggerScratch = createTaggerScratch(tagger.classes.length);
  const parserScratch = parser ? createParserScratch(parser.linear.classCount) : null;
  let skipped = 0;
  let goldWords = 0;
  let systemTokens = 0;
  let tokenMatches = 0;
  let uposMatches = 0;
  let xposMatches = 0;
  let headMatches = 0;
  let labeledMatches = 0;
  for (const sentence of sentences) {
    const spans = goldWordSpans(sentence);
    const text = sentence.comments.text;
    if (!spans || text === undefined) {
      skipped++;
      continue;
    }
    const tokens = tokenize(text);
    const words = tokens.map((token) => token.norm);
    const classes = tagWords(tagger, words, taggerScratch);
    const upos = Array.from(classes, (cls) => tagger.classes[cls]?.upos ?? 'X');
    const xpos = Array.from(classes, (cls) => tagger.classes[cls]?.xpos ?? 'FW');
    const parse = parser && parserScratch ? parseWords(parser, words, upos, xpos, parserScratch) : null;
    // Gold word index by span; words sharing one span (unsplit multiword tokens) match none.
    const goldBySpan = new Map<string, number>();
    const shared = new Set<string>();
    spans.forEach((span, w) => {
      const key = `${span.start}:${span.end}`;
      if (goldBySpan.has(key)) shared.add(key);
      goldBySpan.set(key, w);
    });
    const systemToGold = tokens.map((token) => {
      const key = `${token.start}:${token.end}`;
      return shared.has(key) ? -1 : (goldBySpan.get(key) ?? -1);
    });
    goldWords += spans.length;
    systemTokens += tokens.length;
    tokens.forEach((_, t) => {
      const w = systemToGold[t]!;
      if (w < 0) return;
      const gold = sentence.words[w]!;
      tokenMatches++;
      if (upos[t] === gold.upos) uposMatches++;
      if (xpos[t] === gold.xpos) xposMatches++;
      if (!parse) return;
      const head = parse.heads[t]!;
      const headGold = head < 0 ? -1 : systemToGold[head]!;
      if ((head < 0 && gold.head < 0) || (head >= 0 && headGold >= 0 && headGold === gold.head)) {
        headMatches++;
        if (parse.deprels[t] === gold.deprel) labeledMatches++;
      }
    });
  }
  return {
    sentences: sentences.length, skipped, goldWords, systemTokens,
    tokens: measure(tokenMatches, systemTokens, goldWords),
    upos: measure(uposMatches, systemTokens, goldWords),
    xpos: measure(xposMatches, systemTokens, goldWords),
    uas: parser ? measure(headMatches, systemTokens, goldWords) : null,
    las: parser ? measure(labeledMatches, systemTokens, goldWords) : null,
  };
}
