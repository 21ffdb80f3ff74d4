// Bundles the web application (web/main.ts) with esbuild and copies web/static beside it.
// Usage: node scripts/build-web.mjs [OUT_DIR]   (default dist/web; the e2e tests build into a temp dir)
import { existsSync, mkdirSync, cpSync } from 'node:fs';

if (!existsSync('web/main.ts')) process.exit(0);
const outDir = process.argv[2] ?? 'dist/web';
const { build } = await import('esbuild');
mkdirSync(outDir, { recursive: true });
await build({ entryPoints: ['web/main.ts'], bundle: true, minify: true, format: 'esm', target: 'es2020', outfile: `${outDir}/app.js`, sourcemap: true, logLevel: 'warning' });
if (existsSync('web/static')) cpSync('web/static', outDir, { recursive: true });
