import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('the latest quarter is the quarter before the reference quarter', () => {
  const date = findDates('Revenue rose 54% in the latest quarter.', '1989-10-26')[0];
  assert.equal(date?.text, 'the latest quarter');
  assert.equal(date?.value, '1989-Q3');
  assert.equal(date?.source, 'rule:dates/fiscal-period');
});

test('the year-ago quarter is that quarter a year earlier', () => {
  assert.equal(findDates('It earned $10 million in the year-ago quarter.', '1989-10-26')[0]?.value, '1988-Q3');
});

test('the year ended a date is a twelve-month duration', () => {
  const date = findDates('Revenue was $76 million for the year ended March 31.', '1989-11-01')[0];
  assert.equal(date?.text, 'the year');
  assert.equal(date?.value, 'P1Y');
});

test('a stated year with "quarter" names that year\'s latest reporting quarter', () => {
  assert.equal(findDates('It earned $376,000 in the 1988 quarter.', '1989-10-30')[0]?.value, '1988-Q3');
});

test('the year-ago third quarter is the third quarter of the previous year', () => {
  const date = findDates('It earned $22.5 million in the year-ago third quarter.', '1989-10-30')[0];
  assert.equal(date?.text, 'the year-ago third quarter');
  assert.equal(date?.value, '1988-Q3');
});

test('a year ago after a quarterly figure is the year-ago quarter', () => {
  const dates = findDates('Net rose to $5 million in the third quarter from $4 million a year ago.', '1989-10-30');
  assert.equal(dates[1]?.text, 'a year ago');
  assert.equal(dates[1]?.value, '1988-Q3');
  assert.equal(dates[1]?.source, 'rule:dates/fiscal-context');
});

test('the latest period is the quarter the report last named', () => {
  const dates = findDates('Earnings for its fourth quarter ended Sept. 30 fell. Sales in the latest period were $1.76 billion, up from a year earlier.', '1989-11-02');
  const latest = dates.find((d) => d.text === 'the latest period');
  assert.equal(latest?.value, '1989-Q4');
  assert.equal(dates.find((d) => d.text === 'a year earlier')?.value, '1988-Q4');
});

test('the year before "of" and an amount is still the reporting year', () => {
  assert.equal(findDates('rising to a high for the year of $42.875 a share', '1989-10-30')[0]?.value, '1989');
  assert.deepEqual(findDates('the year of the flood', '1989-10-30'), []);
});

test('the year followed by a year number is that year', () => {
  assert.deepEqual(findDates('It will be finished in the year 2000.', '1998-03-02').map((d) => [d.text, d.value]), [['the year 2000', '2000']]);
});

test('the year followed by something else is still the reporting year', () => {
  assert.deepEqual(findDates('Profit for the year rose 5%.', '1989-11-02').map((d) => [d.text, d.value]), [['the year', '1989']]);
});

test('the corresponding period last year is the year-ago quarter of the report', () => {
  const dates = findDates('It lost $2 million in the third quarter, compared with net income of $1.8 million for the corresponding period last year.', '1989-11-01');
  assert.deepEqual(dates.map((d) => [d.text, d.value]), [['the third quarter', '1989-Q3'], ['the corresponding period last year', '1988-Q3']]);
});

test('the quarter a year ago and last year\'s quarter are the year-ago quarter', () => {
  const text = 'Its third-quarter loss was $226 million. For the quarter a year ago, it earned $16 million. U.K. sales for last year\'s quarter were $3 million.';
  const dates = findDates(text, '1989-10-26');
  assert.deepEqual(dates.map((d) => [d.text, d.value]), [['third-quarter', '1989-Q3'], ['the quarter a year ago', '1988-Q3'], ["last year's quarter", '1988-Q3']]);
});

test('an outlook quarter does not become the quarter a comparison refers to', () => {
  const text = 'Third-quarter profit fell. It expects a loss in the third quarter of 1990. In the year-ago period, it earned $101 million.';
  assert.equal(findDates(text, '1989-10-26').find((d) => d.text === 'the year-ago period')?.value, '1988-Q3');
});
