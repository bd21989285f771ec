import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';

/** True for a local SQLite file or `:memory:` (as opposed to a remote libSQL server). */
export function isLocalUrl(url: string): boolean {
  return url === ':memory:' || url.startsWith('file:');
}

/**
 * Opens the database. A local file is created (with its directory) if missing and switched to WAL mode.
 *
 * Durability: WAL with `synchronous=FULL` (SQLite's and libSQL's default for every connection, checked by a
 * test). FULL syncs the WAL on every commit, so an acknowledged visit or lead survives a power cut, not only
 * a crashed process. Its cost, one fsync per commit, is paid once per group commit (see WriteQueue), not once per row.
 * WAL lets kiosks and phones read public data while a write is in progress.
 *
 * @param url `file:…`, `:memory:`, `libsql://…` or `http(s)://…`
 * @param authToken token for a remote libSQL server
 * @returns the libSQL client
 * @example const db = await openDatabase('file:./data/markt.db');
 */
export async function openDatabase(url: string, authToken?: string): Promise<Client> {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).replace(/\?.*$/, '');
    mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  const db = createClient(authToken ? { url, authToken, timeout: 5000 } : { url, timeout: 5000 });
  if (isLocalUrl(url) && url !== ':memory:') {
    await db.execute('PRAGMA journal_mode = WAL');
  }
  return db;
}

/**
 * Empties the `-wal` file of a local database: copies every frame into the database file, then truncates the
 * WAL to zero bytes (`PRAGMA wal_checkpoint(TRUNCATE)`), so that deleted rows leave no copy in it.
 *
 * It runs on a connection of its own that never waits for a lock (`busy_timeout = 0`): while another
 * connection (a CLI report, a backup tool, another process) holds an older snapshot, an attempt returns at
 * once and is tried again 50 ms later. On the server's own connection each attempt would block the event
 * loop, and every socket and request with it, for the 5 s busy timeout.
 * @param url the `file:` URL of the database (`:memory:` has no WAL: true at once)
 * @returns true when the WAL was truncated, false when it stayed busy for about a second
 * @example await db.execute('VACUUM'); await truncateWal(config.dbUrl);
 */
export async function truncateWal(url: string): Promise<boolean> {
  if (url === ':memory:') return true;
  const db = createClient({ url });
  try {
    await db.execute('PRAGMA busy_timeout = 0');
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        const row = (await db.execute('PRAGMA wal_checkpoint(TRUNCATE)')).rows[0];
        // Columns: busy (1 when it could not finish), frames in the WAL, frames checkpointed.
        if (!row || Number(row[0]) === 0) return true;
      } catch {
        // SQLITE_BUSY as an error rather than a row: the same, try again.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  } finally {
    db.close();
  }
}
