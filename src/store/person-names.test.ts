import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personIdForKey, personName, personNameKey } from './person-names.js';

test('honorifics, accents, suffixes and middle initials do not change the key', () => {
  assert.equal(personNameKey('Mr. Jeff B. Sessions Jr.')?.key, 'jeff sessions');
  assert.equal(personNameKey('José Martí')?.key, 'jose marti');
});

test('a surname alone is a key that is not a full name', () => {
  assert.deepEqual(personNameKey('Sessions'), { key: 'sessions', surname: 'sessions', full: false });
});

test('names that share a word have different keys', () => {
  assert.notEqual(personNameKey('Paul Ryan')?.key, personNameKey('Ryan Zinke')?.key);
});

test('a name with no letters has no key', () => {
  assert.equal(personNameKey(' -- '), null);
});

test('person ids are stable for a key', () => {
  assert.equal(personIdForKey('jeff sessions'), personIdForKey('jeff sessions'));
  assert.notEqual(personIdForKey('jeff sessions'), personIdForKey('paul ryan'));
});

test('a person name carries its matching key and the id of that key', () => {
  const person = personName('Mr. Jeff B. Sessions');
  assert.equal(person?.key.key, 'jeff sessions');
  assert.equal(person?.id, personIdForKey('jeff sessions'));
  assert.equal(personName(' -- '), null);
});
