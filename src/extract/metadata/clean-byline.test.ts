import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanByline } from './clean-byline.js';

test('strips a leading "By" and a trailing timestamp', () => {
  assert.equal(cleanByline('By Jane Q. Reporter | Updated 6:04 PM ET, March 2, 2017'), 'Jane Q. Reporter');
  assert.equal(cleanByline('by Justine Coleman - 11/18/19 11:04 PM EST'), 'Justine Coleman');
  assert.equal(cleanByline('  Manu Raju and\n  Jeremy Herb, CNN '), 'Manu Raju and Jeremy Herb, CNN');
});

test('drops a trailing social handle', () => {
  assert.equal(cleanByline('Bryan DeArdo @BryanDeArdo'), 'Bryan DeArdo');
});

test('rejects URLs, handles, lower-case junk, numbers and sentences', () => {
  assert.equal(cleanByline('https://www.facebook.com/someone'), null);
  assert.equal(cleanByline('@handle'), null);
  assert.equal(cleanByline('staff'), null);
  assert.equal(cleanByline('12345'), null);
  assert.equal(cleanByline('This is a long sentence that is certainly not the name of the person who wrote the story at all'), null);
  assert.equal(cleanByline(''), null);
});
