/** Text that must yield no person. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const noPeople = (text: string): void => {
  const people = analyze(text).entities.filter((e) => e.type === 'person');
  assert.equal(people.length, 0, `expected no person, got ${people.map((p) => p.name).join(', ')}`);
};

test('sentence-initial capitals are not names', () => {
  noPeople('The committee met on Thursday. In March, officials said little. But nothing changed.');
});

test('months, weekdays and nationalities are not people', () => {
  noPeople('Russian diplomats met in January. On Monday the Americans left.');
});

test('a party-state tag is not a name', () => {
  const names = analyze('Rep. Adam Schiff, D-CA, complained.').entities.map((e) => e.name);
  assert.deepEqual(names, ['Adam Schiff']);
});

test('organizations and places are not people', () => {
  noPeople('The FBI and the State Department worked with officials in Moscow and Washington.');
});
