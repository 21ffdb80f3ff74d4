// `npm run eval -- pos [--split test|dev] [--data DIR]`: UPOS/XPOS accuracy of models/pos.bin on UD EWT and GUM,
// on gold tokens and on raw text through whosaid's tokenizer (aligned by character offsets, CoNLL 2018 style).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTagger } from '../../src/nlp/model-registry.js';
import { scoreRawText } from '../../src/nlp/raw-text-scoring.js';
import { taggingAccuracy } from '../../src/nlp/tagger-accuracy.js';
import { readTreebank, type Split } from '../../src/nlp/treebanks.js';

const { values } = parseArgs({ options: { split: { type: 'string' }, data: { type: 'string' } }, allowPositionals: true, strict: false });
const dataRoot = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data');
const split: Split = values.split === 'dev' ? 'dev' : 'test';
const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;

const tagger = loadTagger();
for (const treebank of ['EWT', 'GUM'] as const) {
  const sentences = readTreebank(dataRoot, treebank, split);
  const gold = taggingAccuracy(tagger, sentences);
  console.log(`${treebank} ${split}, gold tokens (${gold.tokens} words): UPOS ${percent(gold.upos)}  XPOS ${percent(gold.xpos)}  both ${percent(gold.joint)}`);
  const raw = scoreRawText(sentences, tagger, null);
  console.log(`${treebank} ${split}, raw text through our tokenizer (${raw.sentences - raw.skipped}/${raw.sentences} sentences): tokens F1 ${percent(raw.tokens.f1)}  UPOS F1 ${percent(raw.upos.f1)}  XPOS F1 ${percent(raw.xpos.f1)}`);
}
