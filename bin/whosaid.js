#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library (npm install runs the build).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A closed pipe (`whosaid analyze x | head`) ends output quietly instead of crashing.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('whosaid: the package is not built; run `npm install` (or `npm run build`) in the repository first.\n');
  process.exit(70);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
