import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, findParagraphs } from './segment.js';
import { tokenize } from './tokenize.js';

const words = (text: string): string[] => tokenize(text).map((t) => text.slice(t.start, t.end));
const sentences = (text: string): string[] => segment(text).sentences.map((s) => text.slice(s.start, s.end));

test('splits clitics the UD way', () => {
  assert.deepEqual(words("I don't know, it's Sessions' call."), ['I', 'do', "n't", 'know', ',', 'it', "'s", 'Sessions', "'", 'call', '.']);
});

test('keeps abbreviations, titles and initials whole', () => {
  assert.deepEqual(words('Army Lt. Gen. H.R. McMaster met U.S. officials in D.C.'), ['Army', 'Lt.', 'Gen.', 'H.R.', 'McMaster', 'met', 'U.S.', 'officials', 'in', 'D.C.']);
});

test('splits party-state tags at the hyphen', () => {
  assert.deepEqual(words('Rep. Adam Schiff, D-CA, said'), ['Rep.', 'Adam', 'Schiff', ',', 'D', '-', 'CA', ',', 'said']);
});

test('treats a non-breaking space as a space and never rewrites the text', () => {
  const text = 'He said\u00a0"no."';
  const tokens = tokenize(text);
  assert.deepEqual(tokens.map((t) => text.slice(t.start, t.end)), ['He', 'said', '"', 'no', '.', '"']);
});

test('does not end a sentence inside a quotation followed by its attribution', () => {
  assert.deepEqual(sentences('"Why?" she asked. "Because," he said.'), ['"Why?" she asked.', '"Because," he said.']);
});

test('does not end a sentence after a title abbreviation', () => {
  assert.deepEqual(sentences('Sen. Al Franken asked. Rep. Nunes answered.'), ['Sen. Al Franken asked.', 'Rep. Nunes answered.']);
});

test('ends a sentence after an abbreviation when a new sentence clearly starts', () => {
  assert.deepEqual(sentences('He moved to the U.S. The move was quick.'), ['He moved to the U.S.', 'The move was quick.']);
});

test('finds paragraphs at blank lines and keeps hard-wrapped lines together', () => {
  const text = 'One line\nwrapped here.\n\nTwo.\nThree.';
  assert.deepEqual(findParagraphs(text).map((p) => text.slice(p.start, p.end)), ['One line\nwrapped here.', 'Two.', 'Three.']);
});

test('every token lies inside the text and text between tokens is whitespace', () => {
  const text = '  “Quote,” he said\u2009— then left…  (CNN) ';
  const { tokens } = segment(text);
  let previous = 0;
  for (const token of tokens) {
    assert.ok(token.start >= previous && token.end > token.start && token.end <= text.length);
    assert.equal(text.slice(previous, token.start).trim(), '');
    previous = token.end;
  }
});

test('keeps the period of a state abbreviation inside a party tag', () => {
  assert.deepEqual(words('Rep. Gwen Moore (D-Wis.) said'), ['Rep.', 'Gwen', 'Moore', '(', 'D', '-', 'Wis.', ')', 'said']);
  assert.deepEqual(sentences('Rep. Gwen Moore (D-Wis.) said it. He left.'), ['Rep. Gwen Moore (D-Wis.) said it.', 'He left.']);
});

test('keeps a question in quotation marks with the attribution after it', () => {
  assert.deepEqual(sentences('"How many times do we have to see this?" Clinton said. "It is unbearable."'), ['"How many times do we have to see this?" Clinton said.', '"It is unbearable."']);
});
