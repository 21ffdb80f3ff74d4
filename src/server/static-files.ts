/**
 * The built web application (dist/web) served from memory: the files are read once at startup,
 * gzip-compressed once, and only those exact paths are served (no path is ever joined from a URL).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

/** One servable file. */
export interface StaticFile {
  type: string;
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer> | null;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where `npm run build` puts the web application. */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../dist/web/', import.meta.url));
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Load the files of a built web root keyed by URL path ("/" is index.html); empty when it was not built. */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(root)) return files;
  for (const path of walk(root, [])) {
    const extension = path.slice(path.lastIndexOf('.'));
    const type = TYPES[extension];
    if (!type) continue;
    const body = new Uint8Array(readFileSync(path));
    const compressible = !type.startsWith('image/png');
    const urlPath = `/${relative(root, path).split(sep).join('/')}`;
    const file: StaticFile = { type, body, gzip: compressible ? new Uint8Array(gzipSync(body, { level: 9 })) : null, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` };
    files.set(urlPath, file);
    if (urlPath === '/index.html') files.set('/', file);
  }
  return files;
}

/** Respond with a static file, gzip when the client accepts it, 304 when its ETag matches. */
export function staticResponse(file: StaticFile, request: Request): Response {
  const headers: Record<string, string> = { 'content-type': file.type, etag: file.etag, 'cache-control': 'no-cache', vary: 'accept-encoding' };
  if (request.headers.get('if-none-match') === file.etag) return new Response(null, { status: 304, headers });
  const gzip = file.gzip !== null && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  return new Response(gzip ? file.gzip : file.body, { headers });
}
