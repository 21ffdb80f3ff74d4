// Text that must yield no event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from './extract.js';
import { eventInput } from './test-document.js';

const events = (text: string) => extractEvents(eventInput(text, '2017-03-02'));

test('a clause without a date yields no event', () => {
  assert.deepEqual(events('Flynn resigned after the reports.'), []);
});

test('durations, sets and vague references do not date events', () => {
  assert.deepEqual(events('Sessions served three years. He meets daily. He recently resigned.'), []);
});

test('a verb in another clause is not the dated action', () => {
  assert.deepEqual(events('He resigned; Thursday is a holiday.'), []);
});

test('a date with no verb and no event noun yields nothing', () => {
  assert.deepEqual(events('Thursday, March 2, 2017.'), []);
});
