import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('a clock time with a meridiem is a time on the reference day', () => {
  const date = findDates('The blast occurred at 10:35 a.m. local time.', '1998-08-07')[0];
  assert.equal(date?.text, '10:35 a.m.');
  assert.equal(date?.type, 'TIME');
  assert.equal(date?.value, '1998-08-07T10:35');
});

test('p.m. adds twelve hours and a zone is absorbed', () => {
  assert.equal(findDates('until 5 p.m. EST', '1989-10-30')[0]?.text, '5 p.m. EST');
  assert.equal(findDates('until 5 p.m. EST', '1989-10-30')[0]?.value, '1989-10-30T17:00');
});

test('a time and a date merge into one moment', () => {
  const date = findDates('The offer expires at 5 p.m. EST, Nov. 6.', '1989-10-30')[0];
  assert.equal(date?.text, '5 p.m. EST, Nov. 6');
  assert.equal(date?.value, '1989-11-06T17:00');
});

test('this morning and last night are parts of days', () => {
  assert.deepEqual(findDates('He left this morning after working last night.', '2017-03-02').map((d) => d.value), ['2017-03-02TMO', '2017-03-01TNI']);
});
