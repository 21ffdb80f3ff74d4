import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personEntity, quoteOf, segmentedDocument } from '../calls/test-document.js';
import { SCHEMA_VERSION, type Analysis } from '../types.js';
import { contradictionsAcross } from './across.js';
import { extractContradictions } from './extract-contradictions.js';

const DENIAL = '"I did not have communications with the Russians," Sessions said at his hearing.';
const FACT = 'Sessions met twice last year with Russian ambassador Sergey Kislyak.';

test('a denial of contact clashes with a reported meeting of the same person', () => {
  const text = `${DENIAL} ${FACT}`;
  const [found, ...rest] = extractContradictions(segmentedDocument(text));
  assert.equal(rest.length, 0);
  assert.equal(found?.person.name, 'Sessions');
  assert.equal(found?.statement.text, 'I did not have communications with the Russians');
  assert.equal(found?.conflictsWith.text, 'Sessions met twice last year with Russian ambassador Sergey Kislyak');
  assert.ok((found?.confidence ?? 0) >= 0.5);
  assert.match(found?.explanation ?? '', /denied contact/);
});

test('a name tied to a nationality elsewhere in the article makes the objects compatible', () => {
  const text = `${DENIAL} Kislyak, a diplomat considered to be Moscow's top spy, is well known. A spokeswoman confirmed Wednesday that Sessions met with Kislyak.`;
  const [found] = extractContradictions(segmentedDocument(text));
  assert.equal(found?.conflictsWith.text, 'Sessions met with Kislyak');
  assert.match(found?.explanation ?? '', /confirmed/);
});

test('entities decide who is who when the entity stage ran', () => {
  const text = `${DENIAL} ${FACT}`;
  const doc = segmentedDocument(text);
  doc.entities = [personEntity(text, 'p1', 'Jeff Sessions', ['Sessions'])];
  doc.quotes = [quoteOf(text, 'I did not have communications with the Russians,', 'Sessions', 'direct', 'p1')];
  assert.deepEqual(extractContradictions(doc)[0]?.person, { entity: 'p1', name: 'Jeff Sessions' });
});

test('no contradiction between a denial and an unrelated fact', () => {
  const text = `${DENIAL} Sessions met twice last year with the governor of Alabama.`;
  assert.deepEqual(extractContradictions(segmentedDocument(text)), []);
});

test('no contradiction between different people', () => {
  const text = `${DENIAL} Flynn met twice last year with Russian ambassador Sergey Kislyak.`;
  assert.deepEqual(extractContradictions(segmentedDocument(text)), []);
});

test('no contradiction with a denial narrowed to a purpose', () => {
  const text = `"I have not met with any Russians to discuss any political campaign," Sessions said. ${FACT}`;
  assert.deepEqual(extractContradictions(segmentedDocument(text)), []);
});

test('no contradiction with a hypothetical meeting', () => {
  const text = `${DENIAL} Sessions may meet with Russian officials next year.`;
  assert.deepEqual(extractContradictions(segmentedDocument(text)), []);
});

test('no contradiction when a meeting is denied but only contact is reported', () => {
  const text = '"I never met with the Russians," Sessions said. Sessions spoke with Russian officials by phone.';
  assert.deepEqual(extractContradictions(segmentedDocument(text)), []);
});

test('a verdict sentence after a quotation contradicts it', () => {
  const text = '"Clinton started the birther controversy. I finished it," Trump said. That comment is a lie.';
  const doc = segmentedDocument(text);
  doc.quotes = [quoteOf(text, 'Clinton started the birther controversy. I finished it,', 'Trump', 'direct', 't')];
  const [found] = extractContradictions(doc);
  assert.equal(found?.source, 'rule:contradiction/verdict-sentence');
  assert.equal(found?.conflictsWith.text, 'That comment is a lie.');
  assert.deepEqual(found?.person, { entity: 't', name: 'Trump' });
});

test('a verdict that negates ("That claim is not false") is no contradiction', () => {
  const text = '"I finished it," Trump said. That claim is not false.';
  const doc = segmentedDocument(text);
  doc.quotes = [quoteOf(text, 'I finished it,', 'Trump', 'direct', 't')];
  assert.deepEqual(extractContradictions(doc), []);
});

test('"…, contradicting X\'s earlier claim that …" is a contradiction of X', () => {
  const text = "Video shows that Crutcher had his hands in the air, contradicting Tulsa police's earlier claim that Crutcher had refused to keep his hands up.";
  const [found] = extractContradictions(segmentedDocument(text));
  assert.equal(found?.person.name, 'Tulsa police');
  assert.equal(found?.conflictsWith.text, 'Video shows that Crutcher had his hands in the air');
});

test('"X is, in fact, Y" answers a recent claim about X', () => {
  const text = 'Trump is claiming that voting fraud is "a big, big problem in this country." Voting fraud is, in fact, very rare.';
  const [found] = extractContradictions(segmentedDocument(text));
  assert.equal(found?.source, 'rule:contradiction/in-fact');
  assert.equal(found?.conflictsWith.text, 'Voting fraud is, in fact, very rare.');
});

function analysisOf(id: string, text: string): Analysis {
  return { schemaVersion: SCHEMA_VERSION, analyzer: 'test', id, text, paragraphs: [], sentences: [], quotes: [], entities: [], dates: [], events: [], calls: [], contradictions: [], diagnostics: [] };
}

test('across articles: a denial in one and a meeting in the other, matched by name', () => {
  const [found, ...rest] = contradictionsAcross(analysisOf('a', DENIAL), analysisOf('b', 'Attorney General Jeff Sessions met with Russian ambassador Sergey Kislyak.'));
  assert.equal(rest.length, 0);
  assert.equal(found?.statementArticle, 'a');
  assert.equal(found?.conflictArticle, 'b');
  assert.equal(found?.source, 'rule:contradiction/across-articles');
});

test('across articles: nothing for different people', () => {
  assert.deepEqual(contradictionsAcross(analysisOf('a', DENIAL), analysisOf('b', 'Flynn met with Russian ambassador Sergey Kislyak.')), []);
});

test('dates from the dates stage are kept, and a fact dated after the denial does not clash', () => {
  const text = 'In January, Sessions said he had not met with Russian officials. Sessions met with Russian ambassador Sergey Kislyak in 2016.';
  const doc = segmentedDocument(text);
  const at = (s: string) => text.indexOf(s);
  doc.dates = [
    { start: at('January'), end: at('January') + 7, text: 'January', type: 'DATE', value: '2017-01', anchor: '2017-03-02', source: 'rule:test' },
    { start: at('2016'), end: at('2016') + 4, text: '2016', type: 'DATE', value: '2016', anchor: null, source: 'rule:test' },
  ];
  const [found] = extractContradictions(doc);
  assert.equal(found?.statementDate, '2017-01');
  assert.equal(found?.factDate, '2016');
  doc.dates[1] = { ...doc.dates[1]!, value: '2017-02' };
  assert.deepEqual(extractContradictions(doc), []);
});

test('"Sessions\' spokeswoman confirmed he met …": the possessor, not the spokeswoman, is who met', () => {
  const text = `${DENIAL} Sessions' spokeswoman confirmed Wednesday he met with Russian ambassador Sergey Kislyak.`;
  const doc = segmentedDocument(text);
  const at = text.indexOf("Sessions' spokeswoman");
  doc.entities = [
    personEntity(text, 'p1', 'Jeff Sessions', ['Sessions said']),
    { id: 'p2', type: 'person', name: "Sessions' spokeswoman", mentions: [{ start: at, end: at + 21, text: "Sessions' spokeswoman", kind: 'description', source: 'rule:test' }] },
  ];
  const [found] = extractContradictions(doc);
  assert.equal(found?.conflictsWith.text, 'he met with Russian ambassador Sergey Kislyak');
  assert.match(found?.explanation ?? '', /confirmed/);
});
