import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

const REF = '2017-03-02';

test('last year, last month, this week and next week resolve against the reference', () => {
  const values = findDates('Last year and last month, this week and next week.', REF).map((d) => d.value);
  assert.deepEqual(values, ['2016', '2017-02', '2017-W09', '2017-W10']);
});

test('units ago keep the granularity of the unit', () => {
  assert.equal(findDates('They met two years ago.', REF)[0]?.value, '2015');
  assert.equal(findDates('They met five months ago.', REF)[0]?.value, '2016-10');
  assert.equal(findDates('They met 11 days ago.', REF)[0]?.value, '2017-02-19');
  assert.equal(findDates('They met a decade ago.', REF)[0]?.value, '2007');
});

test('a week near a year boundary uses the ISO week-numbering year', () => {
  assert.equal(findDates('He left last week.', '2021-01-05')[0]?.value, '2020-W53');
});

test('a fiscal year named by a shift word is that year', () => {
  const current = findDates('It expects sales in the current fiscal year to rise.', '1989-11-02')[0];
  assert.equal(current?.text, 'the current fiscal year');
  assert.equal(current?.value, '1989');
  assert.equal(findDates('Profit fell last fiscal year.', '1989-11-02')[0]?.value, '1988');
  assert.equal(findDates('the next fiscal quarter', '1989-11-02')[0]?.value, '1990-Q1');
});

test('fiscal between a shift word and a unit other than a year or quarter is no date', () => {
  assert.deepEqual(findDates('the current fiscal month', '1989-11-02').map((d) => d.text), ['current']);
});

test('the past decade or century is the length of time up to now', () => {
  const decade = findDates('Attacks had become routine over the past decade.', '1998-10-25')[0];
  assert.equal(decade?.text, 'the past decade');
  assert.equal(decade?.type, 'DURATION');
  assert.equal(decade?.value, 'P10Y');
  assert.equal(findDates('one of the events of the past century', '1989-11-01')[0]?.value, 'P100Y');
});

test('the last decade and the past year still name a calendar period', () => {
  assert.equal(findDates('wages lost to inflation in the last decade', '1998-02-06')[0]?.value, '198X');
  assert.equal(findDates('Prices rose over the past year.', REF)[0]?.value, '2016');
});

test('units later count from the story\'s event: a length of time, with "later" left out', () => {
  const later = findDates('Three days later, the index recovered.', REF)[0];
  assert.deepEqual([later?.text, later?.type, later?.value], ['Three days', 'DURATION', 'P3D']);
  assert.deepEqual(findDates('A few days later, it announced losses.', REF).map((d) => [d.text, d.value]), [['A few days', 'PXD']]);
  assert.deepEqual(findDates('Just over an hour later, he was declared dead.', REF).map((d) => [d.text, d.value]), [['over an hour', 'PT1H']]);
});

test('a day earlier and two years before count from the story\'s event too', () => {
  assert.deepEqual(findDates('A day earlier, trucks crossed the border.', REF).map((d) => [d.text, d.type, d.value]), [['A day', 'DURATION', 'P1D']]);
  assert.deepEqual(findDates('He had left two years before.', REF).map((d) => [d.text, d.value]), [['two years', 'P2Y']]);
});

test('one comparison unit earlier, ago and hence still name a date', () => {
  assert.deepEqual(findDates('Sales rose 5% from a year earlier.', REF).map((d) => [d.text, d.value]), [['a year earlier', '2016']]);
  assert.deepEqual(findDates('up from 4.1% a month earlier', REF).map((d) => [d.text, d.value]), [['a month earlier', '2017-02']]);
  assert.deepEqual(findDates('They met three days ago.', REF).map((d) => [d.text, d.value]), [['three days ago', '2017-02-27']]);
  assert.deepEqual(findDates('It closed a few days ago.', REF).map((d) => [d.text, d.value]), [['a few days ago', 'PAST_REF']]);
});

test('the end of the month or week is the reference\'s own month or week', () => {
  assert.deepEqual(findDates('He will step down by the end of the month.', REF).map((d) => [d.text, d.value]), [['the end of the month', '2017-03']]);
  assert.deepEqual(findDates('for the rest of the week', REF).map((d) => [d.text, d.value]), [['the rest of the week', '2017-W09']]);
});

test('the month or week without a part of it before is no date of its own', () => {
  assert.deepEqual(findDates('He was named employee of the month.', REF).map((d) => d.text), []);
  assert.deepEqual(findDates('The week was long.', REF).map((d) => d.text), []);
});

test('the last week of March or of his term is part of that period, not last week', () => {
  assert.deepEqual(findDates('It happened in the last week of March.', REF).map((d) => [d.text, d.value]), [['March', '2017-03']]);
  assert.deepEqual(findDates('He left in the last year of his term.', REF).map((d) => d.text), []);
});

test('last week of trading and the past year of talks still count from the reference', () => {
  assert.deepEqual(findDates('The last week of trading was slow.', REF).map((d) => d.value), ['2017-W08']);
  assert.deepEqual(findDates('Last week of trading was slow.', REF).map((d) => d.value), ['2017-W08']);
  assert.deepEqual(findDates('Over the past year of talks, little changed.', REF).map((d) => d.value), ['2016']);
});
