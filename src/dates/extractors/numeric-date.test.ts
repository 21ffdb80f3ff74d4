import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('an ISO date is read whole', () => {
  const dates = findDates('Filed on 1998-08-07 in Nairobi.');
  assert.equal(dates.length, 1);
  assert.equal(dates[0]!.text, '1998-08-07');
  assert.equal(dates[0]!.value, '1998-08-07');
  assert.equal(dates[0]!.source, 'rule:dates/iso-date');
});

test('a US slash date with a two-digit year is read', () => {
  const dates = findDates('Posted 11/02/89 by the desk.');
  assert.equal(dates[0]?.value, '1989-11-02');
});

test('an impossible slash date is not a date', () => {
  assert.deepEqual(findDates('The ratio was 13/45/89 overall.'), []);
});
