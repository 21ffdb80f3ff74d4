// Text that must yield no temporal expression (or not the one a naive matcher would find).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './find-dates.js';

const texts = (text: string) => findDates(text, '2017-03-02').map((d) => d.text);

test('a number counting things is not a year', () => {
  assert.deepEqual(texts('Clinton won 2016 votes in the county.'), []);
  assert.deepEqual(texts('They hired 1999 workers.'), []);
});

test('money is not a year', () => {
  assert.deepEqual(texts('The fine was $2,016 in total.'), []);
  assert.deepEqual(texts('The fine was $2016 in total.'), []);
});

test('a percentage is not a year', () => {
  assert.deepEqual(texts('Turnout rose 1990 percent, a typo.'), []);
});

test('a decade used as a style adjective is not a time', () => {
  assert.deepEqual(texts('He drove a 1990s-era sedan.'), []);
  assert.deepEqual(texts('He grew up in the 1990s.'), ['the 1990s']);
});

test('May the name and may the verb are not months', () => {
  assert.deepEqual(texts('Theresa May met the president.'), []);
  assert.deepEqual(texts('May Smith said the plan may fail.'), []);
  assert.deepEqual(texts('He said it may rain.'), []);
});

test('March the verb is not a month', () => {
  assert.deepEqual(texts('Protesters march on the capitol.'), []);
  assert.deepEqual(texts('March organizers expect thousands.'), []);
});

test('a score is not a time', () => {
  assert.deepEqual(texts('The Sixers won 3-2 in overtime.'), []);
  assert.deepEqual(texts('Chelsea beat Arsenal 3:2 at home.'), []);
});

test('a weekday inside a name-like lower-case word is not a weekday', () => {
  assert.deepEqual(texts('She sat on the bench on a sunny afternoon.'), []);
});

test('the fall of an empire is not autumn', () => {
  assert.deepEqual(texts('the fall of the Berlin Wall'), []);
});

test('flight and route numbers are not years', () => {
  assert.deepEqual(texts('Flight 1549 landed on the Hudson.'), []);
});

test('a rate after a quantity is not a duration', () => {
  assert.deepEqual(texts('It saves $2 million a year and adds 700 seats a week.'), []);
});

test('an age is not a duration', () => {
  assert.deepEqual(texts('Mr. Reupke, 52 years old, and a 6-year-old boy.'), []);
});

test('High Noon is a film, not a time', () => {
  assert.deepEqual(texts('The poster showed Gary Cooper in High Noon.'), []);
});

test('a capitalized day word after a word is part of a name', () => {
  assert.deepEqual(texts('This is VOA Today.'), []);
  assert.deepEqual(texts('USA Today reported the figures.'), []);
  assert.deepEqual(texts('He appeared on the Today show.'), []);
  assert.deepEqual(texts('Today, hundreds marched.'), ['Today']);
  assert.deepEqual(texts('BUSH TO SPEAK TODAY'), ['TODAY']);
});
