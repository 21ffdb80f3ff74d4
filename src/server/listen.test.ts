import { strict as assert } from 'node:assert';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { createInlineRunner } from './analysis-runner.js';
import { isLoopback, listen, type RunningServer } from './listen.js';

/** POST a body of `size` bytes in chunks without Content-Length; resolves with the status. */
function postChunked(url: string, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL('/api/analyze', url);
    const outgoing = request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const write = (): void => {
      while (sent < size) {
        sent += chunk.length;
        if (!outgoing.write(chunk)) {
          outgoing.once('drain', write);
          return;
        }
      }
      outgoing.end();
    };
    write();
  });
}

describe('listening server', () => {
  let store: Store;
  let server: RunningServer;
  before(async () => {
    store = await openStore(':memory:');
    server = await listen({ store, runner: createInlineRunner(), webRoot: null, maxBodyBytes: 100_000 }, { host: '127.0.0.1', port: 0 });
  });
  after(async () => {
    await server.close();
    await store.close();
  });

  it('binds to loopback and answers over HTTP', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '"Yes," she said.' }) });
    assert.equal(response.status, 200);
  });

  it('answers a streamed oversized body with 413 without reading all of it', async () => {
    assert.equal(await postChunked(server.url, 20 * 1024 * 1024), 413);
  });

  it('tells loopback addresses from others', () => {
    assert.ok(isLoopback('127.0.0.1') && isLoopback('::1') && isLoopback('localhost'));
    assert.ok(!isLoopback('0.0.0.0') && !isLoopback('192.168.1.2') && !isLoopback('::'));
  });
});
