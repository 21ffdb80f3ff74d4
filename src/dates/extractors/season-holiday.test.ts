import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('last fall is the most recent autumn before the current season', () => {
  assert.equal(findDates('He campaigned last fall.', '2017-03-02')[0]?.value, '2016-FA');
});

test('a season with a year keeps the year', () => {
  assert.equal(findDates('in the summer of 1998')[0]?.value, '1998-SU');
});

test('fall the verb is not a season', () => {
  assert.deepEqual(findDates('Prices may fall sharply.'), []);
});

test('Thanksgiving is the fourth Thursday of November', () => {
  assert.equal(findDates('They met on Thanksgiving Day.', '1999-12-01')[0]?.value, '1999-11-25');
});

test('a holiday with a possessive is one expression', () => {
  const date = findDates("He spoke on New Year's Day.", '2017-03-02')[0];
  assert.equal(date?.text, "New Year's Day");
  assert.equal(date?.value, '2017-01-01');
});

test('a season of a spoken year takes that year', () => {
  const winter = findDates('the level we saw in the winter of nineteen ninety-four', '1998-02-23')[0];
  assert.equal(winter?.value, '1994-WI');
  assert.equal(findDates('the fall of the Berlin Wall', '1998-02-23').length, 0);
});
