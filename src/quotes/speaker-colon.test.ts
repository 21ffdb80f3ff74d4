import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

test('a headline opening the document with a name and a colon takes the name as its source', () => {
  const text = 'Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.\n\nThe body starts here.';
  const [quote] = analyze(text).quotes;
  assert.equal(quote?.speaker.mention?.text, 'Pence');
});

test('a headline label opening with a determiner is a title, not a source', () => {
  assert.equal(analyze('The Latest: Cruz to give away engraved shotgun.\n\nThe body starts here.').quotes.length, 0);
});

test('a Title Case label later in the document is no headline', () => {
  assert.equal(analyze('The body starts here.\n\nStealth Over Health: Clinton Was Headed to ER.').quotes.length, 0);
});
