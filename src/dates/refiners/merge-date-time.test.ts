import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

test('a month followed by a shifted year is one date in that year', () => {
  const next = findDates('They are to become members in April next year.', '1998-12-03');
  assert.deepEqual(next.map((d) => [d.text, d.value, d.source]), [['April next year', '1999-04', 'rule:dates/month-year']]);
  assert.equal(findDates('The process began in February this year.', '1998-12-03')[0]?.value, '1998-02');
  assert.equal(findDates('He resigned in May last year.', '1998-03-03')[0]?.value, '1997-05');
});

test('the shifted year decides, not the nearest month', () => {
  // A bare "December" in a story dated December is this December; "December last year" is not.
  assert.equal(findDates('The offer expired in December last year.', '1998-12-03')[0]?.value, '1997-12');
});

test('a month and a year apart, or a stated year, are not merged', () => {
  assert.deepEqual(findDates('In April, sales rose; next year they will fall.', '1998-12-03').map((d) => d.text), ['April', 'next year']);
  assert.deepEqual(findDates('in April 1997 next year', '1998-12-03').map((d) => d.text), ['April 1997', 'next year']);
  assert.deepEqual(findDates('in April two years ago', '1998-12-03').map((d) => d.text), ['April', 'two years ago']);
});

test('a clock time takes the day named after a short parenthesis, both keep their own extent', () => {
  const dates = findDates('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', '1998-08-08');
  assert.deepEqual(dates.map((d) => [d.text, d.value]), [['10:35 a.m.', '1998-08-07T10:35'], ['Friday', '1998-08-07']]);
});

test('a clock time is not put on a day named after a long aside', () => {
  const dates = findDates('The blast occurred at 10:35 a.m. (when the embassy had just opened its doors) Friday.', '1998-08-08');
  assert.equal(dates[0]?.value, '1998-08-08T10:35');
});
