import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze, analyzeDocument } from '../analyze.js';
import { WhosaidError } from '../errors.js';
import type { Analysis } from '../types.js';
import { contentHash } from './article-id.js';
import { migrate } from './migrate.js';
import { openStore } from './open.js';
import { MIGRATIONS } from './schema.js';
import { openSqliteDatabase } from './sqlite-database.js';
import { prepareRows } from './save-article.js';
import { storeBackends, withTestStore } from '../../test/store-backends.js';

const SEED_TEXT = readFileSync(new URL('../../../shared/data/seed/article.txt', import.meta.url), 'utf8');
const SEED = { id: 'seed', text: SEED_TEXT, date: '2017-03-02', outlet: 'Business Insider', title: 'Sessions under fire' };
const SEED_ANALYSIS = analyze({ text: SEED_TEXT, date: SEED.date, id: SEED.id });

const DENIAL_TEXT = 'Attorney General Jeff Sessions testified in January. "I did not have communications with the Russians," Sessions said at his hearing.';
const FACT_TEXT = 'Jeff Sessions met twice last year with Russian ambassador Sergey Kislyak, the Justice Department confirmed.';
const OTHER_PERSON_TEXT = 'Michael Flynn met twice last year with Russian ambassador Sergey Kislyak.';

function article(id: string, text: string, date: string, outlet = 'Wire'): { article: { id: string; text: string; date: string; outlet: string }; analysis: Analysis } {
  return { article: { id, text, date, outlet }, analysis: analyze({ text, date, id }) };
}

const backends = storeBackends('rows_test');

for (const backend of backends) {
  describe(`events, calls, contradictions and sourcing on ${backend.name}`, () => {
    test('the seed article stores its six calls for resignation and recusal with the actors as corpus people', async () => {
      await withTestStore(backend, async (store) => {
        await store.saveArticle(SEED, SEED_ANALYSIS);
        const toSessions = (await store.searchCalls({ target: 'Sessions', limit: 100 })).items;
        const summary = (actor: string): string[] => toSessions.filter((call) => call.actor.name === actor)
          .map((call) => `${call.negated ? 'not ' : ''}${call.action}${call.conditional ? ' (if)' : ''}`);
        assert.deepEqual(summary('Charles Schumer'), ['resign']);
        assert.deepEqual(summary('Nancy Pelosi'), ['resign']);
        assert.deepEqual(summary('Elijah Cummings'), ['resign']);
        assert.deepEqual(summary('Paul Ryan'), ['recuse himself (if)']);
        assert.deepEqual(summary('Donald Trump'), ['not recuse himself']);
        assert.equal(summary('Kevin McCarthy')[0]?.startsWith('not participate'), true);
        const schumer = toSessions.find((call) => call.actor.name === 'Charles Schumer');
        assert.ok(schumer?.actor.personId && schumer.target.personId);
        assert.equal(SEED_TEXT.slice(schumer.evidence.start, schumer.evidence.end), schumer.evidence.text);
        assert.equal(schumer.outlet, 'Business Insider');
        assert.equal(schumer.date, '2017-03-02');
        assert.equal(schumer.articleTitle, 'Sessions under fire');
      });
    });

    test('calls filter by actor, action and date and page with a cursor', async () => {
      await withTestStore(backend, async (store) => {
        await store.saveArticle(SEED, SEED_ANALYSIS);
        assert.deepEqual((await store.searchCalls({ actor: 'pelosi' })).items.map((call) => call.action), ['resign']);
        const recusals = (await store.searchCalls({ action: 'recuse', limit: 100 })).items;
        assert.ok(recusals.length >= 3 && recusals.every((call) => call.action.includes('recuse')));
        assert.equal((await store.searchCalls({ from: '2017-03-03' })).items.length, 0);
        assert.equal((await store.searchCalls({ to: '2017-03' })).items.length, SEED_ANALYSIS.calls.length > 20 ? 20 : SEED_ANALYSIS.calls.length);
        const first = await store.searchCalls({ limit: 5 });
        assert.ok(first.nextCursor);
        const second = await store.searchCalls({ limit: 5, cursor: first.nextCursor });
        assert.equal(new Set([...first.items, ...second.items].map((call) => call.id)).size, 10);
        await assert.rejects(store.searchCalls({ cursor: 'forged' }), (error: unknown) => error instanceof WhosaidError && error.code === 'INVALID_OPTION');
      });
    });

    test("the seed article's denial-versus-meeting contradictions are stored for Sessions", async () => {
      await withTestStore(backend, async (store) => {
        await store.saveArticle(SEED, SEED_ANALYSIS);
        const found = (await store.searchContradictions({ person: 'Sessions' })).items;
        assert.equal(found.length, SEED_ANALYSIS.contradictions.length);
        assert.ok(found.length >= 1);
        const testimony = found.find((c) => c.statement.text === 'I did not have communications with the Russians');
        assert.ok(testimony);
        assert.equal(testimony.scope, 'article');
        assert.equal(testimony.person.name, 'Jeff Sessions');
        assert.ok(testimony.person.personId);
        assert.equal(testimony.conflictsWith.articleId, 'seed');
        assert.match(testimony.conflictsWith.text, /met with Kislyak/);
        assert.equal((await store.searchContradictions({ person: 'Pelosi' })).items.length, 0);
      });
    });

    test("a denial in one article and the act in another make one corpus contradiction, whichever is saved first", async () => {
      for (const order of [['denial', 'fact'], ['fact', 'denial']]) {
        await withTestStore(backend, async (store) => {
          const items = { denial: article('hearing', DENIAL_TEXT, '2017-01-10'), fact: article('report', FACT_TEXT, '2017-03-01') };
          for (const name of order) {
            const item = items[name as 'denial' | 'fact'];
            await store.saveArticle(item.article, item.analysis);
          }
          const found = (await store.searchContradictions({ person: 'Jeff Sessions' })).items.filter((c) => c.scope === 'corpus');
          assert.equal(found.length, 1, `saved ${order.join(' then ')}`);
          assert.equal(found[0]?.statement.articleId, 'hearing');
          assert.equal(found[0]?.statement.text, DENIAL_TEXT.slice(found[0]?.statement.start, found[0]?.statement.end));
          assert.equal(found[0]?.conflictsWith.articleId, 'report');
          assert.match(found[0]?.conflictsWith.text ?? '', /met twice last year with Russian ambassador/);
          assert.ok(found[0]?.person.personId);
        });
      }
    });

    test('corpus contradictions are replaced, not repeated, when an article is re-analyzed, and another person never pairs', async () => {
      await withTestStore(backend, async (store) => {
        const denial = article('hearing', DENIAL_TEXT, '2017-01-10');
        const fact = article('report', FACT_TEXT, '2017-03-01');
        const flynn = article('flynn', OTHER_PERSON_TEXT, '2017-02-01');
        for (const item of [denial, fact, flynn]) await store.saveArticle(item.article, item.analysis);
        await store.saveArticle(fact.article, { ...fact.analysis, analyzer: 'next-version' });
        await store.saveArticle(denial.article, { ...denial.analysis, analyzer: 'next-version' });
        const corpus = (await store.searchContradictions({})).items.filter((c) => c.scope === 'corpus');
        assert.deepEqual(corpus.map((c) => `${c.statement.articleId}>${c.conflictsWith.articleId}`), ['hearing>report']);
      });
    });

    test("a person's timeline lists the events they act in, oldest first, and those they take part in", async () => {
      await withTestStore(backend, async (store) => {
        await store.saveArticle(SEED, SEED_ANALYSIS);
        const fact = article('report', FACT_TEXT, '2017-03-01', 'Reuters');
        await store.saveArticle(fact.article, fact.analysis);
        const page = await store.timeline('Jeff Sessions');
        assert.ok(page);
        const dated = page.items.filter((entry) => entry.date !== null).map((entry) => entry.date ?? '');
        assert.deepEqual(dated, [...dated].sort((a, b) => a.slice(0, 10).localeCompare(b.slice(0, 10))));
        const meetings = page.items.filter((entry) => entry.action === 'met');
        assert.deepEqual(meetings.map((entry) => [entry.articleId, entry.role, entry.date]).sort(), [['report', 'actor', '2016'], ['seed', 'actor', '2016']]);
        assert.equal(page.items.find((entry) => entry.articleId === 'report')?.outlet, 'Reuters');
        const kislyak = await store.timeline('Sergey Kislyak');
        assert.ok(kislyak?.items.some((entry) => entry.role === 'participant' && entry.action === 'met'));
        assert.equal(await store.timeline('Nobody Atall'), null);
        const paged = await store.timeline('Jeff Sessions', { limit: 2 });
        assert.equal(paged?.items.length, 2);
        assert.ok(paged?.nextCursor);
      });
    });

    test('the dossier carries the timeline, calls made and received, and contradictions', async () => {
      await withTestStore(backend, async (store) => {
        await store.saveArticle(SEED, SEED_ANALYSIS);
        const sessions = await store.dossier('Jeff Sessions');
        assert.ok(sessions);
        assert.ok(sessions.timeline.length > 0);
        assert.ok(sessions.calls.received.some((call) => call.actor.name === 'Charles Schumer' && call.action === 'resign'));
        assert.ok(sessions.contradictions.length >= 1);
        const schumer = await store.dossier('Charles Schumer');
        assert.ok(schumer?.calls.made.some((call) => call.target.name === 'Jeff Sessions'));
        assert.deepEqual(schumer?.calls.received, []);
      });
    });

    test('re-analysis replaces the calls, events and sourcing of an article', async () => {
      await withTestStore(backend, async (store) => {
        await store.saveArticle(SEED, SEED_ANALYSIS);
        const before = await store.stats();
        await store.saveArticle(SEED, { ...SEED_ANALYSIS, analyzer: 'next-version', calls: SEED_ANALYSIS.calls.slice(0, 2), events: [] });
        assert.equal((await store.searchCalls({ limit: 100 })).items.length, 2);
        assert.deepEqual((await store.timeline('Jeff Sessions'))?.items, []);
        assert.deepEqual((await store.stats()).sourcing, before.sourcing);
      });
    });

    test('rows prepared off-thread store the same calls and contradictions', async () => {
      await withTestStore(backend, async (store) => {
        await store.saveArticles([{ article: SEED, prepared: prepareRows(SEED, SEED_ANALYSIS) }]);
        assert.equal((await store.searchCalls({ limit: 100 })).items.length, SEED_ANALYSIS.calls.length);
        assert.equal((await store.searchContradictions({})).items.length, SEED_ANALYSIS.contradictions.length);
      });
    });

    test('merging and splitting people moves their calls, events and contradictions', async () => {
      await withTestStore(backend, async (store) => {
        await store.saveArticle(SEED, SEED_ANALYSIS);
        const fact = article('report', FACT_TEXT, '2017-03-01');
        await store.saveArticle(fact.article, fact.analysis);
        const sessions = (await store.dossier('Jeff Sessions'))?.person;
        const schumer = (await store.dossier('Charles Schumer'))?.person;
        assert.ok(sessions && schumer);
        await store.mergePeople(sessions.id, schumer.id);
        const merged = await store.dossier(sessions.id);
        assert.ok(merged?.calls.made.some((call) => call.actor.name === 'Charles Schumer'));
        assert.equal((await store.searchCalls({ actor: schumer.id })).items.length, 0);
        const splitId = await store.splitPerson(sessions.id, 'report');
        assert.ok((await store.timeline(splitId))?.items.every((entry) => entry.articleId === 'report'));
        assert.ok((await store.timeline(sessions.id))?.items.every((entry) => entry.articleId === 'seed'));
      });
    });

    test('stats sum the sourcing profiles of the articles', async () => {
      await withTestStore(backend, async (store) => {
        const empty = await store.stats();
        assert.deepEqual(empty.sourcing, { articles: 0, namedSources: 0, anonymousSources: 0, hedges: 0, mediaAttributions: 0, unattributedShare: 0 });
        await store.saveArticle(SEED, SEED_ANALYSIS);
        const fact = article('report', FACT_TEXT, '2017-03-01');
        await store.saveArticle(fact.article, fact.analysis);
        const profiles = [SEED_ANALYSIS.sourcing, fact.analysis.sourcing];
        const { sourcing } = await store.stats();
        assert.equal(sourcing.articles, 2);
        assert.equal(sourcing.namedSources, profiles.reduce((sum, profile) => sum + (profile?.namedSources ?? 0), 0));
        assert.equal(sourcing.anonymousSources, profiles.reduce((sum, profile) => sum + (profile?.anonymousSources ?? 0), 0));
        assert.equal(sourcing.hedges, profiles.reduce((sum, profile) => sum + (profile?.hedges.length ?? 0), 0));
        assert.equal(sourcing.mediaAttributions, profiles.reduce((sum, profile) => sum + (profile?.mediaAttributions.length ?? 0), 0));
        const share = profiles.reduce((sum, profile) => sum + (profile?.unattributedClaimShare ?? 0), 0) / 2;
        assert.ok(Math.abs(sourcing.unattributedShare - share) < 1e-9);
        assert.ok(sourcing.mediaAttributions >= 5);
      });
    });
  });
}

test('articles stored before migration 6 are marked so that the next ingest analyzes them again and fills the new tables', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'whosaid-migration-6-'));
  try {
    const path = join(directory, 'old.db');
    const old = openSqliteDatabase(path);
    await migrate(old, MIGRATIONS.filter((migration) => migration.version < 6));
    await old.run(`INSERT INTO articles (id, text, content_hash, analyzer, ingested_at) VALUES ('seed', ?, ?, ?, '2026-11-28T00:00:00Z')`, [SEED_TEXT, contentHash(SEED_TEXT), SEED_ANALYSIS.analyzer]);
    await old.run(`INSERT INTO analyses (article_id, analyzer, schema_version, json) VALUES ('seed', ?, 1, '{}')`, [SEED_ANALYSIS.analyzer]);
    await old.close();
    const store = await openStore(path);
    try {
      assert.equal((await store.articleState('seed'))?.analyzer, `before-migration-6:${SEED_ANALYSIS.analyzer}`);
      assert.equal(await store.hasArticle(contentHash(SEED_TEXT), SEED_ANALYSIS.analyzer), false);
      assert.equal((await store.saveArticle(SEED, SEED_ANALYSIS)).status, 'reanalyzed');
      assert.equal((await store.searchCalls({ limit: 100 })).items.length, SEED_ANALYSIS.calls.length);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('rows prepared with analyze()\'s working document equal rows prepared from the analysis alone', () => {
  // The worker passes the document so corpus claims reuse its segmentation; the rows must not change.
  const texts = [SEED_TEXT, ...readFileSync(new URL('../../../shared/data/news/bbc.jsonl', import.meta.url), 'utf8').split('\n').slice(0, 60).filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text)];
  let claims = 0;
  for (const text of texts) {
    const { analysis, document } = analyzeDocument({ text, date: '2017-03-02' });
    const article = { id: 'x', text };
    const withDocument = prepareRows(article, analysis, document);
    assert.deepEqual(withDocument, prepareRows(article, analysis));
    claims += withDocument.rows.claims.length;
  }
  // The seed article's denial and its meetings are corpus claims, so the comparison covers some.
  assert.ok(claims > 0);
});
