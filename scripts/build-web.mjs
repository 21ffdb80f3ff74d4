// Bundles the web application (web/main.ts) into dist/web with esbuild; skipped while there is no web/ source.
import { existsSync, mkdirSync, cpSync } from 'node:fs';

if (!existsSync('web/main.ts')) process.exit(0);
const { build } = await import('esbuild');
mkdirSync('dist/web', { recursive: true });
await build({ entryPoints: ['web/main.ts'], bundle: true, minify: true, format: 'esm', target: 'es2020', outfile: 'dist/web/app.js', sourcemap: true, logLevel: 'warning' });
if (existsSync('web/static')) cpSync('web/static', 'dist/web', { recursive: true });
