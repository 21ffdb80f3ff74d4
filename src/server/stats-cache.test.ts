import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Stats, Store } from '../store/types.js';
import { createStatsCache } from './stats-cache.js';

function countingStore(): { store: Store; calls: () => number } {
  let calls = 0;
  const stats = async (): Promise<Stats> => {
    calls++;
    return { articles: calls, quotes: 0, people: 0, anonymousShare: 0, gender: {}, party: {}, byOutlet: [], byMonth: [], topPeople: [],
      sourcing: { articles: 0, namedSources: 0, anonymousSources: 0, hedges: 0, mediaAttributions: 0, unattributedShare: 0 } };
  };
  return { store: { stats } as unknown as Store, calls: () => calls };
}

describe('stats cache', () => {
  it('computes once for concurrent first callers', async () => {
    const { store, calls } = countingStore();
    const cache = createStatsCache(store, 1000);
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    assert.equal(calls(), 1);
  });

  it('serves the stale answer at once and refreshes in the background', async () => {
    const { store, calls } = countingStore();
    let clock = 0;
    const cache = createStatsCache(store, 1000, () => clock);
    assert.equal((await cache.get()).articles, 1);
    clock = 5000;
    assert.equal((await cache.get()).articles, 1);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(calls(), 2);
    assert.equal((await cache.get()).articles, 2);
  });

  it('refreshes after invalidate()', async () => {
    const { store } = countingStore();
    const cache = createStatsCache(store, 60_000, () => 0);
    await cache.get();
    cache.invalidate();
    await cache.get();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal((await cache.get()).articles, 2);
  });
});
