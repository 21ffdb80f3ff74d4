// The seed article (CNN, 2 March 2017) read against its publication date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findDates } from './find-dates.js';

const article = readFileSync(new URL('../../../shared/data/seed/article.txt', import.meta.url), 'utf8');
const dates = findDates(article, '2017-03-02');
const valuesOf = (text: string) => new Set(dates.filter((d) => d.text === text).map((d) => d.value));

test('Thursday is the publication day itself', () => {
  assert.deepEqual(valuesOf('Thursday'), new Set(['2017-03-02']));
});

test('Wednesday is the day before publication', () => {
  assert.deepEqual(valuesOf('Wednesday'), new Set(['2017-03-01']));
});

test('Feb. 13 is 13 February 2017', () => {
  assert.deepEqual(valuesOf('Feb. 13'), new Set(['2017-02-13']));
});

test('last year is 2016', () => {
  assert.deepEqual(valuesOf('last year'), new Set(['2016']));
});

test('January is January 2017', () => {
  assert.deepEqual(valuesOf('January'), new Set(['2017-01']));
});

test('last month is February 2017', () => {
  assert.deepEqual(valuesOf('last month'), new Set(['2017-02']));
});

test('every date in the article is a true slice of it', () => {
  for (const date of dates) assert.equal(article.slice(date.start, date.end), date.text);
});
