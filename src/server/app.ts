/**
 * The HTTP application: JSON API under /api and the web application at /. Built without listening
 * (`createApp`), so tests drive it in-process with `app.request(...)`; `listen.ts` binds it to a port.
 */
import { Hono, type Context } from 'hono';
import { WhosaidError } from '../errors.js';
import type { Store } from '../store/types.js';
import type { AnalysisRunner } from './analysis-runner.js';
import type { ServerContext } from './context.js';
import { errorResponse } from './http-error.js';
import { openApiDocument } from './openapi.js';
import { createRateLimiter, RateLimitedError, type RateLimitOptions } from './rate-limit.js';
import { registerAnalyzeRoutes } from './routes/analyze.js';
import { registerCorpusRoutes } from './routes/corpus.js';
import { securityHeaders } from './security-headers.js';
import { createStatsCache } from './stats-cache.js';
import { defaultWebRoot, loadStaticFiles, staticResponse } from './static-files.js';

/** What the app is built from. */
export interface AppDeps {
  store: Store;
  runner: AnalysisRunner;
  /** Bearer token for write endpoints (WHOSAID_TOKEN). */
  token?: string;
  /** True when the server listens beyond loopback: writes then always need the token. */
  exposed?: boolean;
  /** Largest request body in bytes (default 5 MB). */
  maxBodyBytes?: number;
  /** Largest article text in characters (default 2,000,000). */
  maxTextLength?: number;
  /** Per-client limit on /api requests; false turns it off (benchmarks). Default 600 per minute. */
  rateLimit?: RateLimitOptions | false;
  /** Directory of the built web application; null serves no web app. Default dist/web. */
  webRoot?: string | null;
  /** Identify the client for rate limiting; default the socket's remote address. */
  clientKey?: (c: Context) => string;
  /** Where unexpected errors are reported (default stderr). */
  log?: (message: string) => void;
  /** How long /api/stats answers are reused before a background refresh, in ms (default 30000). */
  statsTtlMs?: number;
  /** Compute the corpus statistics right away, so the first dashboard does not wait (the server does). */
  warmStats?: boolean;
}

/** Default limits. */
export const APP_DEFAULTS = { maxBodyBytes: 5 * 1024 * 1024, maxTextLength: 2_000_000, rateLimit: { requests: 600, windowMs: 60_000 }, statsTtlMs: 30_000 } as const;

function remoteAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/** Build the app without listening. */
export function createApp(deps: AppDeps): Hono {
  const log = deps.log ?? ((message: string) => process.stderr.write(`whosaid serve: ${message}\n`));
  const context: ServerContext = {
    store: deps.store,
    runner: deps.runner,
    stats: createStatsCache(deps.store, deps.statsTtlMs ?? APP_DEFAULTS.statsTtlMs),
    maxBodyBytes: deps.maxBodyBytes ?? APP_DEFAULTS.maxBodyBytes,
    maxTextLength: deps.maxTextLength ?? APP_DEFAULTS.maxTextLength,
    writeToken: deps.token || undefined,
    writesNeedToken: deps.exposed === true,
    log,
  };
  if (deps.warmStats) context.stats.get().catch((error: unknown) => log(`cannot compute the corpus statistics: ${(error as Error).message}`));
  const limiter = deps.rateLimit === false ? null : createRateLimiter(deps.rateLimit ?? APP_DEFAULTS.rateLimit);
  const clientKey = deps.clientKey ?? remoteAddress;
  const files = deps.webRoot === null ? new Map() : loadStaticFiles(deps.webRoot ?? defaultWebRoot());

  const app = new Hono();
  app.use('*', securityHeaders());
  app.onError((error) => {
    if (error instanceof RateLimitedError) return errorResponse(error, log, { 'retry-after': String(error.retryAfterSeconds) });
    // The rest of an oversized body is not read; closing the connection stops the client sending it.
    if (error instanceof WhosaidError && error.code === 'INPUT_TOO_LARGE') return errorResponse(error, log, { connection: 'close' });
    return errorResponse(error, log);
  });
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return errorResponse(new WhosaidError('NOT_FOUND', `no endpoint ${c.req.method} ${c.req.path.slice(0, 100)}; see /api/openapi.json`), log);
    return errorResponse(new WhosaidError('NOT_FOUND', 'no such page'), log);
  });
  if (limiter) {
    app.use('/api/*', async (c, next) => {
      limiter.take(clientKey(c));
      await next();
    });
  }
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('cache-control', 'no-store');
  });

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  registerAnalyzeRoutes(app, context);
  registerCorpusRoutes(app, context);

  app.get('*', (c) => {
    const file = files.get(c.req.path);
    if (file) return staticResponse(file, c.req.raw);
    if (c.req.path === '/') return c.text('The web application is not built: run `npm run build` (or `node scripts/build-web.mjs`).', 503);
    return c.notFound();
  });
  return app;
}
