/**
 * Named-entity recognition at inference: PER / ORG / LOC / MISC spans as character offsets into the
 * original text, over the tokens our tokenizer produced. The shipped model (models/ner.bin) is read
 * on first use, never at import time. Time is linear in the number of tokens.
 */
import { WhosaidError } from '../errors.js';
import { lazy } from '../text/lexicon.js';
import type { Token } from '../types.js';
import { createDecodeScratch } from './ner-decode.js';
import { documentCasing } from './ner-features.js';
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
 * Recognize entities in `text` given its tokens (from segment(); their `norm` forms are the words
 * the model reads, and `upos`/`xpos` are used when the model was trained with POS features).
 */
export function recognizeEntities(text: string, tokens: readonly Token[], model: NerModel = shippedNerModel()): RecognizedEntity[] {
  const last = tokens[tokens.length - 1];
  if (last && last.end > text.length) throw new WhosaidError('INVALID_INPUT', `tokens run to offset ${last.end} but the text has ${text.length} characters: pass the tokens segment() made from this text`);
  const ranges = sentenceRanges(tokens);
  const sentences = ranges.map(([first, end]) => tokens.slice(first, end).map((token) => token.norm || text.slice(token.start, token.end)));
  const casing = documentCasing(sentences);
  const scratch = createDecodeScratch();
  const entities: RecognizedEntity[] = [];
  ranges.forEach(([first, end], index) => {
    const words = sentences[index]!;
    let pos: string[] | undefined;
    if (model.context.options.pos) pos = tokens.slice(first, end).map((token) => token.xpos ?? 'X');
    for (const span of predictSentence(model, words, pos, scratch, casing)) {
      entities.push({ start: tokens[first + span.start]!.start, end: tokens[first + span.end - 1]!.end, type: span.type, score: span.score, source: NER_SOURCE });
    }
  });
  return entities;
}
