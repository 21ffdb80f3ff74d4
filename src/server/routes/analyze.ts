/** POST /api/analyze (article → Analysis) and POST /api/articles (analyze and store): thin adapters over the analysis pool and the store. */
import type { IncomingMessage } from 'node:http';
import type { Context, Hono } from 'hono';
import { WhosaidError } from '../../errors.js';
import { checkBearerToken } from '../bearer-token.js';
import type { ServerContext } from '../context.js';
import { readBody } from '../read-body.js';
import type { AnalysisJobResult } from '../analysis-job.js';

/** Turn an error result into a typed error, logging an internal failure's detail on the server. */
function failure(result: Extract<AnalysisJobResult, { ok: false }>, context: ServerContext): WhosaidError {
  if (result.detail) context.log(`analysis failed: ${result.detail}`);
  return new WhosaidError(result.code, result.message);
}

/** The Node request behind a Hono context, when served by @hono/node-server (absent in app.request tests). */
function incomingOf(c: Context): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

/** Register the two POST routes. */
export function registerAnalyzeRoutes(app: Hono, context: ServerContext): void {
  app.post('/api/analyze', async (c) => {
    const body = await readBody(c.req.raw, context.maxBodyBytes, incomingOf(c));
    const result = await context.runner.run({ kind: 'analyze', body, maxTextLength: context.maxTextLength });
    if (!result.ok) throw failure(result, context);
    if (result.kind !== 'analyze') throw new WhosaidError('INTERNAL', 'the analysis pool answered with the wrong kind of result');
    return new Response(result.json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
  });

  app.post('/api/articles', async (c) => {
    if (context.writesNeedToken || context.writeToken) checkBearerToken(c.req.header('authorization'), context.writeToken);
    const body = await readBody(c.req.raw, context.maxBodyBytes, incomingOf(c));
    const result = await context.runner.run({ kind: 'ingest', body, maxTextLength: context.maxTextLength });
    if (!result.ok) throw failure(result, context);
    if (result.kind !== 'ingest') throw new WhosaidError('INTERNAL', 'the analysis pool answered with the wrong kind of result');
    const saved = await context.store.saveArticle(result.article, result.analysis);
    if (saved.status !== 'unchanged') context.stats.invalidate();
    return c.json({ ...saved, quotes: result.analysis.quotes.length, diagnostics: result.analysis.diagnostics }, saved.status === 'inserted' ? 201 : 200);
  });
}
