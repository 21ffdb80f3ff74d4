/** What a user expects whosaid to show on the article that defines the product (issue: whosaid v1). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze.js';
import type { Analysis } from '../src/types.js';

const text = readFileSync('../shared/data/seed/article.txt', 'utf8');
const analysis: Analysis = analyze({ text, date: '2017-03-02' });
const entityName = (id: string | null): string | undefined => analysis.entities.find((e) => e.id === id)?.name;

const flat = (s: string): string => s.replace(/\s+/gu, ' ');

function quoteContaining(words: string) {
  const quote = analysis.quotes.find((q) => flat(q.content.text).includes(words));
  assert.ok(quote, `no quotation contains "${words}"`);
  return quote;
}

test('direct quotations are tied to the right person, through names and pronouns', () => {
  const cases: Array<[string, string]> = [
    ['A lie is a lie is a lie, period', 'Elijah Cummings'],
    ['I feel I should not be involved', 'Jeff Sessions'],
    ['This announcement should not be interpreted', 'Jeff Sessions'],
    ['I have said whenever it', 'Jeff Sessions'],
    ['I have not met with any Russians', 'Jeff Sessions'],
    ['I did not have communications with the Russians', 'Jeff Sessions'],
    ["I don't know the details of any meetings", 'Dmitry Peskov'],
    ['It may have been an innocent contact', 'Lindsey Graham'],
  ];
  for (const [words, person] of cases) {
    const quote = quoteContaining(words);
    assert.equal(quote.kind, 'direct', words);
    assert.equal(entityName(quote.speaker.entity), person, words);
  }
});

test('an interrupted quotation is one quotation with its fragments', () => {
  const quote = quoteContaining('I have not met with any Russians');
  assert.ok(flat(quote.content.text).includes('those remarks are unbelievable'));
  assert.ok(quote.fragments.length >= 2);
});

test('partial quotations inside reported speech are mixed, with their speakers', () => {
  assert.equal(entityName(quoteContaining('"total confidence"').speaker.entity), 'Donald Trump');
  assert.equal(quoteContaining('"total confidence"').kind, 'mixed');
  assert.equal(entityName(quoteContaining('lied under oath during his confirmation').speaker.entity), 'Nancy Pelosi');
  assert.equal(entityName(quoteContaining('the trust of the American people').speaker.entity), 'Kevin McCarthy');
  assert.equal(entityName(quoteContaining('directly pressing Attorney General Sessions').speaker.entity), 'Al Franken');
});

test('reported speech is found with its speaker, including titles and descriptions', () => {
  const schumer = quoteContaining('Sessions should resign and a special prosecutor');
  assert.equal(schumer.kind, 'indirect');
  assert.equal(entityName(schumer.speaker.entity), 'Charles Schumer');
  assert.equal(entityName(quoteContaining('he did not mislead the Senate').speaker.entity), 'Jeff Sessions');
  assert.equal(quoteContaining('he did not mislead the Senate').speaker.mention?.text, "The nation's top cop");
  assert.equal(entityName(quoteContaining('he was not confirming whether').speaker.entity), 'Jeff Sessions');
  assert.equal(entityName(quoteContaining('Comey was less than forthcoming').speaker.entity), 'Adam Schiff');
  assert.equal(entityName(quoteContaining('seriously misleading way').speaker.entity), 'Al Franken');
});

test('anonymous sources are marked anonymous with their description', () => {
  const official = quoteContaining('the Oval Office found out about the meetings');
  assert.equal(official.speaker.anonymous, true);
  assert.equal(official.speaker.description, 'A senior White House official');
  const spokeswoman = quoteContaining('he met with Kislyak before the presidential election');
  assert.equal(spokeswoman.speaker.anonymous, true);
});

test('each person is listed once, with the title, party and state the text gives', () => {
  const people = analysis.entities.filter((e) => e.type === 'person' && !e.anonymous);
  const names = people.map((p) => p.name);
  assert.equal(new Set(names).size, names.length, `duplicates in ${names.join(', ')}`);
  const person = (name: string) => people.find((p) => p.name === name);
  assert.deepEqual([person('Adam Schiff')?.title, person('Adam Schiff')?.party, person('Adam Schiff')?.state], ['Rep.', 'Democrat', 'CA']);
  assert.deepEqual([person('Devin Nunes')?.party, person('Devin Nunes')?.state], ['Republican', 'CA']);
  assert.deepEqual([person('Paul Ryan')?.title, person('Paul Ryan')?.state], ['House Speaker', 'WI']);
  assert.equal(person('Jeff Sessions')?.title, 'Attorney General');
  assert.equal(person('Dmitry Peskov')?.title, 'Kremlin spokesperson');
  assert.equal(person('Michael Flynn')?.title, 'Retired Lt. Gen.');
  assert.equal(person('Jason Chaffetz')?.state, 'UT');
  for (const name of ['Jeff Sessions', 'Donald Trump', 'Sergey Kislyak', 'James Comey', 'Charles Schumer', 'Nancy Pelosi', 'Al Franken', 'Lindsey Graham', 'Elijah Cummings', 'H.R. McMaster', 'Mike Pence', 'Robert Harward', 'Kevin McCarthy']) assert.ok(person(name), name);
});

test('dates resolve against the publication date', () => {
  const value = (written: string) => analysis.dates.find((d) => d.text === written)?.value;
  assert.equal(value('Wednesday'), '2017-03-01');
  assert.equal(value('Thursday'), '2017-03-02');
  assert.equal(value('Feb. 13'), '2017-02-13');
  assert.equal(value('last year'), '2016');
  assert.equal(value('January'), '2017-01');
});

test('the non-breaking space and the quotation that never closes are handled', () => {
  assert.ok(analysis.diagnostics.some((d) => d.code === 'unclosed-quote'));
  const ryan = quoteContaining('that anybody in the Trump campaign');
  assert.equal(entityName(ryan.speaker.entity), 'Paul Ryan');
  assert.ok(!flat(ryan.content.text).includes('Chaffetz'), 'the unclosed quotation must not swallow the next paragraph');
});

test('the testimony and the reported meetings are found as a contradiction', () => {
  const clash = analysis.contradictions.find((c) => flat(c.statement.text).includes('I did not have communications with the Russians'));
  assert.ok(clash, 'no contradiction for the sworn statement');
  assert.equal(clash.person.name, 'Jeff Sessions');
  assert.match(clash.conflictsWith.text, /met/);
});
