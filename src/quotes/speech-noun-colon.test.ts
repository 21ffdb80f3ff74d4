import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const quotesOf = (text: string) =>
  analyze(text).quotes.map((q) => ({ kind: q.kind, source: q.source, content: q.content.text, cue: q.cue?.text ?? null, mention: q.speaker.mention?.text ?? null }));

test('a speech noun and a colon make the clause subject the speaker', () => {
  const [quote] = quotesOf('On July 6, 2015, Sanders made the following comment: “For young people, the rate is 33 percent.”');
  assert.deepEqual(quote, { kind: 'direct', source: 'rule:quote/speech-noun-colon', content: '“For young people, the rate is 33 percent.”', cue: 'comment', mention: 'Sanders' });
});

test('the subject of a verb taking an infinitive speaks ("I had to change my answer:")', () => {
  const [quote] = quotesOf('She got so upset that I had to change my answer: "Of course I believe in the devil."');
  assert.equal(quote?.mention, 'I');
});

test('a colon after a noun that is not one of saying introduces no quotation', () => {
  assert.equal(quotesOf('The menu had one item: “Soup of the day.”').length, 0);
});

test('a speech noun whose clause has no person as subject introduces no quotation', () => {
  assert.equal(quotesOf('The page carried a message: “Do not enter.”').length, 0);
});
