/** That-clauses after verbs outside the cue lexicon. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const quotesOf = (text: string) =>
  analyze(text).quotes.map((q) => ({ content: q.fragments.map((f) => text.slice(f.start, f.end)), cue: q.cue?.text ?? null, mention: q.speaker.mention?.text ?? null }));

test('a past-tense verb outside the lexicon with a that-clause is attributed to its subject', () => {
  assert.deepEqual(quotesOf('The appeals court reasoned that the law violated the First Amendment.')[0], { content: ['that the law violated the First Amendment'], cue: 'reasoned', mention: 'The appeals court' });
});

test('a participle after a comma takes the subject of the sentence', () => {
  assert.equal(quotesOf('The panel issued its findings on Monday, determining that the agency had failed.').find((q) => q.cue === 'determining')?.mention, 'The panel');
});

test('a relative clause after a noun or a passive is no statement', () => {
  assert.equal(quotesOf('The bill that the senator drafted was passed on Monday.').length, 0);
  assert.equal(quotesOf('Nothing was decided that the company could use.').length, 0);
});
