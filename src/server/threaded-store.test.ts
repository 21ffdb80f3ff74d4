import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../analyze.js';
import { WhosaidError } from '../errors.js';
import type { Store } from '../store/types.js';
import { openThreadedStore } from './threaded-store.js';

describe('threaded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-threaded-'));
  let store: Store;
  before(async () => {
    store = await openThreadedStore(join(dir, 'corpus.db'), { readers: 1 });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes through the writer thread and reads the result from a reader thread', async () => {
    const text = '"We will rebuild the harbour," Mayor Ana Silva said on Monday.';
    const saved = await store.saveArticle({ id: 'threaded-1', text, outlet: 'Gazette', date: '2020-01-02' }, analyze({ text, date: '2020-01-02' }));
    assert.equal(saved.status, 'inserted');
    const found = await store.getArticle('threaded-1');
    assert.equal(found?.article.text, text);
    assert.equal((await store.stats()).articles, 1);
    assert.equal(store.backend, 'sqlite');
  });

  it('keeps typed errors with their code and a single hint', async () => {
    await assert.rejects(store.listArticles({ cursor: 'forged' }), (error: unknown) => error instanceof WhosaidError && error.code === 'INVALID_OPTION' && error.message.split('(check').length <= 2);
  });

  it('refuses an in-memory location, which threads cannot share', async () => {
    await assert.rejects(openThreadedStore(':memory:'), (error: unknown) => error instanceof WhosaidError && error.code === 'INVALID_OPTION');
  });
});
