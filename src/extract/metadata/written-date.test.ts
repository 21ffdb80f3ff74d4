import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readUrlDate, readWrittenDate } from './written-date.js';

test('reads ISO dates and timestamps without converting time zones', () => {
  assert.equal(readWrittenDate('2017-03-02T23:30:00-05:00'), '2017-03-02');
  assert.equal(readWrittenDate('2017-03-02'), '2017-03-02');
});

test('reads RFC 822, month-first and day-first written dates', () => {
  assert.equal(readWrittenDate('Thu, 02 Mar 2017 23:04:00 GMT'), '2017-03-02');
  assert.equal(readWrittenDate('Updated 6:04 PM ET, Thu March 2, 2017'), '2017-03-02');
  assert.equal(readWrittenDate('2nd of March 2017'), '2017-03-02');
  assert.equal(readWrittenDate('Sept. 14, 2016'), '2016-09-14');
});

test('reads compact dates and epoch seconds', () => {
  assert.equal(readWrittenDate('20170302'), '2017-03-02');
  assert.equal(readWrittenDate('1488499200'), '2017-03-03');
});

test('rejects impossible and implausible dates and text without a date', () => {
  assert.equal(readWrittenDate('2017-02-30'), null);
  assert.equal(readWrittenDate('1850-01-01'), null);
  assert.equal(readWrittenDate(`${new Date().getUTCFullYear() + 5}-01-01`), null);
  assert.equal(readWrittenDate('March 2'), null);
  assert.equal(readWrittenDate('Call 555-1234 today'), null);
  assert.equal(readWrittenDate(''), null);
});

test('reads dates in URL paths, and nothing from ids that merely contain digits', () => {
  assert.equal(readUrlDate('https://www.cnn.com/2017/03/02/politics/jeff-sessions/index.html'), '2017-03-02');
  assert.equal(readUrlDate('https://example.com/news/2019-11-20-story'), '2019-11-20');
  assert.equal(readUrlDate('https://example.com/story/14848175.php'), null);
  assert.equal(readUrlDate('https://example.com/2019/11/story'), null);
});
