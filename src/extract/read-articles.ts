/**
 * readArticles(): every article in a file or directory, whatever the format (text, HTML, gzip, JSONL, RSS/Atom).
 * A bad record or file is yielded as a problem with its location, and reading goes on.
 */
import type { ProblemCode } from '../diagnostics.js';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { decodeHtmlBytes, decodeText, gunzipIfNeeded, isGzip, looksBinary } from './decode-bytes.js';
import { extractArticle } from './extract-article.js';
import { readFeed } from './feed.js';
import { kindFromContent, kindFromName, type FileKind } from './file-kind.js';
import { readJsonlRecord } from './jsonl-record.js';
import type { ArticleReadResult } from './types.js';

/** Options of readArticles(). */
export interface ReadArticlesOptions {
  /** Files (other than JSONL, which is streamed) larger than this many bytes are reported and skipped. Default 64 MB. */
  maxFileBytes?: number;
  /** Descend into directories (default true); entries are read in name order, hidden ones skipped. */
  recursive?: boolean;
}

const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

const problem = (location: string, code: ProblemCode, message: string): ArticleReadResult => ({ kind: 'problem', location, code, message });

/** Yield every article in `path` (a file or a directory), or a problem with its location for what cannot be read. */
export async function* readArticles(path: string, options: ReadArticlesOptions = {}): AsyncGenerator<ArticleReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield problem(path, 'unreadable', `cannot read: ${(error as Error).message}`);
    return;
  }
  if (info.isDirectory()) {
    if (options.recursive === false) {
      yield problem(path, 'is-directory', 'is a directory');
      return;
    }
    let names: string[];
    try {
      names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
    } catch (error) {
      yield problem(path, 'unreadable', `cannot list the directory: ${(error as Error).message}`);
      return;
    }
    for (const name of names) yield* readArticles(join(path, name), options);
    return;
  }
  if (!info.isFile()) {
    yield problem(path, 'unsupported-format', 'not a regular file');
    return;
  }
  const kind = kindFromName(path) ?? kindFromContent(await readHead(path));
  if (!kind) {
    yield problem(path, 'unsupported-format', 'binary or unknown format (use .txt, .html, .htm, .html.gz, .jsonl or an RSS/Atom feed)');
    return;
  }
  if (kind === 'jsonl') {
    yield* readJsonl(path);
    return;
  }
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (info.size > maxBytes) {
    yield problem(path, 'too-large', `has ${info.size} bytes, more than the limit of ${maxBytes}`);
    return;
  }
  yield* readWholeFile(path, kind);
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    // A gzip file without a telling name: look at what it decompresses to.
    return isGzip(head) ? (gunzipIfNeeded(await readFile(path), path).bytes ?? head).subarray(0, 4096) : head;
  } finally {
    await handle.close();
  }
}

async function* readWholeFile(path: string, kind: Exclude<FileKind, 'jsonl'>): AsyncGenerator<ArticleReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield problem(path, 'unreadable', `cannot read: ${(error as Error).message}`);
    return;
  }
  yield* readArticlesFromBytes(bytes, path, kind);
}

/**
 * The articles in bytes already in memory (standard input, an upload); `location` names them in results and
 * decides gzip by its .gz ending; the format is sniffed from the content when `kind` is not given.
 */
export function* readArticlesFromBytes(bytes: Uint8Array, location: string, kind?: FileKind): Generator<ArticleReadResult> {
  const path = location;
  const unzipped = gunzipIfNeeded(bytes, path);
  if (!unzipped.bytes) {
    yield problem(path, unzipped.diagnostics[0]?.code ?? 'gzip-corrupt', unzipped.diagnostics[0]?.message ?? 'cannot decompress');
    return;
  }
  const format = kind ?? kindFromName(path) ?? kindFromContent(unzipped.bytes.subarray(0, 4096));
  if (!format) {
    yield problem(path, 'unsupported-format', 'binary or unknown format (use .txt, .html, .htm, .html.gz, .jsonl or an RSS/Atom feed)');
    return;
  }
  if (format === 'html') {
    const decoded = decodeHtmlBytes(unzipped.bytes);
    if (decoded.text === null) {
      yield problem(path, decoded.diagnostics[0]?.code ?? 'undecodable', decoded.diagnostics[0]?.message ?? 'cannot decode');
      return;
    }
    const article = extractArticle(decoded.text);
    if (article.text === '') {
      yield problem(path, 'no-article', 'no article text was found in the page');
      return;
    }
    yield {
      kind: 'article',
      location: path,
      ...(article.url ? { url: article.url } : {}),
      ...(article.title ? { title: article.title } : {}),
      ...(article.date ? { date: article.date } : {}),
      ...(article.byline ? { byline: article.byline } : {}),
      text: article.text,
      sourceMap: article.sourceMap,
      diagnostics: [...decoded.diagnostics, ...article.diagnostics],
    };
    return;
  }
  if (looksBinary(unzipped.bytes)) {
    yield problem(path, 'binary-input', 'looks like binary data, not text');
    return;
  }
  const decoded = decodeText(unzipped.bytes);
  if (format === 'feed') {
    yield* feedArticles(path, decoded.text);
    return;
  }
  if (format === 'jsonl') {
    let lineNumber = 0;
    for (const line of decoded.text.split('\n')) {
      lineNumber++;
      if (line.trim() !== '') yield readJsonlRecord(line.replace(/^\uFEFF/, ''), `${path}:${lineNumber}`);
    }
    return;
  }
  if (decoded.text.trim() === '') {
    yield problem(path, 'empty', 'the file is empty');
    return;
  }
  yield { kind: 'article', location: path, text: decoded.text, diagnostics: decoded.diagnostics };
}

function* feedArticles(path: string, xml: string): Generator<ArticleReadResult> {
  const feed = readFeed(xml);
  for (const diagnostic of feed.diagnostics) {
    if (diagnostic.severity !== 'info') yield problem(`${path}#feed`, diagnostic.code, diagnostic.message);
  }
  for (const [index, item] of feed.items.entries()) {
    const location = `${path}#${index + 1}`;
    const article = item.html !== undefined ? extractArticle(item.html, { fragment: true }) : null;
    const text = article ? article.text : (item.text ?? '');
    if (text.trim() === '') {
      yield problem(location, 'no-text', `item ${index + 1} has no text`);
      continue;
    }
    yield {
      kind: 'article',
      location,
      ...(item.id ? { id: item.id } : {}),
      ...(item.url ? { url: item.url } : {}),
      ...(item.title ? { title: item.title } : {}),
      ...(item.date ? { date: item.date } : {}),
      ...(item.byline ? { byline: item.byline } : {}),
      text,
      ...(article ? { sourceMap: article.sourceMap } : {}),
      diagnostics: article ? article.diagnostics : [],
    };
  }
}

async function* readJsonl(path: string): AsyncGenerator<ArticleReadResult> {
  const file = createReadStream(path);
  const input = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
  let streamError: Error | null = null;
  // Errors of either stream (unreadable file, corrupt gzip) end the lines; report them once at the end.
  file.on('error', (error) => (streamError = error));
  input.on('error', (error: Error) => (streamError = error));
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      yield readJsonlRecord(line.replace(/^\uFEFF/, ''), `${path}:${lineNumber}`);
    }
  } catch (error) {
    streamError = error as Error;
  }
  if (streamError) yield problem(`${path}:${lineNumber + 1}`, 'unreadable', `reading stopped: ${(streamError as Error).message}`);
}
