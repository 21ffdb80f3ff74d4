import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterKey, parseWordClusters, wordClusters } from './word-clusters.js';

test('a cluster key is the lower-case form with every digit written 0', () => {
  assert.equal(clusterKey('1990s'), '0000s');
  assert.equal(clusterKey('london'), 'london');
});

test('a table line gives a word its coarse, middle and fine cluster; comments and malformed lines are skipped', () => {
  const table = parseWordClusters('# comment\nlondon\t3/17/201\nbroken\t3/17\n');
  assert.deepEqual(table.byWord.get('london'), { fine: 201, middle: 17, coarse: 3 });
  assert.equal(table.byWord.has('broken'), false);
});

test('two different tables have different digests', () => {
  assert.notEqual(parseWordClusters('a\t1/1/1\n').digest, parseWordClusters('a\t1/1/2\n').digest);
});

test('the shipped table puts place names in one cluster', () => {
  const byWord = wordClusters().byWord;
  assert.equal(byWord.get('london')?.fine, byWord.get('paris')?.fine);
});
