import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateline } from './dateline.js';

const first = (text: string) => findDateline(text, { start: 0, end: text.length })?.text ?? null;

test('finds agency, state and plain datelines', () => {
  assert.equal(first('WASHINGTON (CNN) — Attorney General Jeff Sessions will recuse himself.'), 'WASHINGTON (CNN)');
  assert.equal(first('CLEVELAND, Ohio – The Doobie Brothers will look to ride a potential nomination.'), 'CLEVELAND, Ohio');
  assert.equal(first('LONDON (Reuters) - Britain said on Monday it would act.'), 'LONDON (Reuters)');
  assert.equal(first('NEW YORK — Stocks fell.'), 'NEW YORK');
});

test('finds no dateline in ordinary opening sentences', () => {
  assert.equal(first('The President said — again — that he would not resign.'), null);
  assert.equal(first('Washington is a city of monuments - and of traffic.'), null);
  assert.equal(first('A — B'), null);
  assert.equal(findDateline('', undefined), null);
});
