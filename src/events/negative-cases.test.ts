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

test('a name that modifies a noun is not the object', () => {
  const [event] = events('Virginia would probably host the only Senate race in 2017.');
  assert.equal(event?.action.text, 'host');
  assert.equal(event?.object, undefined);
});

test('a capitalized number is not a subject', () => {
  const found = events('Twenty-nine people were injured Saturday.');
  assert.ok(found.every((event) => event.actors.every((actor) => actor.name !== 'Twenty')));
});

test('an adverb after a modal is not the action', () => {
  const [event] = events('Scott would again break the record in 2018.');
  assert.equal(event?.action.text, 'break');
});
