import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analyze.js';
import { projectAnalysis } from './project.js';

test('the seed article matches its reviewed golden file (regenerate: npx tsx scripts/golden.ts)', () => {
  const analysis = analyze({ text: readFileSync('../shared/data/seed/article.txt', 'utf8'), date: '2017-03-02' });
  const golden: unknown = JSON.parse(readFileSync('test/golden/seed-article.json', 'utf8'));
  assert.deepEqual(projectAnalysis(analysis), golden);
});
