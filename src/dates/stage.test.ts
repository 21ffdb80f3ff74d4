import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../pipeline/document.js';
import { segment } from '../text/segment.js';
import { datesStage } from './stage.js';

function run(text: string, date?: string) {
  const doc = createDocument(text, date === undefined ? {} : { date });
  Object.assign(doc, segment(text));
  datesStage.run(doc);
  return doc;
}

test('the stage declares its contract', () => {
  assert.deepEqual([...datesStage.requires], ['tokens', 'sentences']);
  assert.deepEqual([...datesStage.assigns], ['dates']);
});

test('the publication date is the reference', () => {
  const doc = run('He resigned Thursday.', '2017-03-02');
  assert.equal(doc.dates[0]?.value, '2017-03-02');
  assert.equal(doc.dates[0]?.anchor, '2017-03-02');
});

test('an ISO timestamp as publication date is accepted', () => {
  assert.equal(run('He resigned Thursday.', '2017-03-02T14:00:00Z').dates[0]?.value, '2017-03-02');
});

test('a dateline is the reference when no date is given, with a diagnostic', () => {
  const doc = run('WASHINGTON, March 2, 2017 — He resigned Wednesday.');
  assert.equal(doc.dates[1]?.value, '2017-03-01');
  assert.ok(doc.diagnostics.some((d) => d.code === 'date-from-dateline'));
});

test('an invalid publication date becomes a warning, not an exception', () => {
  const doc = run('He resigned Thursday.', '2017-13-45');
  assert.ok(doc.diagnostics.some((d) => d.code === 'date-reference-invalid'));
  assert.equal(doc.dates[0]?.value, 'XXXX-WXX-4');
});

test('relative dates without any reference are kept and flagged', () => {
  const doc = run('He resigned last year.');
  assert.equal(doc.dates[0]?.value, 'XXXX');
  assert.ok(doc.diagnostics.some((d) => d.code === 'dates-unanchored'));
});
