import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNerConll } from './ner-corpus.js';
import { deserializeNerModel, predictSentence, serializeNerModel } from './ner-model.js';
import { DEFAULT_NER_TRAIN_OPTIONS, sentencesOf, trainNer } from './ner-train.js';
import { titleCaseSentence, upperCaseSentence } from './ner-augment.js';

const GUM_TRAIN = join('..', 'shared', 'data', 'gum-entities', 'gum-train.noNC.bio');
const SMALL = { ...DEFAULT_NER_TRAIN_OPTIONS, epochs: 4, bucketBits: 16 };

/** The first documents of GUM train (licence-permitted genres), about 400 sentences. */
function slice(): ReturnType<typeof sentencesOf> {
  const text = readFileSync(GUM_TRAIN, 'utf8');
  return sentencesOf(parseNerConll(text, 'gum-train').slice(0, 4));
}

test('a model trained on a small slice finds most entities of the sentences it was trained on', { skip: !existsSync(GUM_TRAIN) && 'shared data not present' }, () => {
  const sentences = slice();
  const model = trainNer(sentences, SMALL);
  let gold = 0;
  let found = 0;
  for (const sentence of sentences) {
    const predicted = new Set(predictSentence(model, sentence.words, undefined, undefined, sentence.casing).map((span) => `${span.start}:${span.end}:${span.type}`));
    for (const span of sentence.spans) {
      gold++;
      if (predicted.has(`${span.start}:${span.end}:${span.type}`)) found++;
    }
  }
  assert.ok(gold > 50, `slice has ${gold} entities`);
  assert.ok(found / gold > 0.8, `recall on training slice ${found}/${gold}`);
});

test('a serialized model predicts exactly like the trained one', { skip: !existsSync(GUM_TRAIN) && 'shared data not present' }, () => {
  const sentences = slice();
  const model = trainNer(sentences, SMALL);
  const loaded = deserializeNerModel(serializeNerModel(model), 'round-trip');
  for (const sentence of sentences.slice(0, 200)) {
    assert.deepEqual(predictSentence(loaded, sentence.words, undefined, undefined, sentence.casing), predictSentence(model, sentence.words, undefined, undefined, sentence.casing));
  }
});

test('training is deterministic for a fixed seed', { skip: !existsSync(GUM_TRAIN) && 'shared data not present' }, () => {
  const sentences = slice().slice(0, 120);
  const first = serializeNerModel(trainNer(sentences, { ...SMALL, epochs: 2 }));
  const second = serializeNerModel(trainNer(sentences, { ...SMALL, epochs: 2 }));
  assert.deepEqual(first, second);
});

test('training without sentences is refused with a typed error', () => {
  assert.throws(() => trainNer([], SMALL), { name: 'WhosaidError', code: 'INVALID_INPUT' });
});

test('case augmentation keeps the gold entities and changes only the capitals', () => {
  const sentence = { words: ['the', 'mayor', 'of', 'Boston', 'spoke'], spans: [{ start: 3, end: 4, type: 'LOC' as const }] };
  assert.deepEqual(titleCaseSentence(sentence).words, ['The', 'Mayor', 'of', 'Boston', 'Spoke']);
  assert.deepEqual(upperCaseSentence(sentence).words, ['THE', 'MAYOR', 'OF', 'BOSTON', 'SPOKE']);
  assert.deepEqual(upperCaseSentence(sentence).spans, sentence.spans);
});

test('bytes that are not an NER model are refused with MODEL_UNAVAILABLE', () => {
  assert.throws(() => deserializeNerModel(Buffer.from('not a model'), 'junk'), { name: 'WhosaidError', code: 'MODEL_UNAVAILABLE' });
});
