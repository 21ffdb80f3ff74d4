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

test('the last half or the first two quarters of a year name its halves', () => {
  const last = findDates('lower earnings for the last half of 1989', '1989-10-26')[0];
  assert.equal(last?.text, 'the last half of 1989');
  assert.equal(last?.value, '1989-H2');
  assert.equal(findDates('through at least the first two quarters of 1990', '1989-10-26')[0]?.value, '1990-H1');
  assert.equal(findDates('sales in the last quarter of 1988', '1989-10-26')[0]?.value, '1988-Q4');
});

test('last or first without "of" and a year is no half', () => {
  assert.ok(!findDates('the last two quarters were weak', '1989-10-26').some((d) => d.value.includes('-H')));
  assert.equal(findDates('in the last half of the game', '1989-10-26').length, 0);
  assert.equal(findDates('the first quarter of 1990', '1989-10-26')[0]?.value, '1990-Q1');
});

test('a shifted year in the possessive names the year of the quarter', () => {
  const next = findDates('could be effective as early as next year\'s first quarter.', '1989-10-31')[0];
  assert.equal(next?.text, "next year's first quarter");
  assert.equal(next?.value, '1990-Q1');
  assert.equal(findDates("Sales fell in last year's fourth quarter.", '1989-10-31')[0]?.value, '1988-Q4');
  assert.equal(findDates("this year's third quarter", '1989-10-31')[0]?.value, '1989-Q3');
});

test('a half or quarter of a shifted year is one expression in that year', () => {
  assert.deepEqual(findDates('The plant opens in the second half of next year.', '2017-03-02').map((d) => [d.text, d.value]), [['the second half of next year', '2018-H2']]);
  assert.deepEqual(findDates('Sales fell in the fourth quarter of last year.', '2017-03-02').map((d) => [d.text, d.value]), [['the fourth quarter of last year', '2016-Q4']]);
});

test('a quarter of something other than a year stays the quarter alone', () => {
  assert.deepEqual(findDates('Sales fell in the fourth quarter of last season.', '2017-03-02').map((d) => d.text), ['the fourth quarter']);
});
