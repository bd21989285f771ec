import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createOrganizer } from '../../src/store/users.js';
import { createPairingCode, field, pair } from '../field/setup.js';
import { tempDbUrl, testServices } from '../helpers.js';

// Tokens, session ids, CSRF tokens, pairing codes and passwords are stored only hashed: none of them is in
// any byte of the database files. And every answer, page or API, carries the security headers.

const PASSWORD = 'correct horse battery staple 7';

describe('secrets at rest and security headers', () => {
  it('keeps no token, session, CSRF token, pairing code or password in the database files', async () => {
    const db = tempDbUrl();
    const services = await testServices({ dbUrl: db.url });
    try {
      const f = await field(services);
      const tenantId = String((await services.db.execute({ sql: 'SELECT tenant_id FROM events WHERE id = ?', args: [f.eventId] })).rows[0]!.tenant_id);
      await createOrganizer(services, { tenantId, email: 'anna@pankow.example', name: 'Anna', password: PASSWORD });
      const login = await f.post('/api/auth/login', { email: 'anna@pankow.example', password: PASSWORD });
      expect(login.status).toBe(200);
      const sessionId = /markt[^=]*=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const unusedCode = await createPairingCode(services, f.eventId, 'kiosk', null);
      const usedCode = await createPairingCode(services, f.eventId, 'booth', 'p-care');
      const device = await pair(f.app, usedCode);

      const bytes = Buffer.concat([db.path, `${db.path}-wal`].filter(existsSync).map((p) => readFileSync(p)));
      expect(bytes.includes(Buffer.from('p-care'))).toBe(true); // the search works
      const secrets = { deviceToken: device.token, boothToken: f.boothCare.token, kioskToken: f.kiosk.token, sessionId, csrfToken, PASSWORD, unusedCode, usedCode };
      for (const [name, secret] of Object.entries(secrets)) {
        expect(secret.length, name).toBeGreaterThanOrEqual(8);
        expect(bytes.includes(Buffer.from(secret)), `${name} stored in plain text`).toBe(false);
      }
      for (const secret of Object.values(secrets)) expect(JSON.stringify(services.logs)).not.toContain(secret);
    } finally {
      await services.dispose();
      db.cleanup();
    }
  });

  it('serves text from visitors as data only: JSON or a defused CSV, never markup or a formula', async () => {
    const f = await field();
    try {
      const hostile = '<img src=x onerror=alert(1)>\u202E';
      const lead = await f.post(`/api/stand/${f.standToken.care}/leads`, {
        deviceId: 'phone-hostile-000001',
        contact: { name: '=HYPERLINK("http://evil.example","click")', email: 'a@example.org' },
        message: hostile,
        consent: { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: '2027-03-10T10:00:00Z' },
        idempotencyKey: 'hostile-key-000000001',
      });
      expect(lead.status).toBe(201);
      const json = await f.get('/api/booth/leads', f.boothCare.token);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      expect(json.headers.get('x-content-type-options')).toBe('nosniff');
      expect(JSON.stringify(await json.json())).toContain('onerror'); // as text inside JSON, stored unchanged
      const csv = await (await f.get('/api/booth/leads.csv', f.boothCare.token)).text();
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`); // a spreadsheet shows it as text
      for (const page of ['/', '/booth', `/s/${f.standToken.care}`]) {
        expect(await (await f.get(page)).text(), page).not.toContain('onerror'); // pages are static; data comes as JSON
      }
    } finally {
      await f.services.dispose();
    }
  });

  it('sends the CSP and the other security headers with pages, API answers, errors and rejected requests', async () => {
    const f = await field();
    try {
      const answers = [
        await f.get('/'),
        await f.get('/kiosk'),
        await f.get('/booth'),
        await f.get('/organizer'),
        await f.get(`/s/${f.standToken.care}`),
        await f.get('/list'),
        await f.get('/api/health'),
        await f.get(`/api/events/${f.eventId}/public`),
        await f.get('/api/org/events'),
        await f.get('/no/such/page'),
        await f.post('/api/pair', '{broken'),
      ];
      for (const res of answers) {
        const where = `${res.url || 'answer'} ${res.status}`;
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp, where).toContain("default-src 'self'");
        expect(csp, where).toContain("script-src 'self'");
        expect(csp, where).toContain("object-src 'none'");
        expect(csp, where).toContain("frame-ancestors 'none'");
        expect(csp, where).not.toContain('unsafe-eval');
        expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
        expect(res.headers.get('referrer-policy'), where).toBe('no-referrer');
        expect(res.headers.get('x-frame-options'), where).toBe('SAMEORIGIN');
      }
    } finally {
      await f.services.dispose();
    }
  });
});
