/** Bring a database up to the newest schema, recording each applied migration in `migrations`. */
import type { Database } from './database.js';
import { toNumber } from './database.js';
import { MIGRATIONS, type Migration } from './schema.js';

/** Apply the migrations not yet applied, each in its own transaction; safe when several processes start at once. */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      // Several workers may start together on PostgreSQL: one migrates, the others wait for it.
      if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(7346001)');
      await tx.run('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const rows = await tx.all('SELECT version FROM migrations WHERE version = ?', [migration.version]);
      if (rows.length > 0) return false;
      for (const statement of migration.statements[tx.dialect]) await tx.run(statement);
      await tx.run('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, new Date().toISOString()]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** The newest applied schema version (0 for an empty database). */
export async function schemaVersion(db: Database): Promise<number> {
  const rows = await db.all('SELECT max(version) AS version FROM migrations');
  return toNumber(rows[0]?.version);
}
