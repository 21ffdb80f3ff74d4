// `npm run eval -- ner [--data DIR] [--no-cv] [--pos] [--no-compromise] [--model PATH]`: entity-level exact
// precision / recall / F1 per type (PER, ORG, LOC, MISC, PER+ORG+LOC, all) of the shipped NER model on
//   1. GUM test with gold tokens (gum-entities/gum-test.noNC.bio);
//   2. GUM test as raw text through our tokenizer and sentence splitter (aligned scoring by character offsets;
//      each sentence's `# text` from the CoNLL-U file, one sentence a line);
//   3. wikigold by 5-fold cross-validation by document: the shipped model has seen all of wikigold, so each fold
//      is scored by a fresh model trained on GUM train+dev plus the other four folds (same options as the shipped
//      model; skip with --no-cv; --pos trains those models with POS features from the shipped tagger);
// and, in the same run, compromise's people() / places() / organizations() mapped to PER / LOC / ORG on the same
// texts (words joined by spaces), matched by character offsets after trimming its spans to token boundaries.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { readTreebank } from '../../src/nlp/treebanks.js';
import { isNonCommercialGum } from '../../src/nlp/conllu.js';
import { loadTagger } from '../../src/nlp/model-registry.js';
import { createTaggerScratch, tagWords } from '../../src/nlp/tagger.js';
import { readGumEntities, readWikigold, type NerDocument } from '../../src/nlp/ner-corpus.js';
import { crossValidate, evaluateDocuments, figures, formatFigures, type PosTagger } from '../../src/nlp/ner-evaluate.js';
import { loadNerModel, recognizeEntities } from '../../src/nlp/ner.js';
import { addMatches, emptyCounts, type NerCounts, type TypedSpan } from '../../src/nlp/ner-score.js';
import { DEFAULT_NER_TRAIN_OPTIONS, sentencesOf } from '../../src/nlp/ner-train.js';
import type { NerType } from '../../src/nlp/ner-tags.js';
import { segment } from '../../src/text/segment.js';

const { values } = parseArgs({
  options: { data: { type: 'string' }, 'no-cv': { type: 'boolean' }, pos: { type: 'boolean' }, 'no-compromise': { type: 'boolean' }, model: { type: 'string' } },
  allowPositionals: true, strict: false,
});
const dataRoot = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data');
const started = Date.now();
const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const model = loadNerModel(typeof values.model === 'string' ? values.model : undefined);
const gumTest = readGumEntities(dataRoot, 'test');
const wikigold = readWikigold(dataRoot);

console.log(formatFigures('GUM test, gold tokens — whosaid NER (models/ner.bin)', figures(evaluateDocuments(model, gumTest))));

// Raw text through our tokenizer: pair each noNC bio sentence with its CoNLL-U sentence and `# text`.
{
  const conllu = readTreebank(dataRoot, 'GUM', 'test').filter((sentence) => !isNonCommercialGum(sentence) && !(sentence.docId ?? '').startsWith('GUM_reddit'));
  const bio = gumTest.flatMap((document) => document.sentences.map((sentence) => ({ document: document.id, sentence })));
  const counts = emptyCounts();
  let skipped = 0;
  let documentText = '';
  let gold: TypedSpan[] = [];
  let currentDocument = '';
  const flush = (): void => {
    if (documentText === '') return;
    const predicted = recognizeEntities(documentText, segment(documentText).tokens, model);
    addMatches(counts, gold, predicted);
    documentText = '';
    gold = [];
  };
  if (conllu.length !== bio.length) {
    console.log(`\nGUM test raw text: skipped (${conllu.length} CoNLL-U sentences vs ${bio.length} BIO sentences)`);
  } else {
    for (let s = 0; s < bio.length; s++) {
      const { document, sentence } = bio[s]!;
      const text = conllu[s]!.comments['text'] ?? '';
      if (document !== currentDocument) {
        flush();
        currentDocument = document;
      }
      const offsets = alignWords(text, sentence.words);
      const base = documentText.length;
      documentText += `${text}\n`;
      if (!offsets) {
        skipped++;
        continue;
      }
      for (const span of sentence.spans) gold.push({ start: base + offsets[span.start]![0], end: base + offsets[span.end - 1]![1], type: span.type });
    }
    flush();
    console.log(`\n${formatFigures(`GUM test, raw text through the whosaid tokenizer (aligned by character offsets; ${skipped} sentences whose words could not be located were scored with no gold entities)`, figures(counts))}`);
  }
}

if (values['no-cv'] !== true) {
  let tagger: PosTagger | undefined;
  if (values.pos === true) {
    const taggerModel = loadTagger();
    const scratch = createTaggerScratch(taggerModel.classes.length);
    tagger = (words) => Array.from(tagWords(taggerModel, words, scratch), (tag) => taggerModel.classes[tag]?.xpos ?? 'X');
  }
  const options = { ...DEFAULT_NER_TRAIN_OPTIONS, features: { ...DEFAULT_NER_TRAIN_OPTIONS.features, pos: values.pos === true } };
  const gum = sentencesOf([...readGumEntities(dataRoot, 'train'), ...readGumEntities(dataRoot, 'dev')]).map((sentence) => (tagger ? { ...sentence, pos: tagger(sentence.words) } : sentence));
  const cv = crossValidate(wikigold, 5, gum, options, (fold) => console.error(`  wikigold fold ${fold}/5 trained and scored  ${elapsed()}`), tagger);
  console.log(`\n${formatFigures(`wikigold, 5-fold cross-validation by document (each fold scored by a model trained on GUM train+dev + the other 4 folds${tagger ? ', POS features' : ''})`, figures(cv))}`);
}

if (values['no-compromise'] !== true) {
  console.log(`\n${formatFigures('GUM test — compromise people/places/organizations (words joined by spaces)', figures(compromiseCounts(gumTest)))}`);
  console.log(`\n${formatFigures('wikigold (all 145 articles) — compromise people/places/organizations (words joined by spaces)', figures(compromiseCounts(wikigold)))}`);
}
console.log(`\ndone in ${elapsed()}`);

/** Character offsets of each word in a sentence's text, found in order; null when a word is missing. */
function alignWords(text: string, words: readonly string[]): Array<[number, number]> | null {
  const offsets: Array<[number, number]> = [];
  let cursor = 0;
  for (const word of words) {
    const at = text.indexOf(word, cursor);
    if (at < 0) return null;
    offsets.push([at, at + word.length]);
    cursor = at + word.length;
  }
  return offsets;
}

/** compromise's people / places / organizations on each document, scored on PER / LOC / ORG (MISC has no counterpart). */
function compromiseCounts(documents: readonly NerDocument[]): NerCounts {
  const counts = emptyCounts();
  for (const document of documents) {
    let text = '';
    const tokenStarts: number[] = [];
    const tokenEnds: number[] = [];
    const gold: TypedSpan[] = [];
    for (const sentence of document.sentences) {
      const first = tokenStarts.length;
      for (const word of sentence.words) {
        tokenStarts.push(text.length);
        text += word;
        tokenEnds.push(text.length);
        text += ' ';
      }
      text = `${text.slice(0, -1)}\n`;
      for (const span of sentence.spans) if (span.type !== 'MISC') gold.push({ start: tokenStarts[first + span.start]!, end: tokenEnds[first + span.end - 1]!, type: span.type });
    }
    const doc = nlp(text);
    const predicted: TypedSpan[] = [];
    const collect = (matches: { json(options: object): unknown }, type: NerType): void => {
      for (const match of matches.json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>) {
        if (!match.offset) continue;
        const span = snapToTokens(text, match.offset.start, match.offset.start + match.offset.length, tokenStarts, tokenEnds);
        if (span) predicted.push({ ...span, type });
      }
    };
    collect(doc.people(), 'PER');
    collect(doc.places(), 'LOC');
    collect(doc.organizations(), 'ORG');
    addMatches(counts, gold, predicted);
  }
  return counts;
}

/** The largest token-aligned span inside [start, end) (compromise includes adjacent punctuation), or null. */
function snapToTokens(text: string, start: number, end: number, starts: readonly number[], ends: readonly number[]): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i]! >= start && ends[i]! <= end) {
      if (first < 0) first = i;
      last = i;
    } else if (starts[i]! >= end) {
      break;
    }
  }
  if (first < 0) return null;
  // Drop punctuation-only tokens at the edges ("New York City ." → "New York City").
  const isWordToken = (i: number): boolean => /[\p{L}\p{N}]/u.test(text.slice(starts[i]!, ends[i]!));
  while (first <= last && !isWordToken(first)) first++;
  while (last >= first && !isWordToken(last)) last--;
  if (first > last) return null;
  return { start: starts[first]!, end: ends[last]! };
}
