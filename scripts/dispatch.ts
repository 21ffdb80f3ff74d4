// `npm run eval|train|bench -- NAME [args]` runs scripts/<verb>/NAME.ts, so each concern owns one file.
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [verb, given, ...rest] = process.argv.slice(2);
const dir = join('scripts', verb ?? '');
// With no name, a verb's index.ts runs (`npm run bench` is the main benchmark).
const name = given && !given.startsWith('-') ? given : existsSync(join(dir, 'index.ts')) ? 'index' : given;
if (given && given.startsWith('-')) rest.unshift(given);
const available = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)) : [];
if (!verb || !name || !available.includes(name)) {
  console.error(`usage: npm run ${verb ?? '<verb>'} -- <name> [options]\navailable: ${available.join(', ') || '(none)'}`);
  process.exit(2);
}
process.argv = [process.argv[0] ?? 'node', join(dir, `${name}.ts`), ...rest];
await import(pathToFileURL(join(dir, `${name}.ts`)).href);
