/** Corpus statistics cached for a short time, so dashboards and health checks stay cheap under load. */
import type { Stats, Store } from '../store/types.js';

/** A cache of store.stats(): recomputed at most every `ttlMs`, and after invalidate(). */
export interface StatsCache {
  get(): Promise<Stats>;
  invalidate(): void;
}

/** Create a cache over a store; concurrent callers share one computation. */
export function createStatsCache(store: Store, ttlMs: number): StatsCache {
  let value: Promise<Stats> | null = null;
  let computedAt = 0;
  return {
    get() {
      const now = Date.now();
      if (!value || now - computedAt > ttlMs) {
        computedAt = now;
        value = store.stats();
        value.catch(() => {
          value = null;
        });
      }
      return value;
    },
    invalidate() {
      value = null;
    },
  };
}
