import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { analyze } from '../analyze.js';
import { openStore } from '../store/open.js';
import type { CallRecord, ContradictionRecord, Dossier, Page, Stats, Store, TimelineEntry } from '../store/types.js';
import { createInlineRunner } from './analysis-runner.js';
import { createApp } from './app.js';

const SEED_TEXT = readFileSync(new URL('../../../shared/data/seed/article.txt', import.meta.url), 'utf8');
const DENIAL_TEXT = '"I did not have communications with the Russians," Jeff Sessions said at his hearing.';
const FACT_TEXT = 'Jeff Sessions met twice last year with Russian ambassador Sergey Kislyak, the Justice Department confirmed.';

async function json<T>(app: Hono, path: string, status = 200): Promise<T> {
  const response = await app.request(path);
  assert.equal(response.status, status, `${path} answered ${response.status}`);
  return (await response.json()) as T;
}

describe('HTTP API: timelines, calls, contradictions and sourcing', () => {
  let store: Store;
  let app: Hono;

  before(async () => {
    store = await openStore(':memory:');
    await store.saveArticle({ id: 'seed', text: SEED_TEXT, date: '2017-03-02', outlet: 'Business Insider' }, analyze({ text: SEED_TEXT, date: '2017-03-02', id: 'seed' }));
    await store.saveArticle({ id: 'hearing', text: DENIAL_TEXT, date: '2017-01-10', outlet: 'AP' }, analyze({ text: DENIAL_TEXT, date: '2017-01-10', id: 'hearing' }));
    await store.saveArticle({ id: 'report', text: FACT_TEXT, date: '2017-03-01', outlet: 'Reuters' }, analyze({ text: FACT_TEXT, date: '2017-03-01', id: 'report' }));
    app = createApp({ store, runner: createInlineRunner(), webRoot: null, rateLimit: false, log: () => undefined });
  });
  after(async () => {
    await store.close();
  });

  it('searches calls by actor and target with the agreed record shape', async () => {
    const page = await json<Page<CallRecord>>(app, '/api/calls?actor=Schumer&target=Sessions');
    assert.deepEqual(page.items.map((call) => call.action), ['resign']);
    const call = page.items[0];
    assert.ok(call);
    assert.deepEqual(Object.keys(call).sort(), ['action', 'actor', 'articleId', 'conditional', 'date', 'evidence', 'id', 'negated', 'outlet', 'stance', 'target']);
    assert.equal(call.actor.name, 'Charles Schumer');
    assert.equal(typeof call.actor.personId, 'string');
    assert.equal(call.evidence.text, SEED_TEXT.slice(call.evidence.start, call.evidence.end));
    assert.equal(page.nextCursor, null);
  });

  it('pages calls with a cursor and filters by article date', async () => {
    const first = await json<Page<CallRecord>>(app, '/api/calls?limit=3');
    assert.equal(first.items.length, 3);
    assert.ok(first.nextCursor);
    const second = await json<Page<CallRecord>>(app, `/api/calls?limit=3&cursor=${encodeURIComponent(first.nextCursor)}`);
    assert.equal(new Set([...first.items, ...second.items].map((call) => call.id)).size, 6);
    assert.equal((await json<Page<CallRecord>>(app, '/api/calls?from=2017-03-03')).items.length, 0);
  });

  it('validates call and contradiction queries with 400s', async () => {
    for (const path of ['/api/calls?speaker=x', '/api/calls?from=yesterday', '/api/calls?from=2017-03-05&to=2017-03-01', '/api/calls?limit=0', '/api/calls?cursor=forged', '/api/contradictions?q=x', '/api/people/seed/timeline?limit=1000']) {
      const body = await json<{ error: { code: string } }>(app, path, 400);
      // A forged cursor is the store's INVALID_OPTION; both are 400s.
      assert.ok(['INVALID_INPUT', 'INVALID_OPTION'].includes(body.error.code), path);
    }
  });

  it('lists contradictions in the article and across articles for a person', async () => {
    const page = await json<Page<ContradictionRecord>>(app, '/api/contradictions?person=Sessions&limit=100');
    const scopes = new Set(page.items.map((item) => item.scope));
    assert.deepEqual([...scopes].sort(), ['article', 'corpus']);
    const across = page.items.find((item) => item.scope === 'corpus' && item.statement.articleId === 'hearing' && item.conflictsWith.articleId === 'report');
    assert.ok(across);
    assert.equal(across.statement.text, DENIAL_TEXT.slice(across.statement.start, across.statement.end));
    assert.equal(across.person.name, 'Jeff Sessions');
    assert.deepEqual((await json<Page<ContradictionRecord>>(app, '/api/contradictions?person=Pelosi')).items, []);
  });

  it("answers a person's timeline, and 404 for nobody", async () => {
    const page = await json<Page<TimelineEntry>>(app, '/api/people/Jeff%20Sessions/timeline');
    assert.ok(page.items.some((entry) => entry.articleId === 'report' && entry.action === 'met' && entry.role === 'actor' && entry.date === '2016'));
    assert.ok(page.items.every((entry) => 'date' in entry && typeof entry.start === 'number'));
    const body = await json<{ error: { code: string } }>(app, '/api/people/Nobody%20Atall/timeline', 404);
    assert.equal(body.error.code, 'NOT_FOUND');
  });

  it('puts the timeline, calls and contradictions in the dossier and sourcing in the stats', async () => {
    const dossier = await json<Dossier>(app, '/api/people/Jeff%20Sessions');
    assert.ok(dossier.timeline.length > 0);
    assert.ok(dossier.calls.received.some((call) => call.actor.name === 'Nancy Pelosi'));
    assert.deepEqual(dossier.calls.made.filter((call) => call.target.name === 'Jeff Sessions'), []);
    assert.ok(dossier.contradictions.some((item) => item.scope === 'corpus'));
    const stats = await json<Stats>(app, '/api/stats');
    assert.equal(stats.sourcing.articles, 3);
    assert.ok(stats.sourcing.namedSources > 0 && stats.sourcing.mediaAttributions >= 5);
  });
});
