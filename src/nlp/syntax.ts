/**
 * Runtime syntax for the pipeline: tag tokens with UPOS/XPOS and parse sentences into labeled
 * dependencies, in place on the document's tokens. Token words are their `norm` lookup forms, the
 * same normalization the models were trained on. Models load lazily on first use.
 */
import type { Token } from '../types.js';
import { loadParser, loadTagger } from './model-registry.js';
import { createParserScratch, parseWords, type ParserModel, type ParserScratch } from './parser.js';
import { createTaggerScratch, tagWords, type TaggerModel, type TaggerScratch } from './tagger.js';

/** Models and reusable buffers for tagging and parsing many sentences. */
export interface SyntaxContext {
  tagger: TaggerModel;
  parser: ParserModel;
  taggerScratch: TaggerScratch;
  parserScratch: ParserScratch;
}

/** A context over the shipped models (loading them on first call); throws MODEL_UNAVAILABLE when missing. */
export function createSyntaxContext(tagger: TaggerModel = loadTagger(), parser: ParserModel = loadParser()): SyntaxContext {
  return { tagger, parser, taggerScratch: createTaggerScratch(tagger.classes.length), parserScratch: createParserScratch(parser.linear.classCount) };
}

/** The half-open token index ranges of each sentence, from the tokens' `sentence` field. */
export function sentenceRanges(tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.sentence !== tokens[start]!.sentence) {
      if (i > start) ranges.push([start, i]);
      start = i;
    }
  }
  return ranges;
}

/** Assign `upos` and `xpos` to tokens[first, end) as one sentence. */
export function tagTokens(tokens: Token[], first = 0, end = tokens.length, context: SyntaxContext = createSyntaxContext()): void {
  const words = wordsOf(tokens, first, end);
  const classes = tagWords(context.tagger, words, context.taggerScratch);
  for (let i = first; i < end; i++) {
    const tag = context.tagger.classes[classes[i - first]!];
    const token = tokens[i]!;
    token.upos = tag?.upos ?? 'X';
    token.xpos = tag?.xpos ?? 'FW';
  }
}

/**
 * Assign `head` (index into `tokens`, -1 for the root) and `deprel` to tokens[first, end) as one
 * sentence; tokens must already carry tags (see tagTokens).
 */
export function parseSentence(tokens: Token[], first = 0, end = tokens.length, context: SyntaxContext = createSyntaxContext()): void {
  const words = wordsOf(tokens, first, end);
  const upos: string[] = [];
  const xpos: string[] = [];
  for (let i = first; i < end; i++) {
    upos.push(tokens[i]!.upos ?? 'X');
    xpos.push(tokens[i]!.xpos ?? 'FW');
  }
  const parse = parseWords(context.parser, words, upos, xpos, context.parserScratch);
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    const head = parse.heads[i - first]!;
    token.head = head < 0 ? -1 : first + head;
    token.deprel = parse.deprels[i - first] ?? 'dep';
  }
}

/** Tag and parse every sentence of a token list in place. */
export function annotateSyntax(tokens: Token[], context: SyntaxContext = createSyntaxContext()): void {
  for (const [first, end] of sentenceRanges(tokens)) {
    tagTokens(tokens, first, end, context);
    parseSentence(tokens, first, end, context);
  }
}

function wordsOf(tokens: readonly Token[], first: number, end: number): string[] {
  const words: string[] = [];
  for (let i = first; i < end; i++) words.push(tokens[i]!.norm);
  return words;
}
