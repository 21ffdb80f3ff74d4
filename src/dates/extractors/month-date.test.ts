import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../find-dates.js';

const REF = '2017-03-02';
const one = (text: string, reference = REF) => {
  const dates = findDates(text, reference);
  assert.equal(dates.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(dates.map((d) => d.text))}`);
  return dates[0]!;
};

test('an abbreviated month and day resolve to the most recent such day', () => {
  const date = one('Flynn resigned Feb. 13 after reports surfaced.');
  assert.equal(date.text, 'Feb. 13');
  assert.equal(date.value, '2017-02-13');
  assert.deepEqual(date.inferred, ['year']);
  assert.equal(date.anchor, REF);
  assert.equal(date.source, 'rule:dates/month-date');
});

test('a full date keeps its stated year and needs no anchor', () => {
  const date = one('The memo was dated March 2, 2017, officials said.');
  assert.equal(date.text, 'March 2, 2017');
  assert.equal(date.value, '2017-03-02');
  assert.equal(date.anchor, null);
  assert.equal(date.inferred, undefined);
});

test('day-month-year order is read', () => {
  assert.equal(one('He arrived on 2 March 2017 in London.').value, '2017-03-02');
});

test('a month with a year resolves to the month', () => {
  assert.equal(one('Sales fell in January 1998 as expected.').value, '1998-01');
});

test('a bare month in a past clause is the most recent such month', () => {
  assert.equal(one('He testified at his confirmation hearing in January.').value, '2017-01');
  assert.equal(one('The company was founded in November.').value, '2016-11');
});

test('a bare month in a future clause is the next such month', () => {
  assert.equal(one('The summit will be held in November.').value, '2017-11');
});

test('a month-day in a future clause moves forward', () => {
  assert.equal(one('The company will redeem the shares on Dec. 15.', '1989-10-27').value, '1989-12-15');
});

test('a month-day before a colon is still a date', () => {
  assert.equal(one('The Times said in an editorial on Oct. 26: the murder was political.', '1998-10-27').value, '1998-10-26');
});

test('the second day of a range is a date of its own in the same month', () => {
  assert.deepEqual(findDates('The summit will be held on April 24 and 25.', '1999-02-10').map((d) => [d.text, d.value]), [['April 24', '1999-04-24'], ['25', '1999-04-25']]);
  assert.deepEqual(findDates('Talks ran from March 3 to 5.', '1999-02-10').map((d) => [d.text, d.value]), [['March 3', '1999-03-03'], ['5', '1999-03-05']]);
});

test('a year after a range belongs to both of its days', () => {
  assert.deepEqual(findDates('It met March 3-5, 1997, in Paris.', '1999-02-10').map((d) => [d.text, d.value]), [['March 3', '1997-03-03'], ['5, 1997', '1997-03-05']]);
});

test('a number counting things after a date is no second day', () => {
  assert.deepEqual(findDates('On April 24 and 25 people came.', '1999-02-10').map((d) => d.text), ['April 24']);
  assert.deepEqual(findDates('On April 24 and 12 more on April 30.', '1999-02-10').map((d) => d.text), ['April 24', 'April 30']);
  assert.deepEqual(findDates('Rates rose March 3 to 5 percent.', '1999-02-10').map((d) => d.text), ['March 3']);
});

test('the 15th of March and March the 15th are that day', () => {
  assert.deepEqual(findDates('It opened on the 15th of March, 2016.', REF).map((d) => [d.text, d.value]), [['the 15th of March, 2016', '2016-03-15']]);
  assert.deepEqual(findDates('It opens on March the 15th.', REF).map((d) => [d.text, d.value]), [['March the 15th', '2017-03-15']]);
});

test('on the 20th is a day of the reference month, or the month before or after by tense', () => {
  assert.deepEqual(findDates('It will close on the 20th.', REF).map((d) => [d.text, d.value]), [['the 20th', '2017-03-20']]);
  assert.deepEqual(findDates('He left on the 20th.', REF).map((d) => [d.text, d.value]), [['the 20th', '2017-02-20']]);
  assert.equal(findDates('It closed on the 31st.', '2017-03-30')[0]?.value, '2017-01-31');
  assert.equal(findDates('It will reopen on the 2nd.', '2017-03-30')[0]?.value, '2017-04-02');
});

test('an ordinal before a noun or without a preposition is no day of the month', () => {
  assert.deepEqual(findDates('He lives on the 20th floor.', REF).map((d) => d.text), []);
  assert.deepEqual(findDates('They marked the 20th anniversary.', REF).map((d) => d.text), []);
  assert.deepEqual(findDates('The 11th Circuit ruled.', REF).map((d) => d.text), []);
});
