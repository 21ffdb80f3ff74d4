import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const quotesOf = (text: string) =>
  analyze(text).quotes.map((q) => ({ kind: q.kind, source: q.source, content: q.content.text, cue: q.cue?.text ?? null, mention: q.speaker.mention?.text ?? null }));

test('a quoted fragment governed by a verb of judging is attributed to its subject', () => {
  const [quote] = quotesOf('A few days ago in an interview he blasted the American media for being “unbelievably dishonest.”');
  assert.deepEqual(quote, { kind: 'mixed', source: 'rule:quote/fragment-predicate', content: 'the American media for being “unbelievably dishonest.”', cue: 'blasted', mention: 'he' });
});

test('a fragment after "described as" is a judgement, not a name', () => {
  const [quote] = quotesOf('Hillary Clinton is describing as “unhinged” a Donald Trump tweet.');
  assert.equal(quote?.source, 'rule:quote/fragment-predicate');
  assert.equal(quote?.cue, 'describing');
  assert.equal(quote?.mention, 'Hillary Clinton');
});

test('a second verb of judging after "and" starts its own statement with the same subject', () => {
  const quotes = quotesOf('Trump tweeted in the early morning hours that Machado was “disgusting” and encouraged Americans to “check out” her tape.');
  assert.deepEqual(quotes.map((q) => [q.content, q.cue, q.mention]), [
    ['that Machado was “disgusting”', 'tweeted', 'Trump'],
    ['Americans to “check out” her tape', 'encouraged', 'Trump'],
  ]);
});

test('an object complement ends with its quotation when a time or place adjunct follows', () => {
  const [quote] = quotesOf('Former President Bill Clinton criticized the Affordable Care Act as a “crazy system” during a campaign stop in Flint.');
  assert.equal(quote?.content, 'the Affordable Care Act as a “crazy system”');
  assert.equal(quote?.mention, 'Former President Bill Clinton');
});

test('a that-clause keeps what follows its quotation', () => {
  const [quote] = quotesOf('Pelosi said he "lied under oath" during the hearing.');
  assert.equal(quote?.content, 'he "lied under oath" during the hearing');
});

test('a full quotation after a comma under a participle is quoted directly', () => {
  const [quote] = quotesOf('The spot concludes with footage of Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him.');
  assert.equal(quote?.content, '“That makes me smart,”');
});

test('a passive verb of judging has no source for its subject', () => {
  assert.equal(quotesOf('The refugees were criticized as “a threat” in the report.').length, 0);
});

test('a quotation inside another quotation is left to the outer speaker', () => {
  const quotes = quotesOf('“I’d rather live in what he calls “hell” than live in his world.” ― Adriana Rodarte');
  assert.ok(quotes.every((q) => q.source !== 'rule:quote/fragment-predicate'));
});

test('an object complement ends at a quotation followed by a new clause', () => {
  const [quote] = quotesOf('Gov. Chris Christie described Hillary Clinton as a “disgrace” after she blamed police shootings on “implicit bias” against minorities.');
  assert.equal(quote?.content, 'Hillary Clinton as a “disgrace”');
});

test('a participle after a comma takes the subject of its clause', () => {
  const quote = quotesOf('Donald Trump is questioning the voting system, encouraging his supporters to make sure everything is “on the up and up.”').find((q) => q.cue === 'encouraging');
  assert.equal(quote?.mention, 'Donald Trump');
});

test('a second verb after "and" takes the speaker of the statement before it', () => {
  const quotes = quotesOf('Though she called the bank’s behavior “outrageous” and called for pay to be “clawed back,” Clinton said little else.');
  assert.deepEqual(quotes.slice(0, 2).map((q) => q.mention), ['she', 'she']);
});

test('a quotation named in a free relative belongs to the verb that governs the relative', () => {
  const [quote] = quotesOf('The Security Council made a strong condemnation and pledged to impose further sanctions as a deterrence to what it called "a clear threat to peace."');
  assert.equal(quote?.cue, 'pledged');
  assert.equal(quote?.content, 'to impose further sanctions as a deterrence to what it called "a clear threat to peace."');
});

test('a free relative with no governing verb before it keeps its own attribution', () => {
  const [quote] = quotesOf('She was hospitalized for weeks after what she called a “rant,” a series of postings.');
  assert.equal(quote?.cue, 'called');
  assert.equal(quote?.mention, 'she');
});

test('an infinitive of purpose takes the subject of its clause ("Trump took to Twitter to accuse …")', () => {
  const [quote] = quotesOf('Trump took to Twitter overnight to accuse Clinton’s campaign of being “duped” by “a con.”');
  assert.equal(quote?.cue, 'accuse');
  assert.equal(quote?.mention, 'Trump');
});
