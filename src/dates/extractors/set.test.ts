import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('every Monday is a weekly set on Mondays', () => {
  const date = findDates('The board meets every Monday.')[0];
  assert.equal(date?.type, 'SET');
  assert.equal(date?.value, 'XXXX-WXX-1');
});

test('frequency adverbs and "twice a week" are sets', () => {
  assert.deepEqual(findDates('Published daily, reviewed annually, audited twice a week.').map((d) => d.value), ['P1D', 'P1Y', 'P1W']);
});

test('a plural weekday with a part of day is a set', () => {
  assert.equal(findDates('The show airs Tuesday nights.')[0]?.value, 'XXXX-WXX-2TNI');
});
