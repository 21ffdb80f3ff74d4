import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personEntity, quoteOf, segmentedDocument } from '../calls/test-document.js';
import { sentenceViews } from '../calls/sentence-view.js';
import { genderEvidence } from './gender.js';
import { aggregateSourcing } from './aggregate.js';
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

test('corpus sourcing sums profiles and averages the unattributed share', () => {
  const a = buildSourcingProfile(segmentedDocument('Sessions reportedly met Kislyak, CNN reported. Officials said so.'));
  const b = buildSourcingProfile(segmentedDocument('The senator allegedly lied to the committee in January last year.'));
  const summary = aggregateSourcing([a, b]);
  assert.equal(summary.articles, 2);
  assert.equal(summary.hedges, 2);
  assert.deepEqual(summary.mediaAttributions, { CNN: 1 });
  assert.equal(summary.meanUnattributedClaimShare, (a.unattributedClaimShare + b.unattributedClaimShare) / 2);
  assert.equal(summary.anonymousSources, a.anonymousSources + b.anonymousSources);
});

test('media: weak cues need a companion, and a longer name is not the outlet', () => {
  const profile = buildSourcingProfile(segmentedDocument('He worked on MSNBC for years. She told the RT America audience she quit. He told MSNBC Thursday morning that he agreed. He said on CNN that it was over.'));
  assert.deepEqual(profile.mediaAttributions.map((m) => m.text), ['told MSNBC', 'on CNN']);
});

test('unnamed groups and roles are neither named nor anonymous sources', () => {
  const text = 'Some lawmakers said Sessions should go. A senior official said he should stay.';
  const doc = segmentedDocument(text);
  doc.quotes = [quoteOf(text, 'Sessions should go', 'Some lawmakers', 'indirect'), quoteOf(text, 'he should stay', 'A senior official', 'indirect')];
  for (const quote of doc.quotes) quote.speaker.anonymous = true;
  const profile = buildSourcingProfile(doc);
  assert.equal(profile.anonymousSources, 1);
  assert.equal(profile.namedSources, 0);
});
