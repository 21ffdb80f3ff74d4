import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readTreebank } from './treebanks.js';
import { taggingAccuracy } from './tagger-accuracy.js';
import { trainTagger, sentenceWords } from './tagger-train.js';
import { deserializeTagger, serializeTagger, tagWords } from './tagger.js';
import { loadTagger } from './model-registry.js';
import { WhosaidError } from '../errors.js';

const dataRoot = join('..', 'shared', 'data');
const slice = readTreebank(dataRoot, 'EWT', 'train').slice(0, 300);
const trained = trainTagger(slice, { epochs: 4, bucketBits: 16, dictionaryMinCount: 5 });

test('a tagger trained on a small slice fits that slice', () => {
  assert.ok(taggingAccuracy(trained, slice).upos > 0.9);
});

test('a serialized tagger tags exactly like the trained one', () => {
  const loaded = deserializeTagger(serializeTagger(trained));
  for (const sentence of readTreebank(dataRoot, 'EWT', 'dev').slice(0, 50)) {
    const words = sentenceWords(sentence);
    assert.deepEqual(tagWords(loaded, words), tagWords(trained, words));
  }
});

test('a two-pass tagger serializes both passes and tags exactly like the trained one', () => {
  const twoPass = trainTagger(slice.slice(0, 150), { epochs: 2, bucketBits: 14, passes: 2, folds: 2, jackknifeEpochs: 1 });
  assert.ok(twoPass.second);
  const loaded = deserializeTagger(serializeTagger(twoPass));
  assert.ok(loaded.second);
  for (const sentence of readTreebank(dataRoot, 'EWT', 'dev').slice(0, 30)) {
    const words = sentenceWords(sentence);
    assert.deepEqual(tagWords(loaded, words), tagWords(twoPass, words));
  }
});

test('the shipped tagger loads and tags a plain news sentence', () => {
  const tagger = loadTagger();
  const tags = Array.from(tagWords(tagger, ['The', 'senator', 'said', 'the', 'vote', 'was', 'delayed', '.']), (cls) => tagger.classes[cls]?.upos);
  assert.deepEqual(tags, ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
});

test('a parser file is refused as a tagger with MODEL_UNAVAILABLE', () => {
  assert.throws(() => deserializeTagger(Buffer.from([1, 2, 3])), (error: unknown) => error instanceof WhosaidError && error.code === 'MODEL_UNAVAILABLE');
});
