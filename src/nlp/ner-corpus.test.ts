import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentFolds, parseNerConll } from './ner-corpus.js';

test('documents split at -DOCSTART- and sentences at blank lines, with tab or space separators', () => {
  const text = '-DOCSTART-\tO\n\nJeff\tB-PER\nSessions\tI-PER\nspoke\tO\n\nHe\tO\n-DOCSTART- O\n\nThe I-ORG\nBand I-ORG\n';
  const documents = parseNerConll(text, 'sample');
  assert.equal(documents.length, 2);
  assert.deepEqual(documents[0]!.sentences.map((sentence) => sentence.words), [['Jeff', 'Sessions', 'spoke'], ['He']]);
  assert.deepEqual(documents[0]!.sentences[0]!.spans, [{ start: 0, end: 2, type: 'PER' }]);
  assert.deepEqual(documents[1]!.sentences[0]!.spans, [{ start: 0, end: 2, type: 'ORG' }]);
});

test('empty and malformed input yields no documents rather than an error', () => {
  assert.deepEqual(parseNerConll(''), []);
  assert.deepEqual(parseNerConll('\n\n-DOCSTART-\tO\n\n'), []);
});

test('folds are assigned round-robin by document', () => {
  const documents = Array.from({ length: 7 }, (_, i) => ({ id: String(i), sentences: [] }));
  assert.deepEqual(documentFolds(documents, 3).map((fold) => fold.map((document) => document.id)), [['0', '3', '6'], ['1', '4'], ['2', '5']]);
});
