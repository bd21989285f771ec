import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { purgeExpired } from '../../src/store/purge.js';
import { fairClock, field, key, leadBody } from '../field/setup.js';
import { databaseBytes, testServices, tempDbUrl } from '../helpers.js';

// After the retention purge, a lead's phone number and e-mail must be nowhere the server writes: not in the
// tables, not in the database file's free pages, not in the -wal file, not in the logs. The test reads raw bytes.

const PHONE = '+49 30 7788 4411 2';
const EMAIL = 'zeynep.unique-visitor-4711@example.org';
const NAME = 'Zeynep Quixotic-Marchetti';

describe('the retention purge leaves no personal data behind', () => {
  for (const vacuum of [true, false]) it(`finds a lead's phone, e-mail and name in no byte of the database files and no log line (${vacuum ? 'with VACUUM, as markt purge does' : 'without VACUUM, as the server\'s hourly purge does'})`, async () => {
    let now = new Date('2027-03-10T10:00:00Z');
    const db = tempDbUrl();
    const services = await testServices({ dbUrl: db.url }, () => now);
    try {
      const f = await field(services);
      // Many leads, so that the visitor's rows sit among others on pages the purge frees or rewrites.
      for (let i = 0; i < 40; i++) {
        const res = await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody({ deviceId: `phone-device-${String(i).padStart(7, '0')}`, idempotencyKey: key(`p${i}`), contact: { name: `Visitor ${i}`, email: `v${i}@example.org` } }));
        expect(res.status).toBe(201);
      }
      const res = await f.post(`/api/stand/${f.standToken.debt}/leads`, leadBody({ contact: { name: NAME, phone: PHONE, email: EMAIL }, message: `Call me at ${PHONE}` }));
      expect(res.status).toBe(201);
      const visit = await f.post(`/api/stand/${f.standToken.care}/visits`, { deviceId: 'phone-device-0000001', idempotencyKey: key() });
      expect(visit.status).toBe(201);
      // A failed attempt with the same data is logged as an error, never with its contents.
      await f.post(`/api/stand/${f.standToken.debt}/leads`, `{"contact":{"phone":"${PHONE}","email":"${EMAIL}"`);

      // The search works: before the purge the data is there (in the file or in its WAL).
      const before = databaseBytes(db.path);
      expect(before.includes(Buffer.from(EMAIL))).toBe(true);
      expect(before.includes(Buffer.from(PHONE))).toBe(true);

      now = new Date('2027-04-10T00:00:00Z'); // the fair ended on 2027-03-10; 30 days of retention
      const result = await purgeExpired(services, { vacuum });
      expect(result.deleted).toBeGreaterThanOrEqual(42);

      const leads = await services.db.execute('SELECT COUNT(*) AS n FROM leads');
      expect(Number(leads.rows[0]!.n)).toBe(0);
      const after = databaseBytes(db.path);
      expect(after.length).toBeGreaterThan(0);
      for (const needle of [EMAIL, PHONE, NAME, 'v17@example.org']) {
        expect(after.includes(Buffer.from(needle)), `"${needle}" still in the database files`).toBe(false);
      }
      const logs = JSON.stringify(services.logs);
      for (const needle of [EMAIL, PHONE, NAME]) expect(logs.includes(needle), `"${needle}" in the logs`).toBe(false);
      expect(logs).toContain('purge finished'); // the logs were captured
    } finally {
      await services.dispose();
      db.cleanup();
    }
  });

  it("finds a visitor's contact data in no byte of the database files once the visitor erased it", async () => {
    const db = tempDbUrl();
    const services = await testServices({ dbUrl: db.url }, fairClock());
    try {
      const f = await field(services);
      for (let i = 0; i < 20; i++) {
        await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody({ deviceId: `phone-other-${String(i).padStart(8, '0')}`, idempotencyKey: key(`o${i}`), contact: { email: `o${i}@example.org` } }));
      }
      const deviceId = 'phone-erase-me-000001';
      expect((await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody({ deviceId, contact: { name: NAME, phone: PHONE, email: EMAIL } }))).status).toBe(201);
      expect(databaseBytes(db.path).includes(Buffer.from(EMAIL))).toBe(true);
      const res = await f.app.request(`/api/visitor/${deviceId}`, { method: 'DELETE' });
      expect(res.status).toBe(200);
      const after = databaseBytes(db.path);
      for (const needle of [EMAIL, PHONE, NAME]) {
        expect(after.includes(Buffer.from(needle)), `"${needle}" still in the database files`).toBe(false);
      }
      expect(after.includes(Buffer.from('o7@example.org'))).toBe(true); // only that visitor's data went
    } finally {
      await services.dispose();
      db.cleanup();
    }
  });

  it('does not stall the server while another connection holds an older snapshot, and empties the WAL once it is gone', async () => {
    const db = tempDbUrl();
    const services = await testServices({ dbUrl: db.url }, fairClock());
    const reader = createClient({ url: db.url });
    try {
      const f = await field(services);
      const deviceId = 'phone-erase-me-000002';
      expect((await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody({ deviceId, contact: { name: NAME, phone: PHONE, email: EMAIL } }))).status).toBe(201);
      // A report or backup on another connection reads meanwhile: its snapshot keeps the WAL from being emptied.
      const snapshot = await reader.transaction('read');
      await snapshot.execute('SELECT count(*) FROM leads');
      let longestGap = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }, 10);
      const res = await f.app.request(`/api/visitor/${deviceId}`, { method: 'DELETE' });
      clearInterval(ticker);
      expect(res.status).toBe(200);
      // Blocking in SQLite's busy handler, one attempt alone held the event loop for the 5 s busy timeout.
      expect(longestGap).toBeLessThan(1000);
      expect(databaseBytes(db.path).includes(Buffer.from(EMAIL)), 'still in the WAL while the snapshot lives').toBe(true);
      snapshot.close();
      // The next purge empties it (as the server's log says); here the same checkpoint, now that nobody reads.
      const { truncateWal } = await import('../../src/db/client.js');
      expect(await truncateWal(db.url)).toBe(true);
      expect(databaseBytes(db.path).includes(Buffer.from(EMAIL))).toBe(false);
    } finally {
      reader.close();
      await services.dispose();
      db.cleanup();
    }
  });
});
