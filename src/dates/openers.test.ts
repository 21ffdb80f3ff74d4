// The fast opening test never rejects a word some extractor opens on (it must only skip work, never dates).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { readTsv } from '../text/lexicon.js';
import { EXTRACTORS, mayOpenDate } from './extract.js';

/** Every word of the date lexicons, with its clipped and pluralized forms. */
function lexiconWords(): string[] {
  const words: string[] = [];
  const files = readdirSync(new URL('../../data/lexicons/dates/', import.meta.url)).filter((file) => file.endsWith('.tsv'));
  for (const file of files) {
    for (const row of readTsv(`lexicons/dates/${file}`)) {
      for (const word of (row[0] ?? '').toLowerCase().split(' ')) words.push(word, `${word}.`, `${word}s`, word.slice(0, 3), `${word.slice(0, 3)}.`);
    }
  }
  return words;
}

test('every word an extractor opens on passes the fast opening test', () => {
  const extra = ['the', 'that', 'weekend', 'day', 'every', 'each', 'once', 'twice', 'times', 'noon', 'midnight', 'nineteen', 'nineties', 'fiscal', 'latest', 'recent', 'full', 'calendar', "'98", '\u201990s', '3rd', '12', '3:30', 'mondays', 'sept.'];
  for (const word of [...lexiconWords(), ...extra]) {
    for (const entry of EXTRACTORS) if (entry.opens(word)) assert.ok(mayOpenDate(word), `"${word}" opens ${entry.extract.name} but fails the fast test`);
  }
});

test('arbitrary words an extractor opens on pass the fast opening test', () => {
  fc.assert(fc.property(fc.string({ maxLength: 12 }), (word) => {
    for (const entry of EXTRACTORS) if (entry.opens(word)) assert.ok(mayOpenDate(word));
  }), { numRuns: 2000 });
});
