/** GET routes over the corpus store: articles, quotations, people, dossiers, timelines, calls, contradictions and statistics. */
import type { Hono } from 'hono';
import { WhosaidError } from '../../errors.js';
import type { ArticleRecord } from '../../store/types.js';
import type { ServerContext } from '../context.js';
import { checkRange, readCursor, readDate, readId, readLimit, readQuery } from '../query.js';

/** How many characters of an article's text a listing shows. */
const EXCERPT_LENGTH = 280;

/** An article in a listing: metadata and an excerpt instead of the whole text. */
export interface ArticleSummary extends Omit<ArticleRecord, 'text' | 'contentHash'> {
  excerpt: string;
  length: number;
}

function summarize(article: ArticleRecord): ArticleSummary {
  const { text, contentHash: _hash, ...metadata } = article;
  return { ...metadata, excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text, length: text.length };
}

/** Register the read-only corpus routes. */
export function registerCorpusRoutes(app: Hono, context: ServerContext): void {
  const { store } = context;

  app.get('/api/articles', async (c) => {
    const query = readQuery(c.req.url, ['q', 'outlet', 'from', 'to', 'limit', 'cursor']);
    const from = readDate('from', query.from);
    const to = readDate('to', query.to);
    checkRange(from, to);
    const cursor = readCursor(query.cursor);
    const page = await store.listArticles({ q: query.q, outlet: query.outlet, from, to, limit: readLimit(query.limit), cursor });
    return c.json({ items: page.items.map(summarize), nextCursor: page.nextCursor });
  });

  app.get('/api/articles/:id', async (c) => {
    const found = await store.getArticle(readId(c.req.param('id')));
    if (!found) throw new WhosaidError('NOT_FOUND', 'no article with this id');
    const { contentHash: _hash, ...article } = found.article;
    return c.json({ article, analysis: found.analysis });
  });

  app.get('/api/quotes', async (c) => {
    const query = readQuery(c.req.url, ['q', 'speaker', 'about', 'outlet', 'from', 'to', 'limit', 'cursor']);
    const from = readDate('from', query.from);
    const to = readDate('to', query.to);
    checkRange(from, to);
    const cursor = readCursor(query.cursor);
    return c.json(await store.searchQuotes({ q: query.q, speaker: query.speaker, about: query.about, outlet: query.outlet, from, to, limit: readLimit(query.limit), cursor }));
  });

  app.get('/api/people', async (c) => {
    const query = readQuery(c.req.url, ['q', 'limit', 'cursor']);
    const cursor = readCursor(query.cursor);
    return c.json(await store.listPeople({ q: query.q, limit: readLimit(query.limit), cursor }));
  });

  app.get('/api/people/:id', async (c) => {
    const dossier = await store.dossier(readId(c.req.param('id')));
    if (!dossier) throw new WhosaidError('NOT_FOUND', 'no person with this id or name');
    return c.json(dossier);
  });

  app.get('/api/people/:id/timeline', async (c) => {
    const query = readQuery(c.req.url, ['limit', 'cursor']);
    const cursor = readCursor(query.cursor);
    const page = await store.timeline(readId(c.req.param('id')), { limit: readLimit(query.limit), cursor });
    if (!page) throw new WhosaidError('NOT_FOUND', 'no person with this id or name');
    return c.json(page);
  });

  app.get('/api/calls', async (c) => {
    const query = readQuery(c.req.url, ['actor', 'target', 'action', 'from', 'to', 'limit', 'cursor']);
    const from = readDate('from', query.from);
    const to = readDate('to', query.to);
    checkRange(from, to);
    const cursor = readCursor(query.cursor);
    return c.json(await store.searchCalls({ actor: query.actor, target: query.target, action: query.action, from, to, limit: readLimit(query.limit), cursor }));
  });

  app.get('/api/contradictions', async (c) => {
    const query = readQuery(c.req.url, ['person', 'limit', 'cursor']);
    const cursor = readCursor(query.cursor);
    return c.json(await store.searchContradictions({ person: query.person, limit: readLimit(query.limit), cursor }));
  });

  app.get('/api/stats', async (c) => c.json(await context.stats.get()));

  app.get('/api/health', (c) => {
    const threads = context.runner.threads();
    return c.json({ ok: true, pending: context.runner.load(), analysisThreads: threads.total, analysisThreadsReady: threads.ready });
  });
}
