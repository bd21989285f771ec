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

  it('gives leads and visits stored before migration 6 the deletion date of their event as it is then', async () => {
    const temp = tempDbUrl();
    const db = await openDatabase(temp.url);
    await migrate(db, migrations.filter((m) => m.version < 6));
    await db.batch([
      "INSERT INTO tenants (id, name, created_at) VALUES ('t', 'T', '2027-01-01T00:00:00Z')",
      `INSERT INTO events (id, tenant_id, data, starts_at, ends_at, retention_days, created_at, updated_at)
       VALUES ('e', 't', '{}', '2027-03-10T09:00:00+01:00', '2027-03-10T15:00:00+01:00', 14, '', '')`,
      `INSERT INTO leads (id, event_id, seq, provider_id, device_id, contact, locale, consent_text, consent_locale, consent_at, created_at, idempotency_key)
       VALUES ('l', 'e', 1, 'p', 'd', '{}', 'de', 'x', 'de', '2027-03-10T10:00:00Z', '2027-03-10T10:00:00Z', 'k1')`,
      "INSERT INTO visits (id, event_id, seq, stand_id, provider_id, device_id, source, at, idempotency_key) VALUES ('v', 'e', 2, 's', 'p', 'd', 'qr', '', 'k2')",
    ], 'write');
    expect(await migrate(db)).toEqual(migrations.filter((m) => m.version >= 6).map((m) => m.version));
    const promised = '2027-03-24T14:00:00.000Z';
    expect((await db.execute('SELECT delete_after FROM leads')).rows.map((r) => r.delete_after)).toEqual([promised]);
    expect((await db.execute('SELECT delete_after FROM visits')).rows.map((r) => r.delete_after)).toEqual([promised]);
    // Events written by code that does not set the column (fair import, hand-written SQL) get it from a trigger.
    await db.execute("UPDATE events SET retention_days = 1 WHERE id = 'e'");
    expect((await db.execute('SELECT delete_after FROM events')).rows[0]?.delete_after).toBe('2027-03-11T14:00:00.000Z');
    db.close();
    temp.cleanup();
  });
});
