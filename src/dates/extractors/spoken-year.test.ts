import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('a year spoken as two numbers is a year', () => {
  const date = findDates('Keating was convicted in nineteen ninety-one.')[0];
  assert.equal(date?.text, 'nineteen ninety-one');
  assert.equal(date?.value, '1991');
  assert.equal(date?.source, 'rule:dates/spoken-year');
});

test('the year two thousand is 2000', () => {
  assert.equal(findDates('by the year two thousand')[0]?.value, '2000');
});

test('two thousand people is a count, not a year', () => {
  assert.deepEqual(findDates('About two thousand people marched.'), []);
});

test('the nineties is a decade', () => {
  assert.equal(findDates('Crime fell through the nineties.')[0]?.value, '199X');
});

test('a spoken decade keeps early, late or mid inside', () => {
  assert.deepEqual(findDates('It began in the early eighties.', '1998-02-06').map((d) => [d.text, d.value]), [['the early eighties', '198X']]);
  assert.deepEqual(findDates('It began in the mid-eighties.', '1998-02-06').map((d) => [d.text, d.value]), [['the mid-eighties', '198X']]);
});

test('a spoken decade without the is an age or a style, not a time', () => {
  assert.deepEqual(findDates('He was in his early eighties.', '1998-02-06').map((d) => d.text), []);
  assert.deepEqual(findDates('It was an early eighties hit.', '1998-02-06').map((d) => d.text), []);
});
