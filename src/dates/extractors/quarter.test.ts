import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('an ordinal quarter with its article takes the reference year', () => {
  const date = findDates('Profit rose in the third quarter.', '1989-10-26')[0];
  assert.equal(date?.text, 'the third quarter');
  assert.equal(date?.value, '1989-Q3');
});

test('a hyphenated quarter is one expression', () => {
  assert.equal(findDates('third-quarter earnings', '1989-10-26')[0]?.text, 'third-quarter');
});

test('a quarter with a stated year keeps it', () => {
  assert.equal(findDates('in the third quarter of 1990', '1989-10-26')[0]?.value, '1990-Q3');
  assert.equal(findDates('the first half of 1990', '1989-10-26')[0]?.value, '1990-H1');
});

test('an ordinal century is written by its first two digits', () => {
  const date = findDates('one of the great events of the 20th century')[0];
  assert.equal(date?.text, 'the 20th century');
  assert.equal(date?.value, '19XX');
});
