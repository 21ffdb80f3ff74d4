import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const quotesOf = (text: string) =>
  analyze(text).quotes.map((q) => ({ content: q.fragments.map((f) => text.slice(f.start, f.end)), cue: q.cue?.text ?? null, mention: q.speaker.mention?.text ?? null }));

test('a possessed noun of saying introduces its that-clause ("Trump’s claim that …")', () => {
  const [quote] = quotesOf('Voters doubted Trump’s claim that he opposed the war from the start.');
  assert.deepEqual(quote, { content: ['that he opposed the war from the start'], cue: 'claim', mention: 'Trump' });
});

test('the subject of the verb holding the noun is its source ("Sanders raised concern that …")', () => {
  const quote = quotesOf('Sanders raised concern that the deal would cost jobs.').find((q) => q.cue === 'concern');
  assert.equal(quote?.mention, 'Sanders');
});

test('a relative clause after the noun is not a statement ("a charge that might have stung")', () => {
  assert.equal(quotesOf('It was a charge that might have stung the senator badly.').length, 0);
});
