import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personEntity, quoteOf, segmentedDocument } from '../calls/test-document.js';
import { sentenceViews } from '../calls/sentence-view.js';
import { genderEvidence } from './gender.js';
import { buildSourcingProfile } from './profile.js';

test('anonymous-source phrases count as anonymous sources', () => {
  const profile = buildSourcingProfile(segmentedDocument('A senior White House official said the office found out through media reports. People familiar with the matter agreed.'));
  assert.equal(profile.anonymousSources, 2);
  assert.equal(profile.namedSources, 0);
});

test('hedges and distancing are told apart', () => {
  const profile = buildSourcingProfile(segmentedDocument('Sessions reportedly met Kislyak. He is said to have lied. Trump claimed the so-called scandal was fake.'));
  assert.deepEqual(profile.hedges.map((h) => [h.text, h.kind]), [['reportedly', 'hedge'], ['is said to', 'hedge'], ['claimed', 'distancing'], ['so-called', 'distancing']]);
});

test('"the claims" is a noun, not distancing', () => {
  assert.deepEqual(buildSourcingProfile(segmentedDocument('The campaign rejected the claims on Monday.')).hedges, []);
});

test('attribution to other media, but not the publisher\'s dateline', () => {
  const profile = buildSourcingProfile(segmentedDocument('(CNN) - Officials met. An official said so, CNN reported. Peskov told Business Insider he knew nothing, according to The Washington Post.'));
  assert.deepEqual(profile.mediaAttributions.map((m) => [m.text, m.outlet]), [['CNN reported', 'CNN'], ['told Business Insider', 'Business Insider'], ['according to The Washington Post', 'The Washington Post']]);
});

test('quoted people: gender from an honorific, a role noun and a pronoun; party from a tag', () => {
  const text = '"We will win," Ms. Tanden said. "It is over," said spokeswoman Jessica Ditto. "I agree," Sen. Schumer, D-NY, said. "Never," he said.';
  const doc = segmentedDocument(text);
  doc.quotes = [
    quoteOf(text, 'We will win,', 'Ms. Tanden', 'direct'),
    quoteOf(text, 'It is over,', 'Jessica Ditto', 'direct'),
    quoteOf(text, 'I agree,', 'Sen. Schumer', 'direct'),
    quoteOf(text, 'Never,', 'he', 'direct'),
  ];
  const profile = buildSourcingProfile(doc);
  assert.equal(profile.namedSources, 3);
  assert.deepEqual(profile.genderOfQuoted, { female: 2, male: 1, unknown: 0 });
  assert.equal(profile.partyOfQuoted['Democrat'], 1);
});

test('an entity\'s gender from a first name alone is a guess', () => {
  const text = 'Nancy Pelosi released a statement.';
  const doc = segmentedDocument(text);
  const entity = personEntity(text, 'p', 'Nancy Pelosi', ['Nancy Pelosi']);
  const gender = genderEvidence(doc, sentenceViews(doc), entity);
  assert.equal(gender?.basis, 'guess');
  assert.equal(gender?.value, 'female');
});

test('a possessive role noun does not give the possessor a gender', () => {
  const text = "Sessions' spokeswoman confirmed the meeting.";
  const doc = segmentedDocument(text);
  const entity = personEntity(text, 'p', 'Sessions', ['Sessions']);
  assert.equal(genderEvidence(doc, sentenceViews(doc), entity), undefined);
});

test('unattributed claims: the headline is left out, attributed sentences do not count', () => {
  const text = 'Sessions recuses himself from the inquiry\n\nSessions met the ambassador twice last year in Washington. He said the meetings were routine and part of his job. The ambassador is known as a top spy in the capital.';
  const profile = buildSourcingProfile(segmentedDocument(text));
  assert.equal(profile.unattributedClaimShare, 0.667);
});
