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
