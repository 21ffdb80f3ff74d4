import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addFeature, clearFeatures, createFeatureBuffer, finishHash, hashTemplate, hashText } from './feature-hash.js';
import { argmax, createTrainer, deserializeModel, finishTraining, scoreModel, scoreTrainer, serializeModel, updateTrainer } from './perceptron.js';
import { brotliCompressSync, inflateRawSync } from 'node:zlib';
import { WhosaidError } from '../errors.js';

const examples: Array<[string, number]> = [['apple', 0], ['banana', 0], ['cherry', 0], ['run', 1], ['jump', 1], ['swim', 1]];

function featuresOf(word: string, buffer = createFeatureBuffer()): ReturnType<typeof createFeatureBuffer> {
  clearFeatures(buffer);
  addFeature(buffer, finishHash(hashText(hashTemplate(1), word)));
  addFeature(buffer, finishHash(hashText(hashTemplate(2), word, word.length - 1)));
  addFeature(buffer, finishHash(hashTemplate(0)));
  return buffer;
}

function trainTiny(): ReturnType<typeof finishTraining> {
  const trainer = createTrainer({ labels: ['noun', 'verb'], bucketBits: 8 });
  const scores = new Float32Array(2);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [word, gold] of examples) {
      const features = featuresOf(word);
      updateTrainer(trainer, features, gold, argmax(scoreTrainer(trainer, features, scores)));
    }
  }
  return finishTraining(trainer, { pruneBelow: 0 });
}

test('a trained perceptron predicts its training examples', () => {
  const model = trainTiny();
  const scores = new Float32Array(2);
  for (const [word, gold] of examples) assert.equal(argmax(scoreModel(model, featuresOf(word), scores)), gold, word);
});

test('a serialized model scores exactly like the in-memory one', () => {
  const model = trainTiny();
  const { model: loaded, metadata } = deserializeModel(serializeModel(model, { note: 'tiny' }));
  assert.deepEqual(metadata, { note: 'tiny' });
  assert.deepEqual(loaded.labels, model.labels);
  for (const word of ['apple', 'swim', 'unseen', 'berry']) {
    assert.deepEqual(scoreModel(loaded, featuresOf(word), new Float32Array(2)), scoreModel(model, featuresOf(word), new Float32Array(2)));
  }
});

test('a model written with brotli, as before 29 Nov 2026, still loads to the same weights', () => {
  const model = trainTiny();
  const current = serializeModel(model, { note: 'tiny' });
  assert.equal(current.toString('latin1', 0, 4), 'WSZ1');
  // The same planes as an older file stored them: one brotli stream, no mark.
  const older = brotliCompressSync(inflateRawSync(current.subarray(4)));
  const { model: loaded, metadata } = deserializeModel(older);
  assert.deepEqual(metadata, { note: 'tiny' });
  assert.deepEqual(loaded.entries, model.entries);
  assert.deepEqual(loaded.rowStart, model.rowStart);
});

test('deserializing foreign bytes throws MODEL_UNAVAILABLE', () => {
  assert.throws(() => deserializeModel(Buffer.from('not a model')), (error: unknown) => error instanceof WhosaidError && error.code === 'MODEL_UNAVAILABLE');
});

test('hashing a string slice equals hashing the sliced string', () => {
  assert.equal(hashText(hashTemplate(3), 'walking', 4), hashText(hashTemplate(3), 'ing'));
  assert.notEqual(hashText(hashTemplate(3), 'ing'), hashText(hashTemplate(4), 'ing'));
});

test('a feature buffer grows past its initial capacity', () => {
  const buffer = createFeatureBuffer(2);
  for (let i = 0; i < 5; i++) addFeature(buffer, i);
  assert.equal(buffer.length, 5);
  assert.equal(buffer.hashes[4], 4);
});
