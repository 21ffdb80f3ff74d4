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

test('a noun of stance takes its object after the preposition, held by the possessor', () => {
  const text = "Trump's criticism of the federal judge, a native of Indiana, drew a rebuke.";
  const quote = analyze(text).quotes.find((q) => q.source === 'rule:quote/noun-object');
  assert.equal(quote && text.slice(quote.content.start, quote.content.end), 'the federal judge');
  assert.equal(quote?.speaker.mention?.text, 'Trump');
});

test('a promise takes its infinitive', () => {
  const text = 'Voters remember his promise to build a wall along the border.';
  const quote = analyze(text).quotes.find((q) => q.source === 'rule:quote/noun-object');
  assert.equal(quote && text.slice(quote.content.start, quote.content.end), 'to build a wall along the border');
});
