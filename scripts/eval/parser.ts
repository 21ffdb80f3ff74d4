// `npm run eval -- parser [--split test|dev] [--data DIR]`: UAS/LAS of models/parser.bin on UD EWT and GUM with
// tags predicted by models/pos.bin, on gold tokens and on raw text through whosaid's tokenizer (aligned by
// character offsets, CoNLL 2018 style). Punctuation is included; LAS compares full relations (with subtypes),
// "LAS-univ" only the universal part. `--write-manifest` stores the figures in models/parser.manifest.json.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { updateManifestMetrics } from '../../src/nlp/model-manifest.js';
import { loadParser, loadTagger } from '../../src/nlp/model-registry.js';
import { attachmentScores } from '../../src/nlp/parser-accuracy.js';
import { parserExample } from '../../src/nlp/parser-train.js';
import { scoreRawText } from '../../src/nlp/raw-text-scoring.js';
import { withPredictedTags } from '../../src/nlp/tagged-examples.js';
import { readTreebank, type Split } from '../../src/nlp/treebanks.js';

const { values } = parseArgs({ options: { split: { type: 'string' }, data: { type: 'string' }, 'write-manifest': { type: 'boolean' } }, allowPositionals: true, strict: false });
const dataRoot = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data');
const split: Split = values.split === 'dev' ? 'dev' : 'test';
const percent = (value: number): string => `${(value * 100).toFixed(2)}`;

const tagger = loadTagger();
const parser = loadParser();
const metrics: Record<string, unknown> = {};
const round = (value: number): number => Math.round(value * 10000) / 100;
for (const treebank of ['EWT', 'GUM'] as const) {
  const sentences = readTreebank(dataRoot, treebank, split);
  const predicted = attachmentScores(parser, withPredictedTags(tagger, sentences));
  console.log(`${treebank} ${split}, gold tokens, predicted tags (${predicted.tokens} words): UAS ${percent(predicted.uas)}  LAS ${percent(predicted.las)}  LAS-univ ${percent(predicted.lasUniversal)}`);
  const gold = attachmentScores(parser, sentences.map(parserExample));
  console.log(`${treebank} ${split}, gold tokens, gold tags: UAS ${percent(gold.uas)}  LAS ${percent(gold.las)}  LAS-univ ${percent(gold.lasUniversal)}`);
  const raw = scoreRawText(sentences, tagger, parser);
  metrics[`${treebank}-${split}-gold-tokens-predicted-tags`] = { uas: round(predicted.uas), las: round(predicted.las), lasUniversal: round(predicted.lasUniversal), tokens: predicted.tokens };
  metrics[`${treebank}-${split}-gold-tokens-gold-tags`] = { uas: round(gold.uas), las: round(gold.las), lasUniversal: round(gold.lasUniversal) };
  metrics[`${treebank}-${split}-raw-text`] = { tokensF1: round(raw.tokens.f1), uasF1: round(raw.uas?.f1 ?? 0), lasF1: round(raw.las?.f1 ?? 0) };
  console.log(`${treebank} ${split}, raw text through our tokenizer (${raw.sentences - raw.skipped}/${raw.sentences} sentences): tokens F1 ${percent(raw.tokens.f1)}  UAS F1 ${percent(raw.uas?.f1 ?? 0)}  LAS F1 ${percent(raw.las?.f1 ?? 0)}`);
}
if (values['write-manifest'] === true) updateManifestMetrics('parser', metrics);
