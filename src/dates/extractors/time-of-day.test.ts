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

test('a modified part of the day is a time on the reference day, or on the day named after it', () => {
  const mid = findDates('By mid afternoon, officials said the road was open.', '1998-03-06')[0];
  assert.equal(mid?.text, 'mid afternoon');
  assert.equal(mid?.value, '1998-03-06TAF');
  const yesterday = findDates('In London at mid-afternoon yesterday, the shares were up.', '1989-11-02')[0];
  assert.equal(yesterday?.text, 'mid-afternoon yesterday');
  assert.equal(yesterday?.value, '1989-11-01TAF');
  assert.equal(findDates('He left in the late evening.', '1998-03-06')[0]?.value, '1998-03-06TEV');
});

test('early, late and mid before anything but a part of the day are no time', () => {
  assert.deepEqual(findDates('He was late for the mid-level meeting.', '1998-03-06'), []);
  assert.ok(!findDates('early Friday morning', '2000-01-28').some((d) => d.text.startsWith('early Friday') && d.value !== '2000-01-28TMO'));
});

test('a weekday night is one expression written as that day', () => {
  const date = findDates('Protesters rallied Friday night in Havana.', '2000-01-08')[0];
  assert.equal(date?.text, 'Friday night');
  assert.equal(date?.type, 'DATE');
  assert.equal(date?.value, '2000-01-07');
});

test('a weekday morning or evening keeps its part of day', () => {
  assert.deepEqual(findDates('He left Friday morning and returned Sunday evening.', '2000-01-10').map((d) => d.value), ['2000-01-07TMO', '2000-01-09TEV']);
});
