import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('a year after a preposition is a year', () => {
  const dates = findDates('He ran for president in 2016.');
  assert.equal(dates[0]?.value, '2016');
  assert.equal(dates[0]?.source, 'rule:dates/year');
});

test('a year as a modifier before a noun is a year', () => {
  assert.equal(findDates('the 2016 presidential election')[0]?.value, '2016');
});

test('a decade with its article is a decade', () => {
  const dates = findDates('Crime fell sharply in the 1990s.');
  assert.equal(dates[0]?.text, 'the 1990s');
  assert.equal(dates[0]?.value, '199X');
});

test('an abbreviated decade is read', () => {
  assert.equal(findDates("It was popular in the '80s.")[0]?.value, '198X');
});

test('fiscal years keep the word fiscal', () => {
  const dates = findDates('In fiscal 1988, the company earned $17.3 million.');
  assert.equal(dates[0]?.text, 'fiscal 1988');
  assert.equal(dates[0]?.value, '1988');
});

test('a year after pre- or post- is that year, prefix included', () => {
  assert.deepEqual(findDates('The post-1959 politics split families.', '2000-02-24').map((d) => [d.text, d.value]), [['post-1959', '1959']]);
  assert.deepEqual(findDates('Output is back to pre-1990 levels.', '2000-02-24').map((d) => [d.text, d.value]), [['pre-1990', '1990']]);
});

test('a number after another hyphened prefix is still no year before a plural noun', () => {
  assert.deepEqual(findDates('The non-1959 models sold well.', '2000-02-24').map((d) => d.text), []);
});
