/** Text that must yield no quotation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const none = (text: string): void => {
  const quotes = analyze(text).quotes;
  assert.equal(quotes.length, 0, `expected no quotation, got ${JSON.stringify(quotes.map((q) => q.content.text))}`);
};

test('scare quotes around a term are not a quotation', () => {
  none('The so-called "deep state" has become a fixture of the campaign.');
});

test('the title of a book or film is not a quotation', () => {
  none('She wrote the book "Hard Choices" in 2014.');
  none('The film "American Skin" opened in theaters last week.');
});

test('inch marks are not quotation marks', () => {
  none('The player is 6\'11" tall and weighs 250 pounds. The screen measures 42" across.');
});

test('a quotation with no speaker in reach stays unattributed', () => {
  none('The crowd gathered at noon.\n\n"We want change now and we want it here."\n\nThe rally ended at three.');
});

test('noun uses of cue words are not cues', () => {
  none('Media reports about the meeting spread quickly.');
  none('The state of the economy worries voters.');
});

test('a phone call is not a statement', () => {
  none('Hillary Clinton called Alicia Machado on Friday.');
});

test('a short Title Case quotation is a name, not a statement', () => {
  none('The host of the "Keepin\' It Real" radio program said little.');
});

test('scare quotes under a verb of judging need a person or organization as its subject', () => {
  none('The report blasted the agency for its “culture of secrecy.”');
  none('The plan was criticized as a “giveaway” by the paper.');
});

test('a song title after a verb is not a statement', () => {
  none('The band played “American Skin” while the crowd cheered.');
});

test('calling a meeting or a person by phone states nothing', () => {
  none('The mayor called a press conference on Monday.');
  none('The mayor called the governor on Monday.');
});

test('a plural noun after a determined noun is not a verb without an object after it', () => {
  none('The late-night shows mocked him.');
});

test('a possessed cue noun as a label is not a statement ("Editor’s note:")', () => {
  none('Editor’s note: the author regularly covers the campaign.');
});

test('a verb of judging under a sentence-opening subordinator has no speaker in that word', () => {
  none('After the hearing, the “reforms” were shelved.');
});
