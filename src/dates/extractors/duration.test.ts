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
  assert.deepEqual(only('after half an hour'), [['half an hour', 'DURATION', 'PT30M']]);
});

test('the past three years keeps its opening words', () => {
  assert.deepEqual(only('Prices rose over the past three years.'), [['the past three years', 'DURATION', 'P3Y']]);
});

test('vague amounts leave the number unknown', () => {
  assert.deepEqual(only('It took several months.'), [['several months', 'DURATION', 'PXM']]);
  assert.deepEqual(only('They have argued for years.'), [['years', 'DURATION', 'PXY']]);
});

test('fractions, "more" and "-long" compounds are read', () => {
  assert.deepEqual(only('They lived there for 2 1/2 years.'), [['2 1/2 years', 'DURATION', 'P2Y6M']]);
  assert.deepEqual(only('He will stay two more weeks.'), [['two more weeks', 'DURATION', 'P2W']]);
  assert.deepEqual(only('a day-long meeting'), [['day-long', 'DURATION', 'P1D']]);
});

test('a fraction of a unit is written in the next smaller unit when that makes it whole', () => {
  assert.deepEqual(only('They waited two and a half years.'), [['two and a half years', 'DURATION', 'P2Y6M']]);
  assert.deepEqual(only('The flight took 1.5 hours.'), [['1.5 hours', 'DURATION', 'PT1H30M']]);
  assert.deepEqual(only('a 2 1/2 days hearing'), [['2 1/2 days', 'DURATION', 'P2DT12H']]);
});

test('a fraction that stays a fraction in the smaller unit is kept as a decimal', () => {
  assert.deepEqual(only('It lasted 2.5 weeks.'), [['2.5 weeks', 'DURATION', 'P2.5W']]);
  assert.deepEqual(only('It lasted 3 1/2 months.'), [['3 1/2 months', 'DURATION', 'P3.5M']]);
});

test('a unit joined to -long is a duration without an article too', () => {
  assert.deepEqual(only("the government's decades-long battle"), [['decades-long', 'DURATION', 'PXY']]);
  assert.deepEqual(only('their third day-long meeting'), [['day-long', 'DURATION', 'P1D']]);
  assert.deepEqual(only('a long day'), []);
});

test('trading and business days are counted as days', () => {
  assert.deepEqual(only('Eight trading days later the index recovered.').slice(0, 1), [['Eight trading days', 'DURATION', 'P8D']]);
  assert.deepEqual(only('within five business days'), [['five business days', 'DURATION', 'P5D']]);
  assert.deepEqual(only('five trading partners'), []);
});

test('one day after a modal is an unnamed future time, elsewhere a length', () => {
  assert.deepEqual(only('Islam will one day be the second largest religion.'), [['one day', 'DATE', 'FUTURE_REF']]);
  assert.deepEqual(only('The hearing took one day.'), [['one day', 'DURATION', 'P1D']]);
});

test('over the years and the weeks ahead are stretches of unknown length', () => {
  assert.deepEqual(only('Over the years many more patients died.'), [['the years', 'DURATION', 'PXY']]);
  assert.deepEqual(only('Investors may sell in the weeks ahead.'), [['the weeks ahead', 'DURATION', 'PXW']]);
});

test('the years tied to another time are not a bare stretch', () => {
  assert.deepEqual(only('Over the years before the war, prices fell.'), []);
  assert.deepEqual(only('The car was seen in the weeks before the shooting.'), []);
});

test('several quarters of something is a length of time, many quarters of a city is not', () => {
  assert.deepEqual(only('It achieved profitability after several quarters of losses.'), [['several quarters', 'DURATION', 'PXQ']]);
  assert.deepEqual(only('many quarters of the city'), []);
  assert.deepEqual(only('The plan was criticized in some quarters.'), []);
  assert.deepEqual(only('three quarters of the shares'), []);
});
