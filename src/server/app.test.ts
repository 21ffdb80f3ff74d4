import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { createInlineRunner } from './analysis-runner.js';
import { createApp, type AppDeps } from './app.js';

const ARTICLE = 'WASHINGTON — "We will not back down," Senator Jane Doe said on Tuesday.\n\nThe vote is expected next week, officials said.';

function post(app: Hono, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }));
}

function get(app: Hono, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request(path, { headers }));
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return body.error;
}

describe('HTTP API', () => {
  let store: Store;
  const logged: string[] = [];
  const build = (overrides: Partial<AppDeps> = {}): Hono => createApp({ store, runner: createInlineRunner(), webRoot: null, rateLimit: false, log: (message) => logged.push(message), ...overrides });

  before(async () => {
    store = await openStore(':memory:');
  });
  after(async () => {
    await store.close();
  });

  it('analyzes posted text and returns the Analysis with the text unchanged', async () => {
    const response = await post(build(), '/api/analyze', { text: ARTICLE, date: '2017-03-02' });
    assert.equal(response.status, 200);
    const analysis = (await response.json()) as { text: string; date: string; sentences: unknown[] };
    assert.equal(analysis.text, ARTICLE);
    assert.equal(analysis.date, '2017-03-02');
    assert.ok(analysis.sentences.length >= 2);
  });

  it('extracts the article from posted HTML before analyzing it', async () => {
    const html = '<!doctype html><html><head><title>Council vote</title><script>var tracking = 1;</script></head><body><nav>Home | News</nav><article><h1>Council vote</h1><p>"We will vote on Tuesday," the mayor said. The council has met every week since the spring, and the budget has been debated at length by members.</p><p>The vote follows months of debate over the city budget, which critics said was too large and supporters said was overdue.</p></article></body></html>';
    const response = await post(build(), '/api/analyze', { html });
    assert.equal(response.status, 200);
    const analysis = (await response.json()) as { text: string };
    assert.match(analysis.text, /We will vote on Tuesday/);
    assert.doesNotMatch(analysis.text, /<p>|tracking/);
  });

  it('answers malformed JSON with 400 INVALID_INPUT', async () => {
    const response = await post(build(), '/api/analyze', '{"text": ');
    assert.equal(response.status, 400);
    assert.equal((await errorOf(response)).code, 'INVALID_INPUT');
  });

  it('names an unknown field in the 400 message', async () => {
    const response = await post(build(), '/api/analyze', { text: 'x', colour: 'red' });
    assert.equal(response.status, 400);
    assert.match((await errorOf(response)).message, /unknown field 'colour'/);
  });

  it('refuses a body with both text and html', async () => {
    const response = await post(build(), '/api/analyze', { text: 'a', html: '<p>b</p>' });
    assert.equal(response.status, 400);
  });

  it('refuses a non-string text and an unreadable date', async () => {
    assert.equal((await post(build(), '/api/analyze', { text: 42 })).status, 400);
    const response = await post(build(), '/api/analyze', { text: 'a', date: 'yesterday' });
    assert.equal(response.status, 400);
    assert.match((await errorOf(response)).message, /'date' must be YYYY-MM-DD/);
  });

  it('refuses a body that is not UTF-8', async () => {
    const app = build();
    const response = await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x00, 0x7d]) });
    assert.equal(response.status, 400);
    assert.match((await errorOf(response)).message, /UTF-8/);
  });

  it('refuses a body that is not declared as JSON', async () => {
    const response = await post(build(), '/api/analyze', JSON.stringify({ text: 'a' }), { 'content-type': 'text/plain' });
    assert.equal(response.status, 400);
  });

  it('answers an oversized body with 413 before analyzing it', async () => {
    const response = await post(build({ maxBodyBytes: 100 }), '/api/analyze', { text: 'x'.repeat(500) });
    assert.equal(response.status, 413);
    assert.equal((await errorOf(response)).code, 'INPUT_TOO_LARGE');
  });

  it('answers an oversized streamed body without Content-Length with 413', async () => {
    const app = build({ maxBodyBytes: 1000 });
    const chunk = new TextEncoder().encode('x'.repeat(600));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    assert.equal(response.status, 413);
  });

  it('lets loopback clients ingest without a token when none is configured', async () => {
    const response = await post(build(), '/api/articles', { text: ARTICLE, id: 'loopback-1', outlet: 'Example' });
    assert.equal(response.status, 201);
    assert.equal(((await response.json()) as { id: string }).id, 'loopback-1');
  });

  it('requires the bearer token for writes when listening beyond loopback', async () => {
    const app = build({ exposed: true, token: 'sekret-token' });
    assert.equal((await post(app, '/api/articles', { text: ARTICLE })).status, 401);
    assert.equal((await post(app, '/api/articles', { text: ARTICLE }, { authorization: 'Bearer wrong' })).status, 401);
    const response = await post(app, '/api/articles', { text: `${ARTICLE} Again.`, id: 'exposed-1' }, { authorization: 'Bearer sekret-token' });
    assert.equal(response.status, 201);
  });

  it('disables writes beyond loopback when no token is configured', async () => {
    const response = await post(build({ exposed: true }), '/api/articles', { text: ARTICLE }, { authorization: 'Bearer anything' });
    assert.equal(response.status, 401);
    assert.match((await errorOf(response)).message, /WHOSAID_TOKEN/);
  });

  it('sets security headers on API answers and errors', async () => {
    for (const response of [await get(build(), '/api/stats'), await get(build(), '/api/nowhere')]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    }
  });

  it('pages through articles with an opaque cursor', async () => {
    const app = build();
    for (let i = 0; i < 3; i++) {
      const saved = await post(app, '/api/articles', { text: `Article ${i}. "Fine," Mayor Bob Stone said.`, id: `page-${i}`, outlet: 'Pager', date: `2020-01-0${i + 1}` });
      assert.ok(saved.status === 201 || saved.status === 200);
    }
    const first = (await (await get(app, '/api/articles?outlet=Pager&limit=2')).json()) as { items: Array<{ id: string; excerpt: string }>; nextCursor: string | null };
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    assert.ok(first.items[0]?.excerpt.startsWith('Article'));
    const second = (await (await get(app, `/api/articles?outlet=Pager&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)).json()) as { items: Array<{ id: string }>; nextCursor: string | null };
    assert.equal(second.items.length, 1);
    assert.equal(second.nextCursor, null);
    const ids = new Set([...first.items, ...second.items].map((item) => item.id));
    assert.equal(ids.size, 3);
  });

  it('returns a stored article with its analysis, and 404 for an unknown id', async () => {
    const app = build();
    await post(app, '/api/articles', { text: ARTICLE, id: 'fetch-me' });
    const found = (await (await get(app, '/api/articles/fetch-me')).json()) as { article: { text: string }; analysis: { text: string } };
    assert.equal(found.article.text, ARTICLE);
    assert.equal(found.analysis.text, ARTICLE);
    const missing = await get(app, '/api/articles/no-such-article');
    assert.equal(missing.status, 404);
    assert.equal((await errorOf(missing)).code, 'NOT_FOUND');
  });

  it('validates query parameters with clear 400 errors', async () => {
    const app = build();
    for (const path of ['/api/quotes?limit=0', '/api/quotes?limit=abc', '/api/quotes?from=2017-13-01', '/api/articles?colour=red', '/api/quotes?from=2020-02-01&to=2020-01-01', '/api/people?q=a&q=b', '/api/people?cursor=has%20space']) {
      const response = await get(app, path);
      assert.equal(response.status, 400, path);
      assert.equal((await errorOf(response)).code, 'INVALID_INPUT', path);
    }
  });

  it('answers a forged cursor with a 400, not a 500', async () => {
    const response = await get(build(), '/api/quotes?cursor=bm90LWEtY3Vyc29y');
    assert.equal(response.status, 400);
  });

  it('answers the read endpoints with pages', async () => {
    const app = build();
    for (const path of ['/api/quotes?q=fine', '/api/people', '/api/people?q=stone']) {
      const response = await get(app, path);
      assert.equal(response.status, 200, path);
      const body = (await response.json()) as { items: unknown[]; nextCursor: unknown };
      assert.ok(Array.isArray(body.items), path);
      assert.ok('nextCursor' in body, path);
    }
    assert.equal((await get(app, '/api/people/nobody-at-all')).status, 404);
  });

  it('rate-limits a client with 429 and Retry-After', async () => {
    const app = build({ rateLimit: { requests: 3, windowMs: 60_000 }, clientKey: () => 'one-client' });
    for (let i = 0; i < 3; i++) assert.equal((await get(app, '/api/health')).status, 200);
    const limited = await get(app, '/api/health');
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
  });

  it('hides internal errors: generic message, no stack trace, logged on the server', async () => {
    const broken: Store = { ...store, stats: async () => { throw new Error('disk on fire at /secret/path'); } };
    const response = await get(build({ store: broken }), '/api/stats');
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.doesNotMatch(text, /secret|fire|\bat \S+:\d+/);
    assert.equal((JSON.parse(text) as { error: { code: string } }).error.code, 'INTERNAL');
    assert.ok(logged.some((line) => line.includes('disk on fire')));
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await get(build(), '/api/nowhere');
    assert.equal(response.status, 404);
    assert.equal((await errorOf(response)).code, 'NOT_FOUND');
  });

  it('documents every API route in the OpenAPI document', async () => {
    const app = build();
    const document = (await (await get(app, '/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(document.openapi, /^3\./);
    const routes = app.routes.filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL');
    assert.ok(routes.length >= 9);
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      assert.ok(document.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.path} is not documented`);
    }
  });

  it('serves the built web application gzip-compressed, and says when it is not built', async () => {
    const root = mkdtempSync(join(tmpdir(), 'whosaid-web-'));
    try {
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>whosaid</title>');
      writeFileSync(join(root, 'app.js'), 'console.log(1);'.repeat(100));
      const app = build({ webRoot: root });
      const page = await get(app, '/');
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      const script = await get(app, '/app.js', { 'accept-encoding': 'gzip, br' });
      assert.equal(script.headers.get('content-encoding'), 'gzip');
      assert.equal((await get(app, '/../etc/passwd')).status, 404);
      assert.equal((await get(build({ webRoot: join(root, 'missing') }), '/')).status, 503);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
