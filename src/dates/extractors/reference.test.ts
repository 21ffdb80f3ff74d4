import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('recently refers to the past without a date', () => {
  const date = findDates('He recently resigned.', '2017-03-02')[0];
  assert.equal(date?.value, 'PAST_REF');
  assert.equal(date?.anchor, null);
  assert.equal(date?.source, 'rule:dates/reference');
});

test('now and currently refer to the present', () => {
  assert.deepEqual(findDates('He is now and currently in charge.').map((d) => d.value), ['PRESENT_REF', 'PRESENT_REF']);
});

test('now that is a connective, not a time', () => {
  assert.deepEqual(findDates('Now that he has left, the office is quiet.'), []);
});

test('in the future refers to the future', () => {
  assert.equal(findDates('It may change in the future.')[0]?.value, 'FUTURE_REF');
});

test('then current is the present of a past time', () => {
  const date = findDates('holders may buy shares at half the then current market price', '1989-10-26')[0];
  assert.equal(date?.text, 'then current');
  assert.equal(date?.value, 'PAST_REF');
});
