import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, toAnalysis } from '../pipeline/document.js';
import { datesStage } from '../dates/stage.js';
import { segment } from '../text/segment.js';
import type { Quote } from '../types.js';
import { eventsStage } from './stage.js';
import { personEntity } from './test-document.js';
import { personTimeline, timeline } from './timeline.js';

const TEXT = 'Sessions met twice last year with Kislyak. Flynn resigned Feb. 13. Sessions said Thursday that he would recuse himself. He had testified in January.';

function analysis() {
  const doc = createDocument(TEXT, { date: '2017-03-02' });
  Object.assign(doc, segment(TEXT));
  doc.entities = [personEntity(TEXT, 'e1', 'Jeff Sessions', ['Sessions']), personEntity(TEXT, 'e2', 'Michael Flynn', ['Flynn'])];
  datesStage.run(doc);
  eventsStage.run(doc);
  const cueStart = TEXT.indexOf('said');
  const contentStart = TEXT.indexOf('he would');
  const contentEnd = TEXT.indexOf('himself') + 'himself'.length;
  const quote: Quote = {
    id: 'q1', kind: 'indirect', content: { start: contentStart, end: contentEnd, text: TEXT.slice(contentStart, contentEnd) },
    fragments: [{ start: contentStart, end: contentEnd }], cue: { start: cueStart, end: cueStart + 4, text: 'said' },
    speaker: { mention: null, entity: 'e1', name: 'Jeff Sessions', anonymous: false }, confidence: 1, source: 'rule:test',
  };
  doc.quotes = [quote];
  return toAnalysis(doc, 'test', 1, false);
}

test('the timeline lists dated events and quotes in calendar order', () => {
  const entries = timeline(analysis());
  assert.deepEqual(entries.map((entry) => entry.value), ['2016', '2017-01', '2017-02-13', '2017-03-02', '2017-03-02']);
  assert.equal(entries[3]?.kind, 'event');
  assert.equal(entries[4]?.kind, 'quote');
});

test('a quote is dated by the date next to its cue', () => {
  const quote = timeline(analysis()).find((entry) => entry.kind === 'quote');
  assert.equal(quote?.kind === 'quote' ? quote.dated : null, 'stated');
});

test('a person timeline keeps only that person\'s events and quotes', () => {
  const entries = personTimeline(analysis(), 'e2');
  assert.equal(entries.length, 1);
  assert.equal(entries[0]?.kind === 'event' ? entries[0].event.action.text : null, 'resigned');
});
