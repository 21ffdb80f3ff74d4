import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { extractFromBytes } from './extract-bytes.js';

const page = (body: string, head = ''): string => `<html><head>${head}</head><body><article><p>${body}</p><p>The council met again on Tuesday and the mayor said the vote would go ahead as planned this week.</p></article></body></html>`;

test('reads gzipped HTML', () => {
  const article = extractFromBytes(gzipSync(Buffer.from(page('Gzipped story about the city budget and its many problems.'))), 'page.html.gz');
  assert.match(article.text, /Gzipped story/);
});

test('a corrupt gzip stream or a .gz name on plain bytes gives an error diagnostic, not an exception', () => {
  const corrupt = gzipSync(Buffer.from(page('x'))).subarray(0, 30);
  assert.equal(extractFromBytes(corrupt, 'page.html.gz').diagnostics[0]?.code, 'gzip-corrupt');
  assert.equal(extractFromBytes(Buffer.from(page('x')), 'page.html.gz').diagnostics[0]?.code, 'not-gzip');
});

test('Windows-1252 bytes without a declared charset are decoded with a diagnostic', () => {
  const bytes = Buffer.from(page('The caf\u00e9 owner said \u0093no\u0094 to the plan.'), 'latin1');
  const article = extractFromBytes(bytes, 'page.html');
  assert.match(article.text, /The café owner said “no” to the plan\./);
  assert.ok(article.diagnostics.some((d) => d.code === 'not-utf8'));
});

test('a declared <meta charset> is honoured', () => {
  const bytes = Buffer.from(page('Fran\u00e7ois said the d\u00e9cision was final.', '<meta charset="iso-8859-1">'), 'latin1');
  const article = extractFromBytes(bytes, 'page.html');
  assert.match(article.text, /François said the décision was final\./);
  assert.ok(!article.diagnostics.some((d) => d.code === 'not-utf8'));
});

test('a UTF-8 byte-order mark is honoured', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('Zürich officials said the plan was sound and would be adopted.'))]);
  assert.match(extractFromBytes(bytes, 'page.html').text, /Zürich officials/);
});

test('binary bytes give a binary-input diagnostic and no text', () => {
  const bytes = Buffer.from(Array.from({ length: 2000 }, (_, index) => (index * 7) % 256));
  const article = extractFromBytes(bytes, 'image.html');
  assert.equal(article.text, '');
  assert.equal(article.diagnostics[0]?.code, 'binary-input');
});
