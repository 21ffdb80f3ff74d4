import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexRange } from './timex-order.js';

test('days, months and years cover their days', () => {
  assert.deepEqual(timexRange('2017-02-13'), { first: '2017-02-13', last: '2017-02-13' });
  assert.deepEqual(timexRange('2016-02'), { first: '2016-02-01', last: '2016-02-29' });
  assert.deepEqual(timexRange('2016'), { first: '2016-01-01', last: '2016-12-31' });
});

test('times sort on their day', () => {
  assert.deepEqual(timexRange('2017-03-02TMO'), { first: '2017-03-02', last: '2017-03-02' });
});

test('ISO weeks start on Monday', () => {
  assert.deepEqual(timexRange('2017-W09'), { first: '2017-02-27', last: '2017-03-05' });
  assert.deepEqual(timexRange('2021-W01'), { first: '2021-01-04', last: '2021-01-10' });
});

test('quarters, halves, seasons and decades cover their months', () => {
  assert.deepEqual(timexRange('1989-Q3'), { first: '1989-07-01', last: '1989-09-30' });
  assert.deepEqual(timexRange('1990-H2'), { first: '1990-07-01', last: '1990-12-31' });
  assert.deepEqual(timexRange('2016-WI'), { first: '2016-12-01', last: '2017-02-28' });
  assert.deepEqual(timexRange('199X'), { first: '1990-01-01', last: '1999-12-31' });
});

test('values with no calendar place have no range', () => {
  assert.equal(timexRange('PAST_REF'), null);
  assert.equal(timexRange('XXXX-WXX-4'), null);
  assert.equal(timexRange('P2Y'), null);
});
