// `npm run eval -- pos [--split test|dev] [--data DIR]`: UPOS/XPOS accuracy of models/pos.bin on UD EWT and GUM,
// on gold tokens and on raw text through whosaid's tokenizer (aligned by character offsets, CoNLL 2018 style).
// `--write-manifest` stores the figures in models/pos.manifest.json.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { updateManifestMetrics } from '../../src/nlp/model-manifest.js';
import { loadTagger } from '../../src/nlp/model-registry.js';
import { scoreRawText } from '../../src/nlp/raw-text-scoring.js';
import { taggingAccuracy } from '../../src/nlp/tagger-accuracy.js';
import { readTreebank, type Split } from '../../src/nlp/treebanks.js';

const { values } = parseArgs({ options: { split: { type: 'string' }, data: { type: 'string' }, 'write-manifest': { type: 'boolean' } }, allowPositionals: true, strict: false });
const dataRoot = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data');
const split: Split = values.split === 'dev' ? 'dev' : 'test';
const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;

const tagger = loadTagger();
const metrics: Record<string, unknown> = {};
const round = (value: number): number => Math.round(value * 10000) / 100;
for (const treebank of ['EWT', 'GUM'] as const) {
  const sentences = readTreebank(dataRoot, treebank, split);
  const gold = taggingAccuracy(tagger, sentences);
  console.log(`${treebank} ${split}, gold tokens (${gold.tokens} words): UPOS ${percent(gold.upos)}  XPOS ${percent(gold.xpos)}  both ${percent(gold.joint)}`);
  const raw = scoreRawText(sentences, tagger, null);
  metrics[`${treebank}-${split}-gold-tokens`] = { upos: round(gold.upos), xpos: round(gold.xpos), tokens: gold.tokens };
  metrics[`${treebank}-${split}-raw-text`] = { tokensF1: round(raw.tokens.f1), uposF1: round(raw.upos.f1), xposF1: round(raw.xpos.f1) };
  console.log(`${treebank} ${split}, raw text through our tokenizer (${raw.sentences - raw.skipped}/${raw.sentences} sentences): tokens F1 ${percent(raw.tokens.f1)}  UPOS F1 ${percent(raw.upos.f1)}  XPOS F1 ${percent(raw.xpos.f1)}`);
}
if (values['write-manifest'] === true) updateManifestMetrics('pos', metrics);
