import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('today, yesterday and tomorrow are offsets from the reference', () => {
  const values = findDates('Today he spoke; yesterday he wrote; tomorrow he leaves.', '2017-03-01').map((d) => d.value);
  assert.deepEqual(values, ['2017-03-01', '2017-02-28', '2017-03-02']);
});

test('tonight is the night of the reference day', () => {
  const date = findDates('The vote is tonight.', '2017-03-02')[0];
  assert.equal(date?.type, 'TIME');
  assert.equal(date?.value, '2017-03-02TNI');
});

test('the nth day of something after a present copula is the reference day', () => {
  const day = findDates("It's the second day of an offensive by the security forces.", '1998-03-06')[0];
  assert.equal(day?.text, 'the second day');
  assert.equal(day?.value, '1998-03-06');
  assert.deepEqual(findDates('It was the second day of the trial.', '1998-03-06'), []);
  assert.deepEqual(findDates('on the second day of the trial', '1998-03-06'), []);
});
