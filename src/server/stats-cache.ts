/**
 * Corpus statistics cached so dashboards and health checks stay cheap under load: after the first
 * computation, answers always come from the cache; a stale answer (older than `ttlMs`, or after
 * invalidate()) is still served while one fresh computation runs in the background.
 */
import type { Stats, Store } from '../store/types.js';

/** A cache of store.stats(). */
export interface StatsCache {
  get(): Promise<Stats>;
  /** Mark the cached answer stale (after a write). */
  invalidate(): void;
}

/** Create a cache over a store; concurrent callers share one computation. */
export function createStatsCache(store: Store, ttlMs: number, now: () => number = Date.now): StatsCache {
  let value: Stats | null = null;
  let computedAt = 0;
  let running: Promise<Stats> | null = null;

  function refresh(): Promise<Stats> {
    running ??= store.stats().then(
      (stats) => {
        value = stats;
        computedAt = now();
        running = null;
        return stats;
      },
      (error: unknown) => {
        running = null;
        throw error;
      },
    );
    return running;
  }

  return {
    get() {
      if (value === null) return refresh();
      if (now() - computedAt > ttlMs) refresh().catch(() => undefined);
      return Promise.resolve(value);
    },
    invalidate() {
      computedAt = Number.NEGATIVE_INFINITY;
    },
  };
}
