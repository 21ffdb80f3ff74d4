/**
 * Regenerates the golden files under test/golden/ from the current analyzer. Review the diff
 * (`git diff test/golden`) before committing: a golden change is a behaviour change.
 * Run: npx tsx scripts/golden.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/analyze.js';
import { projectAnalysis } from '../test/golden/project.js';

const cases = [{ file: '../shared/data/seed/article.txt', date: '2017-03-02', out: 'test/golden/seed-article.json' }];
for (const c of cases) {
  const analysis = analyze({ text: readFileSync(c.file, 'utf8'), date: c.date });
  writeFileSync(c.out, `${JSON.stringify(projectAnalysis(analysis), null, 2)}\n`);
  console.log(`wrote ${c.out}`);
}
