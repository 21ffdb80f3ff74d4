import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeReading } from './normalize.js';

const REF = { year: 2017, month: 3, day: 2 };

test('a month with no year picks the nearest occurrence when no tense says otherwise', () => {
  assert.equal(normalizeReading({ kind: 'calendar', month: 2, day: 13, shift: null }, REF, null).value, '2017-02-13');
  assert.equal(normalizeReading({ kind: 'calendar', month: 12, day: 25, shift: null }, REF, null).value, '2016-12-25');
});

test('a past clause sends a distant month-day back, a future clause forward', () => {
  assert.equal(normalizeReading({ kind: 'calendar', month: 10, day: 1, shift: null }, REF, 'past').value, '2016-10-01');
  assert.equal(normalizeReading({ kind: 'calendar', month: 10, day: 1, shift: null }, REF, 'future').value, '2017-10-01');
});

test('last and next months skip the reference month', () => {
  assert.equal(normalizeReading({ kind: 'calendar', month: 3, shift: -1 }, REF, null).value, '2016-03');
  assert.equal(normalizeReading({ kind: 'calendar', month: 3, shift: 1 }, REF, null).value, '2018-03');
});

test('without a reference the stated parts are kept and the rest written as X', () => {
  const month = normalizeReading({ kind: 'calendar', month: 3, day: 2, shift: null }, null, null);
  assert.equal(month.value, 'XXXX-03-02');
  assert.equal(month.anchored, false);
  assert.equal(normalizeReading({ kind: 'relative', unit: 'month', offset: -1 }, null, null).value, 'XXXX-XX');
});

test('durations use TIMEX3 period letters, clock units after T', () => {
  assert.equal(normalizeReading({ kind: 'duration', amount: 2, unit: 'year' }, null, null).value, 'P2Y');
  assert.equal(normalizeReading({ kind: 'duration', amount: 1, unit: 'minute', extra: { amount: 30, unit: 'second' } }, null, null).value, 'PT1M30S');
  assert.equal(normalizeReading({ kind: 'duration', amount: null, unit: 'week' }, null, null).value, 'PXW');
});
