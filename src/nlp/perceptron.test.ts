import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addFeature, clearFeatures, createFeatureBuffer, finishHash, hashTemplate, hashText } from './feature-hash.js';
import { argmax, createTrainer, deserializeModel, finishTraining, scoreModel, scoreTrainer, serializeModel, updateTrainer, type LinearModel } from './perceptron.js';
import { brotliCompressSync, deflateRawSync } from 'node:zlib';
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

/** The planes as the formats before 29 Nov 2026 stored them, before compression: signature, header, 16-bit counts, classes, weights. */
function legacyStream(model: LinearModel, metadata: unknown): Buffer {
  const header = Buffer.from(JSON.stringify({ labels: model.labels, bucketBits: model.bucketBits, scale: model.scale, entries: model.entries.length, metadata }), 'utf8');
  const buckets = 1 << model.bucketBits;
  const planes = Buffer.alloc(buckets * 2 + model.entries.length * 4);
  for (let b = 0; b < buckets; b++) planes.writeUInt16LE(model.rowStart[b + 1]! - model.rowStart[b]!, b * 2);
  model.entries.forEach((entry, i) => {
    planes.writeUInt16LE(entry & 0xffff, buckets * 2 + i * 2);
    planes.writeInt16LE(entry >> 16, buckets * 2 + model.entries.length * 2 + i * 2);
  });
  const prefix = Buffer.alloc(9);
  prefix.write('WSLM1', 0, 'latin1');
  prefix.writeUInt32LE(header.length, 5);
  return Buffer.concat([prefix, header, planes]);
}

test('models written with brotli or deflate, as before 29 Nov 2026, still load to the same weights', () => {
  const model = trainTiny();
  const stream = legacyStream(model, { note: 'tiny' });
  for (const older of [brotliCompressSync(stream), Buffer.concat([Buffer.from('WSZ1', 'latin1'), deflateRawSync(stream)])]) {
    const { model: loaded, metadata } = deserializeModel(older);
    assert.deepEqual(metadata, { note: 'tiny' });
    assert.deepEqual(loaded.entries, model.entries);
    assert.deepEqual(loaded.rowStart, model.rowStart);
  }
});

/** The model as the first files of the planes format stored it: both small planes deflated, no flags saying so. */
function firstPlanesFile(model: LinearModel, metadata: unknown): Buffer {
  const current = serializeModel(model, metadata);
  const headerLength = current.readUInt32LE(4);
  const header = JSON.parse(current.toString('utf8', 8, 8 + headerLength)) as Record<string, unknown> & { countsLength: number; classesLength: number; countsDeflated: boolean; classesDeflated: boolean; entries: number };
  const aligned = (n: number): number => Math.ceil(n / 8) * 8;
  const countsStart = aligned(8 + headerLength);
  const classesStart = aligned(countsStart + header.countsLength);
  const weightsStart = aligned(classesStart + header.classesLength);
  const counts = current.subarray(countsStart, countsStart + header.countsLength);
  const classes = current.subarray(classesStart, classesStart + header.classesLength);
  const countsPlane = header.countsDeflated ? counts : deflateRawSync(counts);
  const classesPlane = header.classesDeflated ? classes : deflateRawSync(classes);
  const { countsDeflated: _counts, classesDeflated: _classes, ...rest } = header;
  const headerBytes = Buffer.from(JSON.stringify({ ...rest, countsLength: countsPlane.length, classesLength: classesPlane.length }), 'utf8');
  const pad = (n: number): Buffer => Buffer.alloc(aligned(n) - n);
  const prefix = Buffer.alloc(8);
  prefix.write('WSM2', 0, 'latin1');
  prefix.writeUInt32LE(headerBytes.length, 4);
  const weights = current.subarray(weightsStart, weightsStart + header.entries * 2);
  return Buffer.concat([prefix, headerBytes, pad(8 + headerBytes.length), countsPlane, pad(countsPlane.length), classesPlane, pad(classesPlane.length), weights, pad(weights.length)]);
}

test('a model of the first planes files, with both small planes deflated and no flags, still loads to the same weights', () => {
  const model = trainTiny();
  const { model: loaded, metadata } = deserializeModel(firstPlanesFile(model, { note: 'tiny' }));
  assert.deepEqual(metadata, { note: 'tiny' });
  assert.deepEqual(loaded.entries, model.entries);
  assert.deepEqual(loaded.rowStart, model.rowStart);
});

test('a serialized model is a multiple of 8 bytes and loads the same from an unaligned buffer', () => {
  const model = trainTiny();
  const bytes = serializeModel(model, { note: 'tiny' });
  assert.equal(bytes.toString('latin1', 0, 4), 'WSM2');
  assert.equal(bytes.length % 8, 0);
  const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
  unaligned.set(bytes);
  const { model: loaded } = deserializeModel(unaligned);
  assert.deepEqual(loaded.entries, model.entries);
  assert.deepEqual(loaded.rowStart, model.rowStart);
});

test('a model with more than 256 classes and buckets of more than 255 entries keeps them all', () => {
  const labels = Array.from({ length: 300 }, (_, i) => `class${i}`);
  const trainer = createTrainer({ labels, bucketBits: 4 });
  const features = featuresOf('apple');
  for (let gold = 0; gold < labels.length; gold++) updateTrainer(trainer, features, gold, (gold + 1) % labels.length);
  const model = finishTraining(trainer, { pruneBelow: 0 });
  assert.ok(Math.max(...Array.from({ length: 16 }, (_, b) => model.rowStart[b + 1]! - model.rowStart[b]!)) > 255);
  const { model: loaded } = deserializeModel(serializeModel(model));
  assert.deepEqual(loaded.entries, model.entries);
  assert.deepEqual(loaded.rowStart, model.rowStart);
});

test('a model with a damaged plane throws MODEL_UNAVAILABLE', () => {
  const bytes = serializeModel(trainTiny(), { note: 'tiny' });
  assert.throws(() => deserializeModel(bytes.subarray(0, bytes.length - 8)), (error: unknown) => error instanceof WhosaidError && error.code === 'MODEL_UNAVAILABLE');
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
