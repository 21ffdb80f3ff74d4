import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { prepareRows } from './save-article.js';
import { createSqlStore } from './sql-store.js';
import { openSqliteDatabase } from './sqlite-database.js';

const FIRST = '"We will vote on the budget on Monday," Senator Jane Doe said.';
const SECOND = '"We will delay the harbour bill," Senator Jane Doe said on Friday.';

const item = (id: string, text: string) => ({ article: { id, text }, prepared: prepareRows({ id, text }, analyze({ text })) });

test('quotations saved in a batch, one article saved twice in it, leave the full-text index matching its content', async () => {
  const db = openSqliteDatabase(':memory:');
  const store = await createSqlStore(db);
  try {
    const results = await store.saveArticles([item('a', FIRST), item('b', FIRST), item('a', SECOND)]);
    assert.deepEqual(results.map((result) => result.status), ['inserted', 'inserted', 'reanalyzed']);
    // integrity-check with rank 1 compares the index with the quotation rows; it throws when they differ.
    await db.run(`INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)`);
    assert.deepEqual((await store.searchQuotes({ q: 'harbour' })).items.map((quote) => quote.articleId), ['a']);
    assert.deepEqual((await store.searchQuotes({ q: 'budget' })).items.map((quote) => quote.articleId), ['b']);
  } finally {
    await store.close();
  }
});
