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
