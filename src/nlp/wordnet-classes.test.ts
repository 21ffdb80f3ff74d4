import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { smallWordnetTable } from '../../test/wordnet-table.js';
import { readWordnetTable, wordnetBits, wordnetClass } from './wordnet-classes.js';

const table = smallWordnetTable();

test('a lemma gets its parts of speech, whatever its case', () => {
  assert.equal(wordnetBits(table, 'quickly'), 8);
  assert.equal(wordnetBits(table, 'Paris'), 1 | 16);
  assert.equal(wordnetBits(table, 'FAST'), 1 | 2 | 4 | 8);
});

test('regular inflections lead to the lemma of the right part of speech only', () => {
  // "refinanced": past of the verb; "boxes": plural noun and third-person verb; "larger": comparative adjective.
  assert.equal(wordnetBits(table, 'refinanced'), 64);
  assert.equal(wordnetBits(table, 'boxes'), 32 | 64);
  assert.equal(wordnetBits(table, 'larger'), 128);
  // "quicklys" would need a noun or verb "quickly"; the adverb does not inflect.
  assert.equal(wordnetBits(table, 'quicklys'), 0);
});

test('an unknown word has no class; different part-of-speech sets have different classes', () => {
  assert.equal(wordnetClass(table, 'Zyxwvut'), 0);
  const classes = ['refinanced', 'boxes', 'larger', 'paris', 'quickly', 'fast'].map((word) => wordnetClass(table, word));
  assert.ok(classes.every((value) => value !== 0));
  assert.equal(new Set(classes).size, classes.length);
  assert.equal(wordnetClass(table, 'Refinanced'), wordnetClass(table, 'refinanced'));
});

test('the shipped lexicon reads into a table of its lemmas', () => {
  const shipped = readWordnetTable(join('data', 'lexicons', 'wordnet', 'pos.tsv'));
  assert.ok(shipped.hashes.length > 80_000);
  for (let i = 1; i < shipped.hashes.length; i++) assert.ok(shipped.hashes[i - 1]! < shipped.hashes[i]!);
  assert.equal(wordnetBits(shipped, 'walked') & 64, 64);
  // Irregular forms need WordNet's exception lists, which are not used.
  assert.equal(wordnetBits(shipped, 'said') & 64, 0);
});
