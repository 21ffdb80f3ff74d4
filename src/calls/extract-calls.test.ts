import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCalls } from './extract-calls.js';
import { personEntity, quoteOf, segmentedDocument } from './test-document.js';

function callsIn(text: string) {
  return extractCalls(segmentedDocument(text));
}

test('urging verb: "X called on Y to Z" gives actor, target and action', () => {
  const [call, ...rest] = callsIn('Democratic leader Nancy Pelosi released a statement calling on Sessions to resign.');
  assert.equal(rest.length, 0);
  assert.equal(call?.actor.name, 'Nancy Pelosi');
  assert.equal(call?.target.name, 'Sessions');
  assert.equal(call?.action, 'resign');
  assert.equal(call?.source, 'rule:call/urging-verb/call');
});

test('urging verb: "urged Y not to Z" is a negated call', () => {
  const [call] = callsIn('Graham urged Republicans not to endorse Trump.');
  assert.equal(call?.negated, true);
  assert.equal(call?.action, 'endorse Trump');
});

test('urging verb: "X wants Y to Z" and "X doesn\'t want Y to Z"', () => {
  assert.equal(callsIn('Some Democrats want Sessions to resign.')[0]?.target.name, 'Sessions');
  assert.equal(callsIn("Mulgrew said they don't want people to play games with the schools.")[0]?.negated, true);
});

test('call-for: "X called for Y\'s resignation" takes the possessor as target', () => {
  const [call] = callsIn("Schumer called for Sessions' resignation on Thursday.");
  assert.equal(call?.target.name, 'Sessions');
  assert.match(call?.action ?? '', /^resignation/);
});

test('call-for: "X is calling for Y to Z" and the noun "calls for him to resign"', () => {
  const [verb] = callsIn('Rep. Elijah Cummings is calling for Sessions to resign.');
  assert.equal(verb?.actor.name, 'Rep. Elijah Cummings');
  assert.equal(verb?.action, 'resign');
  const [noun] = callsIn('In a rebuke of calls for him to resign, Sessions spoke.');
  assert.equal(noun?.actor.name, null);
  assert.equal(noun?.target.name, 'him');
  assert.equal(noun?.source, 'rule:call/call-for/noun');
});

test('call-for: a policy call has no target', () => {
  const [call] = callsIn('The NAACP called for a moratorium on charter schools.');
  assert.equal(call?.target.name, null);
  assert.equal(call?.action, 'a moratorium on charter schools');
});

test('modal: "X said Y should Z" is a call by X', () => {
  const [call] = callsIn('Sen. Charles Schumer, D-NY, said Thursday that Sessions should resign.');
  assert.equal(call?.actor.name, 'Sen. Charles Schumer');
  assert.equal(call?.target.name, 'Sessions');
  assert.equal(call?.source, 'rule:call/modal/reported');
});

test('modal: "Y should Z, X said" takes the actor after the comma', () => {
  const [call] = callsIn('Sessions should resign, Pelosi said.');
  assert.equal(call?.actor.name, 'Pelosi');
  assert.equal(call?.target.name, 'Sessions');
});

test('modal: "shouldn\'t" and "should not" are negated', () => {
  assert.equal(callsIn("Trump said he thinks Sessions shouldn't recuse himself.")[0]?.negated, true);
  const [call] = callsIn('House Majority Leader Kevin McCarthy said Sessions should not participate in investigations.');
  assert.equal(call?.negated, true);
  assert.equal(call?.action, 'participate in investigations');
});

test('modal inside a quotation is a call by the quotation\'s speaker', () => {
  const text = '"Sessions should resign," Schumer said.';
  const doc = segmentedDocument(text);
  doc.quotes = [quoteOf(text, 'Sessions should resign,', 'Schumer', 'direct', 'e1')];
  const [call] = extractCalls(doc);
  assert.deepEqual(call?.actor, { entity: 'e1', name: 'Schumer' });
  assert.equal(call?.source, 'rule:call/modal/quoted');
});

test('condition: "should recuse himself if he is the subject of a probe" is conditional', () => {
  const [call] = callsIn('House Speaker Paul Ryan said that Sessions should recuse himself if he is the subject of a probe.');
  assert.equal(call?.conditional, true);
  assert.equal(call?.condition?.text, 'if he is the subject of a probe');
  assert.equal(call?.action, 'recuse himself');
});

test('condition before the target: "if not reformed, it should be allowed to expire"', () => {
  const [call] = callsIn('"The program is plagued by fraud and, if not reformed, it should be allowed to expire," they wrote.');
  assert.equal(call?.conditional, true);
  assert.equal(call?.condition?.text, 'if not reformed');
});

test('push back: "X pushed back on Y" is a call against', () => {
  const [call] = callsIn('Ryan pushed back on allegations of impropriety in the administration.');
  assert.equal(call?.stance, 'against');
  assert.equal(call?.actor.name, 'Ryan');
  assert.equal(call?.action, 'allegations of impropriety in the administration');
});

test('actor and target map to entities through mention offsets', () => {
  const text = 'Sen. Charles Schumer said Thursday that Attorney General Jeff Sessions should resign.';
  const doc = segmentedDocument(text);
  doc.entities = [personEntity(text, 'p1', 'Charles Schumer', ['Charles Schumer']), personEntity(text, 'p2', 'Jeff Sessions', ['Jeff Sessions'])];
  const [call] = extractCalls(doc);
  assert.deepEqual(call?.actor, { entity: 'p1', name: 'Charles Schumer' });
  assert.deepEqual(call?.target, { entity: 'p2', name: 'Jeff Sessions' });
});

test('"you" in a quotation told to someone is that someone', () => {
  const text = '"You should resign," Warren told Stumpf.';
  const doc = segmentedDocument(text);
  doc.quotes = [quoteOf(text, 'You should resign,', 'Warren', 'direct', 'w')];
  assert.equal(extractCalls(doc)[0]?.target.name, 'Stumpf');
});

test('evidence covers the actor, the trigger and the action', () => {
  const text = 'Palmieri called on Trump to stop attacking Machado and apologize.';
  const [call] = callsIn(text);
  assert.equal(text.slice(call!.evidence.start, call!.evidence.end), 'Palmieri called on Trump to stop attacking Machado and apologize');
});
