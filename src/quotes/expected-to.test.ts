import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

test('an expectation without its holder takes the subject and the infinitive as content and no speaker', () => {
  const text = 'Trump is widely expected to deliver a victory speech later tonight.';
  const [quote] = analyze(text).quotes;
  assert.equal(quote?.cue?.text, 'is widely expected');
  assert.deepEqual(quote?.fragments.map((f) => text.slice(f.start, f.end)), ['Trump', 'to deliver a victory speech later tonight']);
  assert.equal(quote?.speaker.mention, null);
});

test('"expected to" inside a quotation belongs to the quoted words', () => {
  const quotes = analyze('"He is expected to win easily," the analyst said.').quotes;
  assert.deepEqual(quotes.map((q) => q.cue?.text), ['said']);
});
