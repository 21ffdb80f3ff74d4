import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { analyze } from './analyze.js';
import { DIAGNOSTIC_CATALOG, PROBLEM_CATALOG } from './diagnostics.js';
import { ERROR_CATALOG, WhosaidError } from './errors.js';

const schema: unknown = JSON.parse(readFileSync('docs/analysis.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema as object);

test('the Analysis of a real article validates against the documented JSON Schema', () => {
  const analysis = analyze({ text: readFileSync('../shared/data/seed/article.txt', 'utf8'), date: '2017-03-02', id: 'seed', title: 'Sessions recuses himself' }, { tokens: true });
  const ok = validate(JSON.parse(JSON.stringify(analysis)));
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5)));
});

test('an empty article gives a diagnostic, not an error', () => {
  const analysis = analyze('   ');
  assert.deepEqual(analysis.diagnostics.map((d) => d.code), ['empty-input']);
  assert.ok(validate(JSON.parse(JSON.stringify(analysis))));
});

test('binary bytes decoded as text give a diagnostic and no made-up quotations', () => {
  const analysis = analyze('\u0000\u0001\u0002\u0003\u0004 binary "said" he \u0005\u0006\u0007');
  assert.ok(analysis.diagnostics.some((d) => d.code === 'binary-input'));
  assert.equal(analysis.quotes.length, 0);
});

test('a flood of one diagnostic is summarized', () => {
  const analysis = analyze('He said "a. '.repeat(200).split('. ').join('.\n\n'));
  const unclosed = analysis.diagnostics.filter((d) => d.code === 'unclosed-quote' || d.code === 'unbalanced-quote');
  assert.ok(unclosed.length <= 42);
  assert.ok(analysis.diagnostics.some((d) => /more 'unclosed-quote'/.test(d.message)));
});

test('an unreadable publication date is reported and ignored', () => {
  const analysis = analyze({ text: 'He said it would happen on Thursday.', date: 'last Tuesday' });
  assert.ok(analysis.diagnostics.some((d) => d.code === 'unreadable-date'));
  assert.equal(analysis.date, undefined);
});

test('misuse of the API throws a typed error with a stable code', () => {
  assert.throws(() => analyze({ text: 42 } as never), (error: unknown) => error instanceof WhosaidError && error.code === 'INVALID_INPUT');
  assert.throws(() => analyze('x'.repeat(11), { maxLength: 10 }), (error: unknown) => error instanceof WhosaidError && error.code === 'INPUT_TOO_LARGE' && error.status === 413);
});

test('the error catalog and docs/errors.md list the same codes', () => {
  const documented = [...readFileSync('docs/errors.md', 'utf8').matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual(documented.sort(), Object.keys(ERROR_CATALOG).sort());
});

test('the diagnostic and problem catalogs and docs/errors.md list the same codes', () => {
  const doc = readFileSync('docs/errors.md', 'utf8');
  const section = (title: string): string => doc.slice(doc.indexOf(`## ${title}`)).split(/\n## /)[0] ?? '';
  const codes = (text: string): string[] => [...text.matchAll(/^\| `([a-z][a-z0-9-]*)` \|/gm)].map((m) => m[1]!).sort();
  assert.deepEqual(codes(section('Diagnostics')), Object.keys(DIAGNOSTIC_CATALOG).sort());
  assert.deepEqual(codes(section('Problems')), Object.keys(PROBLEM_CATALOG).sort());
  const schema = JSON.parse(readFileSync('docs/analysis.schema.json', 'utf8')) as { properties: { diagnostics: { items: { properties: { code: { enum: string[] } } } } } };
  assert.deepEqual([...schema.properties.diagnostics.items.properties.code.enum].sort(), Object.keys(DIAGNOSTIC_CATALOG).sort());
});

test('tokens come with POS tags and dependencies only when asked for', () => {
  const plain = analyze('Schumer said Sessions should resign.');
  assert.equal(plain.tokens, undefined);
  const withTokens = analyze('Schumer said Sessions should resign.', { tokens: true });
  const said = withTokens.tokens?.find((t) => t.norm === 'said');
  assert.equal(said?.upos, 'VERB');
  assert.equal(said?.head, -1);
  const schumer = withTokens.tokens?.[0];
  assert.equal(schumer?.deprel, 'nsubj');
});
