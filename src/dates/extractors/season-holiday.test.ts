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

test('computed holidays come from the rule in the lexicon', () => {
  assert.equal(findDates('a major theme of our campaign from now to Election Day', '1998-10-26').find((d) => d.text === 'Election Day')?.value, '1998-11-03');
  assert.equal(findDates('over Memorial Day weekend', '1998-10-26')[0]?.value, '1998-05-25');
  assert.equal(findDates('on Labor Day', '1998-10-26')[0]?.value, '1998-09-07');
  assert.equal(findDates('on Thanksgiving', '1998-10-26')[0]?.value, '1998-11-26');
});

test('a holiday with a possessive is found at its first word', () => {
  assert.equal(findDates("on Valentine's Day", '1998-10-26')[0]?.value, '1998-02-14');
  assert.equal(findDates("on Presidents' Day", '1998-10-26')[0]?.value, '1998-02-16');
});

test('a holiday name needs its capital and all its words', () => {
  assert.deepEqual(findDates('The Labor Party won the election day after day.', '1998-10-26').map((d) => d.text), []);
});
