import type { Client } from '@libsql/client';
import { migrations as allMigrations, type Migration } from './migrations.js';

/**
 * Applies every migration newer than the database's `user_version`, each in its own transaction.
 * @param db the libSQL client
 * @param migrations the migrations (default: the server's own)
 * @returns the versions applied now (empty when the database was up to date)
 * @example await migrate(db);
 */
export async function migrate(db: Client, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  const current = Number((await db.execute('PRAGMA user_version')).rows[0]?.[0] ?? 0);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    const statements = migration.sql
      .split(/;\s*$/m)
      .map((s) => s.trim())
      .filter(Boolean);
    await db.batch([...statements, `PRAGMA user_version = ${migration.version}`], 'write');
    applied.push(migration.version);
  }
  return applied;
}
