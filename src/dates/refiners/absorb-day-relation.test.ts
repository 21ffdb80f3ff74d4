import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

const read = (text: string, reference: string) => findDates(text, reference).map((d) => [d.text, d.value, d.source]);

test('the day before or after a day is that day moved by one', () => {
  assert.deepEqual(read("The day before last Tuesday's hearing, Manuel went to court.", '2000-02-24'), [['The day before last Tuesday', '2000-02-21', 'rule:dates/day-relation']]);
  assert.deepEqual(read('He left the day after March 2.', '2000-02-24'), [['the day after March 2', '2000-03-03', 'rule:dates/day-relation']]);
  assert.equal(findDates('the day after Christmas', '2000-02-24')[0]?.value, '1999-12-26');
});

test('the week of a day is its ISO week', () => {
  assert.deepEqual(read('a court hearing the week of March 6', '2000-02-24'), [['the week of March 6', '2000-W10', 'rule:dates/day-relation']]);
});

test('without the article, or before a month alone, nothing is absorbed', () => {
  assert.deepEqual(read('every day before Friday', '2000-02-24').map(([text]) => text), ['every day', 'Friday']);
  assert.deepEqual(read('the week of March', '2000-02-24').map(([text]) => text), ['March']);
});
