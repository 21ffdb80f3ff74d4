import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('that year points back to the last stated year', () => {
  const dates = findDates('The firm was founded in 1995. Later that year it went public.', '2017-03-02');
  const that = dates.find((d) => d.text.endsWith('that year'));
  assert.equal(that?.text, 'Later that year');
  assert.equal(that?.value, '1995');
  assert.equal(that?.anchor, '1995');
  assert.equal(that?.source, 'rule:dates/anaphoric');
});

test('the next day moves one day from the last stated date', () => {
  const dates = findDates('He was arrested on Oct. 23, 1998. He appeared in court the next day.');
  assert.equal(dates[1]?.text, 'the next day');
  assert.equal(dates[1]?.value, '1998-10-24');
});

test('without an earlier date the anaphor stays unresolved', () => {
  const date = findDates('The shares fell that day.')[0];
  assert.equal(date?.value, 'XXXX-XX-XX');
  assert.equal(date?.anchor, null);
});

test('the next year is not an anaphor', () => {
  assert.equal(findDates('Prices will rise over the next year.', '2017-03-02')[0]?.source, 'rule:dates/relative-unit');
});

test('that quarter points back to the quarter the report is about, not the last date', () => {
  const dates = findDates('It earned $5 million in the second quarter ended Oct. 31. Results for that quarter included a charge.', '1989-10-27');
  const that = dates.find((d) => d.text === 'that quarter');
  assert.equal(that?.value, '1989-Q2');
  assert.equal(that?.anchor, '1989-Q2');
});
