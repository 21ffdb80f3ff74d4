import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNonCommercialGum, parseConllu } from './conllu.js';

const sample = [
  '# newdoc id = GUM_fiction_x',
  '# text = I don\'t.',
  '1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_',
  '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
  '2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t0\troot\t_\t_',
  '3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t3:conj\t_',
  '4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_',
  '',
  '# text = Next.',
  '1\tNext\tnext\tADV\tRB\t_\t0\troot\t_\t_',
  '',
].join('\n');

test('word lines become 0-based words, ranges become multiwords and empty nodes are skipped', () => {
  const [first] = parseConllu(sample);
  assert.ok(first);
  assert.deepEqual(first.words.map((w) => w.form), ['I', 'do', "n't", '.']);
  assert.deepEqual(first.words.map((w) => w.head), [2, 2, -1, 2]);
  assert.deepEqual(first.multiwords, [{ first: 1, last: 2, form: "don't", misc: 'SpaceAfter=No' }]);
  assert.equal(first.comments.text, "I don't.");
});

test('the document id carries over to later sentences and flags non-commercial GUM genres', () => {
  const sentences = parseConllu(sample);
  assert.equal(sentences.length, 2);
  assert.equal(sentences[1]?.docId, 'GUM_fiction_x');
  assert.equal(isNonCommercialGum(sentences[1]!), true);
  assert.equal(isNonCommercialGum({ comments: {}, docId: 'GUM_news_y', words: [], multiwords: [] }), false);
});
