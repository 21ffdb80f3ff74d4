/** Worker-thread entry of the threaded store: owns one store connection and runs one method call at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { WhosaidError } from '../errors.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';

/** A call of a Store method. */
export interface StoreCall {
  method: string;
  args: unknown[];
}

/** Its outcome, as plain data. */
export type StoreCallResult = { ok: true; value: unknown } | { ok: false; code: WhosaidError['code']; message: string; detail?: string };

async function call(store: Store, request: StoreCall): Promise<StoreCallResult> {
  try {
    const method = (store as unknown as Record<string, unknown>)[request.method];
    if (typeof method !== 'function') throw new WhosaidError('INTERNAL', `the store has no method ${request.method}`);
    const value: unknown = await (method as (...args: unknown[]) => Promise<unknown>).apply(store, request.args);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof WhosaidError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'INTERNAL', message: 'the store failed unexpectedly; the problem was logged', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

const port = parentPort;
if (port) {
  const { location } = workerData as { location: string };
  const store = await openStore(location);
  port.on('message', (message: { id: number; job: StoreCall }) => {
    void call(store, message.job).then((result) => port.postMessage({ id: message.id, result }));
  });
  port.postMessage({ ready: true });
}
