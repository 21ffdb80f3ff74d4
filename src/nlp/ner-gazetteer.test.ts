import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GAZETTEER_CLASSES, isCommonWord, isGazetteerIndexCurrent, MATCH_B, MATCH_L, MATCH_U, matchGazetteers } from './ner-gazetteer.js';

function marks(words: string[], name: (typeof GAZETTEER_CLASSES)[number]): number[] {
  const all = matchGazetteers(words, words.map((word) => word.toLowerCase()));
  const c = GAZETTEER_CLASSES.indexOf(name);
  return Array.from(all.slice(c * words.length, (c + 1) * words.length));
}

test('multi-word entries match as a whole with B and L marks', () => {
  assert.deepEqual(marks(['in', 'New', 'Hampshire', 'today'], 'us-states'), [0, MATCH_B, MATCH_L, 0]);
});

test('capitalized and upper-case words match case-insensitively', () => {
  assert.deepEqual(marks(['PARIS', 'Paris'], 'cities'), [MATCH_U, MATCH_U]);
});

test('an all-lower-case word only matches an entry written the same way ("us" is not "US")', () => {
  assert.deepEqual(marks(['tell', 'us'], 'places-extra'), [0, 0]);
  assert.deepEqual(marks(['the', 'US'], 'places-extra'), [0, MATCH_U]);
});

test('the shipped gazetteer index was built from the lists as they are (else run `npm run train -- ner-gazetteers`)', () => {
  assert.ok(isGazetteerIndexCurrent());
});

test('common words are found, and gazetteer entries that are not common words are not', () => {
  assert.equal(isCommonWord('aardvark'), true);
  assert.equal(isCommonWord('paris'), false);
});
