import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PassThrough } from 'node:stream';
import { createProgress, formatDuration, progressLine } from './progress.js';

test('a progress line shows counts, share, rate and time left', () => {
  assert.equal(progressLine({ done: 50, total: 200, failed: 2 }, 10, false), 'ingest: 50/200 (25%) 5.0 articles/s, ETA 0:30, 2 skipped');
  assert.match(progressLine({ done: 100, total: 200, failed: 0 }, 10, true), /^\[#{12}-{12}\] 100\/200/);
});

test('durations read as m:ss or h:mm:ss, unknown as ?', () => {
  assert.equal(formatDuration(75), '1:15');
  assert.equal(formatDuration(3725), '1:02:05');
  assert.equal(formatDuration(Number.NaN), '?');
});

test('without a terminal, progress is plain lines at most every few seconds', () => {
  const stream = new PassThrough();
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  let now = 0;
  const progress = createProgress(stream, false, () => now);
  now = 6000;
  progress.update({ done: 1, total: 10, failed: 0 });
  now = 7000;
  progress.update({ done: 2, total: 10, failed: 0 });
  progress.finish({ done: 10, total: 10, failed: 0 });
  assert.equal(written.split('\n').filter(Boolean).length, 2);
  assert.ok(!written.includes('\r'));
});
