import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, isoWeek, nthWeekdayOf, parseDay, weekdayOf } from './calendar.js';

test('parseDay accepts dates and timestamps and rejects impossible days', () => {
  assert.deepEqual(parseDay('2017-03-02'), { year: 2017, month: 3, day: 2 });
  assert.deepEqual(parseDay('2017-03-02T14:00:00Z'), { year: 2017, month: 3, day: 2 });
  assert.equal(parseDay('2017-02-30'), null);
  assert.equal(parseDay('March 2'), null);
});

test('adding days crosses months and leap days', () => {
  assert.deepEqual(addDays({ year: 2016, month: 2, day: 28 }, 1), { year: 2016, month: 2, day: 29 });
  assert.deepEqual(addDays({ year: 2017, month: 3, day: 1 }, -1), { year: 2017, month: 2, day: 28 });
});

test('weekdays and ISO weeks follow ISO 8601', () => {
  assert.equal(weekdayOf({ year: 2017, month: 3, day: 2 }), 4);
  assert.deepEqual(isoWeek({ year: 2017, month: 3, day: 2 }), { year: 2017, week: 9 });
  assert.deepEqual(isoWeek({ year: 2021, month: 1, day: 3 }), { year: 2020, week: 53 });
});

test('the fourth Thursday of November 2017 is the 23rd', () => {
  assert.deepEqual(nthWeekdayOf(2017, 11, 4, 4), { year: 2017, month: 11, day: 23 });
});

test('n = -1 is the last such weekday of the month', () => {
  assert.deepEqual(nthWeekdayOf(1998, 5, -1, 1), { year: 1998, month: 5, day: 25 });
  assert.deepEqual(nthWeekdayOf(2017, 5, -1, 3), { year: 2017, month: 5, day: 31 });
});
