import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

const THURSDAY = '2017-03-02';

test('a weekday on the reference day itself is that day', () => {
  const dates = findDates('Sessions announced Thursday that he would recuse himself.', THURSDAY);
  assert.equal(dates[0]?.value, '2017-03-02');
  assert.equal(dates[0]?.source, 'rule:dates/weekday');
  assert.deepEqual(dates[0]?.inferred, ['year', 'month', 'day']);
});

test('a weekday in a past clause is the most recent such day', () => {
  assert.equal(findDates('The report was published Wednesday.', THURSDAY)[0]?.value, '2017-03-01');
  assert.equal(findDates('They met Friday.', THURSDAY)[0]?.value, '2017-02-24');
});

test('a weekday in a future clause is the next such day', () => {
  assert.equal(findDates('The committee will vote Friday.', THURSDAY)[0]?.value, '2017-03-03');
});

test('last and next shift strictly before and after the reference', () => {
  assert.equal(findDates('He spoke last Thursday.', THURSDAY)[0]?.value, '2017-02-23');
  assert.equal(findDates('He speaks next Thursday.', THURSDAY)[0]?.value, '2017-03-09');
});

test('without a reference the weekday stays relative', () => {
  const date = findDates('They met Friday.')[0];
  assert.equal(date?.value, 'XXXX-WXX-5');
  assert.equal(date?.anchor, null);
});
