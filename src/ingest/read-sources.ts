/**
 * Reading ingest inputs: files, directories (recursively, in name order), JSONL, HTML and feeds.
 * Each item keeps its location (`path`, `path:line`, `path#item`) so a malformed one is reported
 * and skipped while the rest continue.
 */
import type { ProblemCode } from '../diagnostics.js';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticles } from '../extract/read-articles.js';
import type { ArticleReadResult } from '../extract/types.js';
import type { ArticleInput } from '../store/types.js';
import type { Diagnostic } from '../types.js';

/** Largest file or JSONL line read, in bytes (analyze() refuses longer texts anyway). */
export const MAX_ITEM_BYTES = 20_000_000;

/** Article metadata that may come with an item. */
export type ArticleMeta = Omit<ArticleInput, 'text'>;

/** One item read from the inputs: plain text, HTML still to extract, or a problem with its location. */
export type SourceItem =
  | { kind: 'text'; location: string; article: ArticleInput; diagnostics: Diagnostic[] }
  | { kind: 'html'; location: string; html: Uint8Array; filename: string; meta: ArticleMeta }
  | { kind: 'problem'; location: string; code: ProblemCode; message: string };

/** How a file is read, decided by its name. */
export type FileFormat = 'text' | 'jsonl' | 'html' | 'feed';

/** The format of a file by its extension, or null when ingest does not read it. */
export function fileFormat(path: string): FileFormat | null {
  const name = path.toLowerCase();
  if (name.endsWith('.txt')) return 'text';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (/\.html?(?:\.gz)?$/.test(name)) return 'html';
  if (/\.(?:rss|atom|xml)$/.test(name)) return 'feed';
  return null;
}

/** Every readable file under the given paths: named files as they are, directories walked recursively in name order. */
export async function* listFiles(paths: readonly string[]): AsyncGenerator<{ path: string; named: boolean } | { problem: SourceItem & { kind: 'problem' } }> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { problem: { kind: 'problem', location: path, code: 'unreadable', message: (error as Error).message } };
      continue;
    }
    if (info.isDirectory()) yield* walk(path);
    else yield { path, named: true };
  }
}

async function* walk(directory: string): AsyncGenerator<{ path: string; named: boolean } | { problem: SourceItem & { kind: 'problem' } }> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield { problem: { kind: 'problem', location: directory, code: 'unreadable', message: (error as Error).message } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && fileFormat(path) !== null) yield { path, named: false };
  }
}

function optionalString(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && key === 'id') return String(value);
  return undefined;
}

/** Metadata fields of a JSON record (id may be a number; outlet may be called publisher). */
export function recordMeta(record: Record<string, unknown>): ArticleMeta {
  const meta: ArticleMeta = {};
  const id = optionalString(record, 'id');
  const url = optionalString(record, 'url');
  const title = optionalString(record, 'title');
  const byline = optionalString(record, 'byline');
  const outlet = optionalString(record, 'outlet') ?? optionalString(record, 'publisher');
  const date = optionalString(record, 'date');
  if (id !== undefined) meta.id = id;
  if (url !== undefined) meta.url = url;
  if (title !== undefined) meta.title = title;
  if (byline !== undefined) meta.byline = byline;
  if (outlet !== undefined) meta.outlet = outlet;
  if (date !== undefined) meta.date = date;
  return meta;
}

/** Turn one JSONL line into an item (a problem when it is not an object with a string text or html). */
export function parseJsonlLine(line: string, location: string): SourceItem {
  if (line.length > MAX_ITEM_BYTES) return { kind: 'problem', location, code: 'too-large', message: `the line is longer than ${MAX_ITEM_BYTES} characters` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { kind: 'problem', location, code: 'invalid-json', message: (error as Error).message };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { kind: 'problem', location, code: 'not-an-object', message: 'the line is not a JSON object' };
  const record = parsed as Record<string, unknown>;
  const meta = recordMeta(record);
  if (typeof record.text === 'string') {
    if (record.text.trim() === '') return { kind: 'problem', location, code: 'empty', message: 'the text is empty' };
    return { kind: 'text', location, article: { ...meta, text: record.text }, diagnostics: [] };
  }
  if (typeof record.html === 'string') return { kind: 'html', location, html: Buffer.from(record.html, 'utf8'), filename: `${location}.html`, meta };
  return { kind: 'problem', location, code: 'no-text', message: 'the object has no string `text` or `html`' };
}

/** Lines of a file as UTF-8 text; a line longer than `maxBytes` is dropped unread (null) instead of filling memory. */
export async function* readLines(path: string, maxBytes: number): AsyncGenerator<string | null> {
  const decoder = new TextDecoder('utf-8');
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  for await (const chunk of createReadStream(path)) {
    let bytes = chunk as Buffer;
    for (let newline = bytes.indexOf(0x0a); newline >= 0; newline = bytes.indexOf(0x0a)) {
      const piece = bytes.subarray(0, newline);
      if (oversized || pendingBytes + piece.length > maxBytes) yield null;
      else yield decoder.decode(Buffer.concat([...pending, piece])).replace(/\r$/, '');
      pending = [];
      pendingBytes = 0;
      oversized = false;
      bytes = bytes.subarray(newline + 1);
    }
    if (!oversized && pendingBytes + bytes.length > maxBytes) {
      oversized = true;
      pending = [];
    }
    if (!oversized) {
      pending.push(bytes);
      pendingBytes += bytes.length;
    }
  }
  if (oversized) yield null;
  else if (pendingBytes > 0) yield decoder.decode(Buffer.concat(pending)).replace(/\r$/, '');
}

async function* readJsonl(path: string): AsyncGenerator<SourceItem> {
  let number = 0;
  try {
    for await (const line of readLines(path, MAX_ITEM_BYTES)) {
      number++;
      if (line === null) yield { kind: 'problem', location: `${path}:${number}`, code: 'too-large', message: `the line is longer than ${MAX_ITEM_BYTES} bytes` };
      else if (line.trim() !== '') yield parseJsonlLine(line, `${path}:${number}`);
    }
  } catch (error) {
    yield { kind: 'problem', location: `${path}:${number + 1}`, code: 'unreadable', message: (error as Error).message };
  }
}

function fromReadResult(result: ArticleReadResult): SourceItem {
  if (result.kind === 'problem') return { kind: 'problem', location: result.location, code: result.code, message: result.message };
  const article: ArticleInput = { text: result.text };
  for (const field of ['id', 'url', 'title', 'byline', 'date'] as const) {
    const value = result[field];
    if (value !== undefined) article[field] = value;
  }
  return { kind: 'text', location: result.location, article, diagnostics: result.diagnostics };
}

/**
 * Read every item of the given paths in order; problems are yielded, never thrown. JSONL is read
 * here (it carries an outlet, and its HTML is extracted in the workers); every other file goes
 * through the extractor's readArticles (text, HTML, gzip, RSS/Atom, formats sniffed by content).
 */
export async function* readSources(paths: readonly string[]): AsyncGenerator<SourceItem> {
  for await (const entry of listFiles(paths)) {
    if ('problem' in entry) {
      yield entry.problem;
      continue;
    }
    if (fileFormat(entry.path) === 'jsonl') {
      yield* readJsonl(entry.path);
      continue;
    }
    for await (const result of readArticles(entry.path, { maxFileBytes: MAX_ITEM_BYTES })) yield fromReadResult(result);
  }
}

/** Count the items the paths hold (files, non-empty JSONL lines) for the progress bar; cheap, reads no JSON. */
export async function countSources(paths: readonly string[]): Promise<number> {
  let count = 0;
  for await (const entry of listFiles(paths)) {
    if ('problem' in entry) continue;
    if (fileFormat(entry.path) !== 'jsonl') {
      count++;
      continue;
    }
    try {
      count += await countLines(entry.path);
    } catch {
      count++;
    }
  }
  return count;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let lastByte = 0x0a;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let index = bytes.indexOf(0x0a); index >= 0; index = bytes.indexOf(0x0a, index + 1)) lines++;
    if (bytes.length > 0) lastByte = bytes[bytes.length - 1] ?? 0x0a;
  }
  return lastByte === 0x0a ? lines : lines + 1;
}
