/** Binding the app to a port: the only place that listens. Loopback by default; the pool and store are closed on shutdown. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, type AppDeps } from './app.js';

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** True when a host name or address only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Start listening; resolves once the port is bound. Port 0 picks a free one. */
export function listen(deps: AppDeps, options: { host: string; port: number }): Promise<RunningServer> {
  const app = createApp({ warmStats: true, ...deps, exposed: deps.exposed ?? !isLoopback(options.host) });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          (server as Server).closeAllConnections?.();
          server.close(() => done());
        }),
      });
    }) as Server;
    // Slow or stalled clients must not hold sockets forever.
    server.headersTimeout = 10_000;
    server.requestTimeout = 60_000;
    server.keepAliveTimeout = 5_000;
    server.once('error', reject);
  });
}
