/**
 * Named-entity recognition at inference: PER / ORG / LOC / MISC spans as character offsets into the
 * original text, over the tokens our tokenizer produced. The shipped model (models/ner.bin) is read
 * on first use, never at import time. Time is linear in the number of tokens.
 */
import { WhosaidError } from '../errors.js';
import { lazy } from '../text/lexicon.js';
import type { Token } from '../types.js';
import { createDecodeScratch, type DecodeScratch } from './ner-decode.js';
import { documentCasingOfRanges } from './ner-features.js';
import { deserializeNerModel, predictSentence, NER_FEATURE_VERSION, type NerModel } from './ner-model.js';
import type { NerType } from './ner-tags.js';
import { readModelFile } from './model-files.js';
import { sentenceRanges } from './syntax.js';

/** File name of the shipped NER model under models/. */
export const NER_FILE = 'ner.bin';

/** Provenance tag of the model's predictions. */
export const NER_SOURCE = `model:ner@${NER_FEATURE_VERSION}` as const;

/** One recognized entity: half-open UTF-16 offsets into the text, its type and a confidence in (0, 1). */
export interface RecognizedEntity {
  start: number;
  end: number;
  type: NerType;
  score: number;
  source: typeof NER_SOURCE;
}

/** Load an NER model from a file path (or the shipped one); throws MODEL_UNAVAILABLE when missing or corrupt. */
export function loadNerModel(path?: URL | string): NerModel {
  const name = path === undefined ? `models/${NER_FILE}` : String(path);
  return deserializeNerModel(readModelFile(NER_FILE, path), name);
}

/** The shipped model, loaded on first call. */
export const shippedNerModel: () => NerModel = lazy(() => loadNerModel());

/**
 * Decoding scratch per model, reused by every document: its tables are grown once instead of being
 * allocated for each article. recognizeEntities is synchronous and never re-entered, so one is enough.
 */
const scratchByModel = new WeakMap<NerModel, DecodeScratch>();

function scratchFor(model: NerModel): DecodeScratch {
  let scratch = scratchByModel.get(model);
  if (!scratch) scratchByModel.set(model, (scratch = createDecodeScratch()));
  return scratch;
}


/**
 * Recognize entities in `text` given its tokens (from segment(); their `norm` forms are the words
 * the model reads, and `upos`/`xpos` are used when the model was trained with POS features).
 * With `windows` (token index ranges [first, end), each inside one sentence, in text order), only
 * those tokens are labeled: the caller knows where names need the model, and the rest of the text
 * costs nothing but its document casing statistics. Features still read whole sentences; when a span
 * touches an edge where a window cuts its sentence (it may be part of a longer name), the whole
 * sentence is labeled instead.
 */
export function recognizeEntities(text: string, tokens: readonly Token[], model: NerModel = shippedNerModel(), windows?: ReadonlyArray<readonly [number, number]>): RecognizedEntity[] {
  const last = tokens[tokens.length - 1];
  if (last && last.end > text.length) throw new WhosaidError('INVALID_INPUT', `tokens run to offset ${last.end} but the text has ${text.length} characters: pass the tokens segment() made from this text`);
  const ranges = sentenceRanges(tokens);
  const allWords = tokens.map((token) => token.norm || text.slice(token.start, token.end));
  const casing = documentCasingOfRanges(allWords, ranges);
  const scratch = scratchFor(model);
  const entities: RecognizedEntity[] = [];
  /** Label tokens [from, to) of a sentence (all of it without a window); null when a span touches a cut edge. */
  const label = (index: number, window?: { from: number; to: number }): RecognizedEntity[] | null => {
    const [first, end] = ranges[index]!;
    // Only the sentences holding a window need their words as an array of their own.
    const words = allWords.slice(first, end);
    let pos: string[] | undefined;
    if (model.context.options.pos) pos = tokens.slice(first, end).map((token) => token.xpos ?? 'X');
    const spans = predictSentence(model, words, pos, scratch, casing, window);
    // A span at an edge where the window cuts the sentence may continue beyond it.
    if (window && spans.some((span) => (span.start === 0 && window.from > 0) || (span.end === window.to - window.from && window.to < words.length))) return null;
    const offset = first + (window?.from ?? 0);
    return spans.map((span) => ({ start: tokens[offset + span.start]!.start, end: tokens[offset + span.end - 1]!.end, type: span.type, score: span.score, source: NER_SOURCE }));
  };
  if (!windows) {
    ranges.forEach((_, index) => entities.push(...label(index)!));
    return entities;
  }
  // Windows grouped by sentence; if any window of a sentence cuts a name, the whole sentence is labeled instead.
  let index = 0;
  let w = 0;
  while (w < windows.length) {
    while (index < ranges.length && ranges[index]![1] <= windows[w]![0]) index++;
    const range = ranges[index];
    const found: RecognizedEntity[] = [];
    let whole = false;
    do {
      const [from, to] = windows[w]!;
      if (!range || from < range[0] || to > range[1] || to <= from) throw new WhosaidError('INVALID_INPUT', `NER window [${from}, ${to}) is not inside one sentence, in text order`);
      const spans = whole ? [] : label(index, { from: from - range[0], to: to - range[0] });
      if (spans === null) whole = true;
      else found.push(...spans);
      w++;
    } while (w < windows.length && windows[w]![0] < range[1]);
    entities.push(...(whole ? label(index)! : found));
  }
  return entities;
}
