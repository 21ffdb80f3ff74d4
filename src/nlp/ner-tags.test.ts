import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canEndSentence, labelsFromSpans, NER_LABELS, spansFromIob, spansFromLabels, TRANSITIONS } from './ner-tags.js';

test('IOB1 tags: an I- tag after O or another type starts an entity, B- splits two of one type', () => {
  assert.deepEqual(spansFromIob(['I-ORG', 'I-ORG', 'O', 'I-PER', 'B-PER', 'I-LOC']), [
    { start: 0, end: 2, type: 'ORG' }, { start: 3, end: 4, type: 'PER' }, { start: 4, end: 5, type: 'PER' }, { start: 5, end: 6, type: 'LOC' },
  ]);
});

test('IOB2 tags read the same entities as IOB1', () => {
  assert.deepEqual(spansFromIob(['B-PER', 'I-PER', 'O', 'B-LOC']), [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]);
});

test('unknown entity types are read as outside', () => {
  assert.deepEqual(spansFromIob(['B-DATE', 'I-DATE', 'B-PER']), [{ start: 2, end: 3, type: 'PER' }]);
});

test('spans survive the round trip through BILOU labels', () => {
  const spans = [{ start: 0, end: 1, type: 'PER' as const }, { start: 2, end: 5, type: 'ORG' as const }, { start: 5, end: 7, type: 'MISC' as const }];
  const labels = labelsFromSpans(8, spans);
  assert.deepEqual(Array.from(labels, (label) => NER_LABELS[label]), ['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'B-MISC', 'L-MISC', 'O']);
  assert.deepEqual(spansFromLabels(labels), spans);
});

test('BILOU transitions forbid leaving an entity open or continuing a closed one', () => {
  const index = (label: string): number => NER_LABELS.indexOf(label);
  const allowed = (previous: string, next: string): boolean => TRANSITIONS[index(previous) * NER_LABELS.length + index(next)] === 1;
  assert.equal(allowed('B-PER', 'L-PER'), true);
  assert.equal(allowed('B-PER', 'O'), false);
  assert.equal(allowed('B-PER', 'I-ORG'), false);
  assert.equal(allowed('O', 'I-PER'), false);
  assert.equal(allowed('U-LOC', 'B-PER'), true);
  assert.equal(canEndSentence(index('I-LOC')), false);
  assert.equal(canEndSentence(index('L-LOC')), true);
});
