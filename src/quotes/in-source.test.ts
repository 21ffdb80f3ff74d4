import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const quotesOf = (text: string) =>
  analyze(text).quotes.map((q) => ({ content: q.fragments.map((f) => text.slice(f.start, f.end)), cue: q.cue?.text ?? null, mention: q.speaker.mention?.text ?? null }));

test('a poll named after an opening "In" is the source of the finding', () => {
  const [quote] = quotesOf('In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.');
  assert.deepEqual(quote, { content: ['she led Mr. Sanders 56 percent to 32 percent'], cue: 'In', mention: 'an early-October CBS News poll' });
});

test('polls closing a one-clause sentence are the source of the finding', () => {
  const [quote] = quotesOf('Mr. Trump is ahead in public opinion polls in Florida.');
  assert.equal(quote?.content[0], 'Mr. Trump is ahead');
});

test('an opening "In a statement" leaves the sentence to its own speaker', () => {
  const quotes = quotesOf('In a statement, the campaign said the report was false.');
  assert.deepEqual(quotes.map((q) => q.cue), ['said']);
});

test('going to the polls is no source', () => {
  assert.equal(quotesOf('Democratic voters in the District of Columbia head to the polls.').length, 0);
});
