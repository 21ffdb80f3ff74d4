import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { PAGE_SIZE, openSqliteDatabase } from './sqlite-database.js';

const pageSize = async (db: ReturnType<typeof openSqliteDatabase>): Promise<number> => Number((await db.all('PRAGMA page_size'))[0]?.page_size);

test('a new database file takes the store\'s page size; an existing one keeps its own and stays usable', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'whosaid-pages-'));
  try {
    const fresh = openSqliteDatabase(join(directory, 'new.db'));
    await fresh.run('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
    assert.equal(await pageSize(fresh), PAGE_SIZE);
    await fresh.close();
    // A file made by an earlier version, with SQLite's default 4 KB pages and rows in it.
    const oldPath = join(directory, 'old.db');
    const old = new BetterSqlite3(oldPath);
    old.pragma('page_size = 4096');
    old.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO t (body) VALUES ('kept')");
    old.close();
    const reopened = openSqliteDatabase(oldPath, { backgroundCheckpoints: true });
    assert.equal(await pageSize(reopened), 4096);
    await reopened.transaction((tx) => tx.insert('INSERT INTO t (body)', [['added']]));
    assert.deepEqual((await reopened.all('SELECT body FROM t ORDER BY id')).map((row) => row.body), ['kept', 'added']);
    await reopened.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
