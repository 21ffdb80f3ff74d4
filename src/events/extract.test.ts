import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from './extract.js';
import { eventInput, personEntity } from './test-document.js';

const REF = '2017-03-02';

test('subject, verb and date make an event', () => {
  const [event] = extractEvents(eventInput('Flynn resigned Feb. 13 after the reports.', REF));
  assert.deepEqual(event?.actors, [{ entity: null, name: 'Flynn' }]);
  assert.equal(event?.action.text, 'resigned');
  assert.equal(event?.date?.value, '2017-02-13');
  assert.equal(event?.source, 'rule:events/subject-verb-date');
});

test('an adverb between subject and verb is skipped and the named object found', () => {
  const [event] = extractEvents(eventInput('Sessions reportedly met twice last year with ambassador Sergey Kislyak.', REF));
  assert.equal(event?.actors[0]?.name, 'Sessions');
  assert.equal(event?.action.text, 'met');
  assert.equal(event?.object?.text, 'Sergey Kislyak');
  assert.equal(event?.date?.value, '2016');
});

test('entity mentions give actors their entity ids', () => {
  const text = 'Sen. Charles Schumer, D-NY, said Thursday that Sessions should resign.';
  const schumer = personEntity(text, 'e7', 'Charles Schumer', ['Charles Schumer']);
  const [event] = extractEvents(eventInput(text, REF, [schumer]));
  assert.deepEqual(event?.actors, [{ entity: 'e7', name: 'Charles Schumer' }]);
  assert.equal(event?.date?.value, '2017-03-02');
});

test('an apposition between subject and verb is skipped', () => {
  const [event] = extractEvents(eventInput("Michael Flynn, Trump's national security adviser, resigned Feb. 13.", REF));
  assert.equal(event?.actors[0]?.name, 'Michael Flynn');
});

test('an event noun anchored by a date is an event, its possessive the actor', () => {
  const text = 'Sessions said he did not mislead senators during his confirmation hearing in January.';
  const sessions = personEntity(text, 'e1', 'Jeff Sessions', ['Sessions']);
  const events = extractEvents(eventInput(text, REF, [sessions]));
  const hearing = events.find((event) => event.source === 'rule:events/dated-event-noun');
  assert.equal(hearing?.action.text, 'confirmation hearing');
  assert.equal(hearing?.date?.value, '2017-01');
  assert.deepEqual(hearing?.actors, [{ entity: 'e1', name: 'Jeff Sessions' }]);
});

test('a date that opens the clause finds the verb after it', () => {
  const [event] = extractEvents(eventInput('On Wednesday, the committee approved the nomination.', REF));
  assert.equal(event?.action.text, 'approved');
  assert.equal(event?.date?.value, '2017-03-01');
});
