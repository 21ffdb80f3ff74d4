import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';

const words = (text: string): string[] => tokenize(text).map((t) => text.slice(t.start, t.end));

test('splits informal contractions as UD English does', () => {
  assert.deepEqual(words("We're gonna win, I wanna go, you gotta see"), ['We', "'re", 'gon', 'na', 'win', ',', 'I', 'wan', 'na', 'go', ',', 'you', 'got', 'ta', 'see']);
});

test('leaves words that merely contain those letters whole', () => {
  assert.deepEqual(words('Gonnaville and Wannamaker'), ['Gonnaville', 'and', 'Wannamaker']);
});
