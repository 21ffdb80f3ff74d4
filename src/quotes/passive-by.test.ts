/** Passive statements with their agent after "by". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const quotesOf = (text: string) =>
  analyze(text).quotes.map((q) => ({ content: q.fragments.map((f) => text.slice(f.start, f.end)), cue: q.cue?.text ?? null, mention: q.speaker.mention?.text ?? null }));

test('the subject of a passive cue verb is the content and the agent its source', () => {
  assert.deepEqual(quotesOf('The Democratic nominee has been endorsed by dozens of papers.')[0], { content: ['The Democratic nominee'], cue: 'been endorsed by', mention: 'dozens of papers' });
});

test('a passive of a verb that is no cue states nothing', () => {
  assert.equal(quotesOf('The senator was driven by a volunteer.').length, 0);
});

test('a pronoun subject of a passive is not taken as the content', () => {
  assert.equal(quotesOf('It was first declared by President Nixon.').length, 0);
});
