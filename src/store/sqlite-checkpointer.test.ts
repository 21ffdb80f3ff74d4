import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSqliteDatabase } from './sqlite-database.js';

/** Write about 2 MB in one transaction: far below the writer's own automatic checkpoint (BACKSTOP_BYTES). */
async function writeRows(path: string, backgroundCheckpoints: boolean): Promise<{ mainFileBytes: () => number; close: () => Promise<void>; count: () => Promise<number> }> {
  const db = openSqliteDatabase(path, { backgroundCheckpoints });
  await db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  await db.transaction(async (tx) => {
    await tx.insert('INSERT INTO t (body)', Array.from({ length: 500 }, (_, index) => [`${index} ${'x'.repeat(4000)}`]));
  });
  return {
    mainFileBytes: () => statSync(path).size,
    close: () => db.close(),
    count: async () => Number((await db.all('SELECT count(*) AS n FROM t'))[0]?.n),
  };
}

test('with background checkpoints, committed pages reach the database file without the writer checkpointing', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'whosaid-checkpoint-'));
  try {
    const path = join(directory, 'bg.db');
    const db = await writeRows(path, true);
    // The checkpoint thread copies the log into the file shortly after the commit.
    const deadline = Date.now() + 10_000;
    while (db.mainFileBytes() < 2_000_000 && Date.now() < deadline) await sleep(20);
    assert.ok(db.mainFileBytes() >= 2_000_000, `database file has ${db.mainFileBytes()} bytes`);
    assert.equal(await db.count(), 500);
    await db.close();
    // The writer's connection closed last: its close checkpointed everything and removed the log.
    assert.equal(existsSync(`${path}-wal`), false);
    const reopened = openSqliteDatabase(path);
    assert.equal(Number((await reopened.all('SELECT count(*) AS n FROM t'))[0]?.n), 500);
    await reopened.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('without background checkpoints the same commit stays in the log (the control for the test above)', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'whosaid-checkpoint-'));
  try {
    const path = join(directory, 'fg.db');
    const db = await writeRows(path, false);
    await sleep(400);
    assert.ok(db.mainFileBytes() < 100_000, `database file has ${db.mainFileBytes()} bytes`);
    await db.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('background checkpoints are not started for an in-memory database', async () => {
  const db = openSqliteDatabase(':memory:', { backgroundCheckpoints: true });
  await db.run('CREATE TABLE t (x INTEGER)');
  await db.transaction(async (tx) => tx.run('INSERT INTO t VALUES (1)'));
  assert.equal(Number((await db.all('SELECT count(*) AS n FROM t'))[0]?.n), 1);
  await db.close();
});
