import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

const only = (text: string) => findDates(text, '2017-03-02').map((d) => [d.text, d.type, d.value]);

test('a number and a unit make a duration', () => {
  assert.deepEqual(only('He served three years in prison.'), [['three years', 'DURATION', 'P3Y']]);
  assert.deepEqual(only('It lasted 14 days.'), [['14 days', 'DURATION', 'P14D']]);
});

test('a decade is ten years', () => {
  assert.deepEqual(only('It took a decade.'), [['a decade', 'DURATION', 'P10Y']]);
});

test('hyphenated and clock durations are read', () => {
  assert.deepEqual(only('a two-year contract'), [['two-year', 'DURATION', 'P2Y']]);
  assert.deepEqual(only('after half an hour'), [['half an hour', 'DURATION', 'PT0.5H']]);
});

test('the past three years keeps its opening words', () => {
  assert.deepEqual(only('Prices rose over the past three years.'), [['the past three years', 'DURATION', 'P3Y']]);
});

test('vague amounts leave the number unknown', () => {
  assert.deepEqual(only('It took several months.'), [['several months', 'DURATION', 'PXM']]);
  assert.deepEqual(only('They have argued for years.'), [['years', 'DURATION', 'PXY']]);
});

test('fractions, "more" and "-long" compounds are read', () => {
  assert.deepEqual(only('They lived there for 2 1/2 years.'), [['2 1/2 years', 'DURATION', 'P2.5Y']]);
  assert.deepEqual(only('He will stay two more weeks.'), [['two more weeks', 'DURATION', 'P2W']]);
  assert.deepEqual(only('a day-long meeting'), [['day-long', 'DURATION', 'P1D']]);
});
