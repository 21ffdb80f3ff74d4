/**
 * `npm run bench -- compare BASE [OTHER] [--all] [--passes N]`: whole-analysis time of two checkouts
 * of whosaid, measured in one process. Both trees' analyze() are loaded side by side and alternated
 * article by article (the order flips each article), so the drift of a shared VM's speed, which
 * reaches 10-30% between separate runs, hits both alike. OTHER defaults to this checkout; BASE is
 * typically a worktree of an older commit (`git worktree add /tmp/base <rev>`, with its own
 * node_modules or a symlink to this one's). Articles: the 4-6 KB BBC ones, or all 2,225 with --all.
 * Prints mean milliseconds per article for each tree and their ratio per pass and overall.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

type Analyze = (input: { text: string; date?: string }) => unknown;

const { values, positionals } = parseArgs({ options: { all: { type: 'boolean' }, passes: { type: 'string' } }, allowPositionals: true });
const [baseDir, otherDir = '.'] = positionals;
if (!baseDir) {
  console.error('usage: npm run bench -- compare BASE_CHECKOUT [OTHER_CHECKOUT] [--all] [--passes N]');
  process.exit(2);
}
const passes = Math.max(1, Number(values.passes ?? 6));
const load = async (dir: string): Promise<Analyze> => ((await import(pathToFileURL(resolve(dir, 'src/analyze.ts')).href)) as { analyze: Analyze }).analyze;
const base = await load(baseDir);
const other = await load(otherDir);

const texts = readFileSync('../shared/data/news/bbc.jsonl', 'utf8').split('\n').filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text)
  .filter((text) => values.all === true || (text.length >= 4000 && text.length <= 6000));
const date = '2005-01-10';
// Warm both (JIT, lazily loaded models, per-word caches) before measuring.
for (let pass = 0; pass < 2; pass++) for (const text of texts) { base({ text, date }); other({ text, date }); }

let baseTotal = 0;
let otherTotal = 0;
const ratios: string[] = [];
for (let pass = 0; pass < passes; pass++) {
  let basePass = 0;
  let otherPass = 0;
  texts.forEach((text, index) => {
    const order = (pass + index) % 2 === 0 ? [base, other] : [other, base];
    for (const analyze of order) {
      const start = performance.now();
      analyze({ text, date });
      const elapsed = performance.now() - start;
      if (analyze === base) basePass += elapsed;
      else otherPass += elapsed;
    }
  });
  baseTotal += basePass;
  otherTotal += otherPass;
  ratios.push((otherPass / basePass).toFixed(3));
}
const count = texts.length * passes;
console.log(`${texts.length} BBC articles${values.all === true ? '' : ' of 4-6 KB'}, ${passes} passes, alternated article by article`);
console.log(`base  ${resolve(baseDir)}: ${(baseTotal / count).toFixed(3)} ms per article`);
console.log(`other ${resolve(otherDir)}: ${(otherTotal / count).toFixed(3)} ms per article`);
console.log(`other / base: ${(otherTotal / baseTotal).toFixed(3)} (per pass ${ratios.join(', ')})`);
