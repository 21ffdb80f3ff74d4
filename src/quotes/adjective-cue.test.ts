/** Beliefs and stances stated with an adjective after "be". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const quotesOf = (text: string) =>
  analyze(text).quotes.map((q) => ({ content: q.fragments.map((f) => text.slice(f.start, f.end)), cue: q.cue?.text ?? null, mention: q.speaker.mention?.text ?? null }));

test('an adjective of belief with a that-clause is attributed to the subject of "be"', () => {
  assert.deepEqual(quotesOf('Jessie Elkins was convinced that the war would go on.')[0], { content: ['that the war would go on'], cue: 'was convinced', mention: 'Jessie Elkins' });
});

test('"be" after an auxiliary and an adjective of stance with an object', () => {
  assert.deepEqual(quotesOf('Graham has been critical of the trade deal.')[0], { content: ['the trade deal'], cue: 'been critical', mention: 'Graham' });
});

test('an adjective outside the lexicon or without its complement states nothing', () => {
  assert.equal(quotesOf('The senator was tired of the debate.').length, 0);
  assert.equal(quotesOf('The senator was sure.').length, 0);
});
