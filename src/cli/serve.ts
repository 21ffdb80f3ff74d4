/** `whosaid serve [--db PATH|URL] [--port 8080] [--host 127.0.0.1]`: the HTTP API and web application. */
import { parseArgs } from 'node:util';
import { APP_DEFAULTS } from '../server/app.js';
import { createPooledRunner } from '../server/analysis-runner.js';
import { isLoopback, listen } from '../server/listen.js';
import { openStore, DEFAULT_STORE_PATH } from '../store/open.js';
import { openThreadedStore } from '../server/threaded-store.js';
import { CliError, EXIT, type CliIo } from './io.js';

const HELP = `usage: whosaid serve [options]

Serve the HTTP API (/api, described at /api/openapi.json) and the web application (/).

options:
  --db PATH|URL        corpus store: a SQLite file or a postgres:// URL (default: the store's default)
  --port N             port to listen on (default 8080; 0 picks a free one)
  --host H             address to bind (default 127.0.0.1). Beyond loopback, writes need
                       Authorization: Bearer $WHOSAID_TOKEN
  --workers N          analysis worker threads (default: number of cores)
  --readers N          SQLite reader threads answering queries (default 2)
  --rate-limit N       requests per minute per client on /api (default ${APP_DEFAULTS.rateLimit.requests}; 0 turns it off)
  --max-body BYTES     largest request body (default ${APP_DEFAULTS.maxBodyBytes})

environment:
  WHOSAID_TOKEN        bearer token for POST /api/articles (required for writes beyond loopback)
`;

function positiveInteger(name: string, value: string | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || (!allowZero && number === 0)) throw new CliError(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} whole number, got '${value}'`, EXIT.usage);
  return number;
}

/** Run `whosaid serve` until SIGINT or SIGTERM. */
export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      workers: { type: 'string' },
      readers: { type: 'string' },
      'rate-limit': { type: 'string' },
      'max-body': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const port = positiveInteger('port', values.port, 8080, true);
  if (port > 65535) throw new CliError('--port must be at most 65535', EXIT.usage);
  const host = values.host ?? '127.0.0.1';
  const rate = positiveInteger('rate-limit', values['rate-limit'], APP_DEFAULTS.rateLimit.requests, true);
  const maxBodyBytes = positiveInteger('max-body', values['max-body'], APP_DEFAULTS.maxBodyBytes);
  const workers = values.workers === undefined ? undefined : positiveInteger('workers', values.workers, 1);
  const readers = positiveInteger('readers', values.readers, 2, true);
  const token = process.env.WHOSAID_TOKEN || undefined;

  // Store queries run in threads of their own so a slow one never stalls the event loop; an
  // in-memory database cannot be shared between threads and stays on this one.
  const location = values.db ?? process.env.WHOSAID_DB ?? DEFAULT_STORE_PATH;
  let store;
  try {
    store = location.trim() === ':memory:' ? await openStore(location) : await openThreadedStore(location, { readers });
  } catch (error) {
    throw new CliError(`cannot open the store: ${(error as Error).message}`, EXIT.store);
  }
  const runner = createPooledRunner(workers ? { size: workers } : {});
  let server;
  try {
    server = await listen({ store, runner, ...(token ? { token } : {}), maxBodyBytes, rateLimit: rate === 0 ? false : { requests: rate, windowMs: 60_000 } }, { host, port });
  } catch (error) {
    await runner.close();
    await store.close();
    throw new CliError(`cannot listen on ${host}:${port}: ${(error as Error).message}`, EXIT.usage);
  }
  io.stdout.write(`whosaid serving on ${server.url}\n`);
  if (!isLoopback(host)) io.stderr.write(token ? 'whosaid serve: listening beyond loopback; writes need the bearer token\n' : 'whosaid serve: listening beyond loopback without WHOSAID_TOKEN; writing is disabled\n');

  const running = server;
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stderr.write('whosaid serve: shutting down\n');
  await running.close();
  await runner.close();
  await store.close();
  return EXIT.ok;
}
