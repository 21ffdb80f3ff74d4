/**
 * Lazy loading of the shipped tagger and parser: each model file is read and decoded on first use
 * (never at import time) and kept for the life of the process.
 */
import { lazy } from '../text/lexicon.js';
import { readModelFile } from './model-files.js';
import { deserializeParser, type ParserModel } from './parser.js';
import { deserializeTagger, type TaggerModel } from './tagger.js';

/** File name of the shipped tagger under models/. */
export const TAGGER_FILE = 'pos.bin';
/** File name of the shipped parser under models/. */
export const PARSER_FILE = 'parser.bin';

/** The shipped tagger, loaded on first call; throws MODEL_UNAVAILABLE when missing. */
export const loadTagger: () => TaggerModel = lazy(() => deserializeTagger(readModelFile(TAGGER_FILE), `models/${TAGGER_FILE}`));

/** The shipped parser, loaded on first call; throws MODEL_UNAVAILABLE when missing. */
export const loadParser: () => ParserModel = lazy(() => deserializeParser(readModelFile(PARSER_FILE), `models/${PARSER_FILE}`));
