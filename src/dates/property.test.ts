// On arbitrary input the extractor terminates and every span is a true slice of the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDates } from './find-dates.js';

const DATE_WORDS = ['Thursday', 'last', 'year', 'Feb.', '13', ',', '2017', 'the', '1990s', 'in', 'January', 'ago', 'two', '-', 'quarter', 'third', 'p.m.', '3:30', 'every', 'Monday', 'May', 'March', '$', '2,016', 'morning', 'next', 'week', "'s", '.', '\n\n', '"'];

test('arbitrary strings yield in-bounds spans whose text is the slice', () => {
  fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.option(fc.constantFrom('2017-03-02', '1999-12-31', 'not-a-date')), (text, reference) => {
    for (const date of findDates(text, reference ?? undefined)) {
      assert.ok(date.start >= 0 && date.start < date.end && date.end <= text.length);
      assert.equal(date.text, text.slice(date.start, date.end));
    }
  }), { numRuns: 300 });
});

test('date-like word salad yields in-bounds spans whose text is the slice', () => {
  const salad = fc.array(fc.constantFrom(...DATE_WORDS), { maxLength: 40 }).map((words) => words.join(' '));
  fc.assert(fc.property(salad, (text) => {
    for (const date of findDates(text, '2017-03-02')) {
      assert.ok(date.start >= 0 && date.start < date.end && date.end <= text.length);
      assert.equal(date.text, text.slice(date.start, date.end));
      assert.ok(date.value.length > 0);
    }
  }), { numRuns: 300 });
});

test('a long repetitive input yields every repeated date', () => {
  const text = 'Sessions met twice last year with the ambassador on Thursday, Feb. 13, 2017. '.repeat(500);
  const dates = findDates(text, '2017-03-02');
  assert.equal(dates.length, 1_000);
});
