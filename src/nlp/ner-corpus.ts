/**
 * Readers for NER training data: CoNLL-style files with one `word TAG` line per token, a blank line
 * between sentences and `-DOCSTART-` lines between documents (GUM entities in IOB2 with tabs,
 * wikigold in IOB1 with spaces). Entities become token spans, so the tag scheme of the file does
 * not leak into training.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spansFromIob, type TokenSpan } from './ner-tags.js';

/** One sentence: its words and gold entities as token spans. */
export interface NerSentence {
  words: string[];
  spans: TokenSpan[];
}

/** One document of sentences (cross-validation folds split by document). */
export interface NerDocument {
  id: string;
  sentences: NerSentence[];
}

/** Parse CoNLL-style NER text (word and tag separated by a tab or space; IOB1 or IOB2 tags). */
export function parseNerConll(text: string, name = 'corpus'): NerDocument[] {
  const documents: NerDocument[] = [];
  let document: NerDocument = { id: `${name}#1`, sentences: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) document.sentences.push({ words, spans: spansFromIob(tags) });
    words = [];
    tags = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (document.sentences.length > 0) documents.push(document);
    document = { id: `${name}#${documents.length + 1}`, sentences: [] };
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    // The tag is the last field; the word is everything before it (words never hold tabs here).
    const cut = Math.max(line.lastIndexOf('\t'), line.lastIndexOf(' '));
    const word = cut > 0 ? line.slice(0, cut).trim() : line.trim();
    const tag = cut > 0 ? line.slice(cut + 1).trim() : 'O';
    if (word === '-DOCSTART-') {
      endDocument();
      continue;
    }
    if (word === '') continue;
    words.push(word);
    tags.push(tag);
  }
  endDocument();
  return documents;
}

/** The three GUM splits. */
export type GumSplit = 'train' | 'dev' | 'test';

/** GUM entities for a split, without the non-commercial genres (`gum-<split>.noNC.bio`). */
export function readGumEntities(dataDir: string, split: GumSplit): NerDocument[] {
  const path = join(dataDir, 'gum-entities', `gum-${split}.noNC.bio`);
  return parseNerConll(readFileSync(path, 'utf8'), `gum-${split}`);
}

/** The wikigold corpus (145 Wikipedia articles). */
export function readWikigold(dataDir: string): NerDocument[] {
  return parseNerConll(readFileSync(join(dataDir, 'wikigold', 'wikigold.conll.txt'), 'utf8'), 'wikigold');
}

/** Split documents into k folds by document, round-robin in file order (deterministic). */
export function documentFolds(documents: readonly NerDocument[], k: number): NerDocument[][] {
  const folds: NerDocument[][] = Array.from({ length: k }, () => []);
  documents.forEach((document, index) => folds[index % k]!.push(document));
  return folds;
}
