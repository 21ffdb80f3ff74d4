import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatWordTable, lookUpWord, readWordTable } from './word-table.js';

const words = new Map([['paris', 5], ['łódź', 7], ['new', 1], ['york', 2], ['a', 3]]);

function tableOf(entries: ReadonlyMap<string, number>, prefix = ''): ReturnType<typeof readWordTable> {
  const { text, slotCount } = formatWordTable(entries);
  return readWordTable(prefix + text, prefix.length, slotCount);
}

test('a word table gives each word its value and 0 to words it lacks', () => {
  const { table } = tableOf(words, 'header\n');
  for (const [word, value] of words) assert.equal(lookUpWord(table, word), value, word);
  for (const word of ['Paris', 'pari', 'parisx', '', 'lodz']) assert.equal(lookUpWord(table, word), 0, word);
});

test('a word table full of colliding words still finds each one', () => {
  const many = new Map(Array.from({ length: 5000 }, (_, i) => [`w${i}`, i + 1] as const));
  const { table, end } = tableOf(many);
  assert.equal(end, table.text.length);
  for (const [word, value] of many) assert.equal(lookUpWord(table, word), value);
  assert.equal(lookUpWord(table, 'w5000'), 0);
});

test('a word table read from a checkout with CRLF line ends gives the same values', () => {
  const { text, slotCount } = formatWordTable(words);
  const { table } = readWordTable(text.replace(/\n/g, '\r\n'), 0, slotCount);
  for (const [word, value] of words) assert.equal(lookUpWord(table, word), value, word);
  assert.equal(lookUpWord(table, 'absent'), 0);
});

test('a word with a tab cannot go in a word table', () => {
  assert.throws(() => formatWordTable(new Map([['a\tb', 1]])), { name: 'WhosaidError', code: 'INVALID_INPUT' });
});

test('a truncated word table throws MODEL_UNAVAILABLE', () => {
  const { text, slotCount } = formatWordTable(words);
  assert.throws(() => readWordTable(text.slice(0, text.length / 2), 0, slotCount), { name: 'WhosaidError', code: 'MODEL_UNAVAILABLE' });
});
