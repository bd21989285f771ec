import { describe, expect, it } from 'vitest';
import { tempDbUrl } from '../../test/helpers.js';
import { openDatabase } from './client.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations.js';

describe('database', () => {
  it('creates the file, applies migrations once, and records the version', async () => {
    const temp = tempDbUrl();
    const db = await openDatabase(temp.url);
    expect(await migrate(db)).toEqual(migrations.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    expect(Number((await db.execute('PRAGMA user_version')).rows[0]![0])).toBe(migrations.at(-1)!.version);
    const tables = (await db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['events', 'visits', 'leads', 'devices', 'pairing_codes']));
    db.close();
    temp.cleanup();
  });

  it('runs in WAL mode with synchronous=FULL in write transactions, so acknowledged commits survive power loss', async () => {
    const temp = tempDbUrl();
    const db = await openDatabase(temp.url);
    const tx = await db.transaction('write');
    expect((await tx.execute('PRAGMA journal_mode')).rows[0]![0]).toBe('wal');
    expect(Number((await tx.execute('PRAGMA synchronous')).rows[0]![0])).toBe(2); // 2 = FULL
    await tx.commit();
    db.close();
    temp.cleanup();
  });
});
