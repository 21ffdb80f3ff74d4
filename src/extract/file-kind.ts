/** Which format a file is in: by its name first, by its first bytes when the name says nothing. */
import { looksLikeFeed } from './feed.js';
import { looksBinary } from './decode-bytes.js';

/** The formats readArticles() understands. */
export type FileKind = 'text' | 'html' | 'jsonl' | 'feed';

const BY_EXTENSION: Record<string, FileKind> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
};

/** The file's format by extension (a trailing .gz is looked through), or null when the name does not say. */
export function kindFromName(path: string): FileKind | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  if (dot <= slash + 1) return null;
  return BY_EXTENSION[name.slice(dot + 1)] ?? null;
}

/** The format the first bytes suggest: a feed, HTML, JSON lines or plain text; null for binary data. */
export function kindFromContent(head: Uint8Array): FileKind | null {
  if (looksBinary(head)) return null;
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (looksLikeFeed(text)) return 'feed';
  if (/^<(?:!doctype\s+html|html|head|body|!--)/i.test(text) || /<(?:html|body|article|p|div)[\s>]/i.test(text.slice(0, 1024))) return 'html';
  if (text.startsWith('{')) return 'jsonl';
  return 'text';
}
