import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAIR_LIMIT_PER_ADDRESS, PAIR_LIMIT_PER_PREFIX } from '../../src/routes/pair.js';
import { testServices } from '../helpers.js';
import { count, createPairingCode, field, key, leadBody, pair, revokeDevice, type Field } from './setup.js';

let f: Field;
beforeEach(async () => {
  f = await field();
});
afterEach(async () => {
  await f.services.dispose();
});

interface ErrorBody {
  error: { code: string; details?: { path: string }[] };
}
const code = async (res: Response) => ((await res.json()) as ErrorBody).error.code;
const json = { 'content-type': 'application/json' };

describe('pairing', () => {
  it('turns a code into a device token, stored only as a hash', async () => {
    const paired = await pair(f.app, await createPairingCode(f.services, f.eventId, 'booth', 'p-care'));
    expect(paired).toMatchObject({ role: 'booth', eventId: f.eventId, providerId: 'p-care' });
    expect(paired.token.length).toBeGreaterThanOrEqual(40);
    const rows = (await f.services.db.execute('SELECT * FROM devices')).rows;
    expect(JSON.stringify(rows)).not.toContain(paired.token);
    expect(rows.map((r) => r.id)).toContain(paired.deviceId);
  });

  it('accepts a code typed loosely, and only once (410 PAIRING_CODE_USED after)', async () => {
    const c = await createPairingCode(f.services, f.eventId, 'kiosk', null);
    const loose = `${c.slice(0, 4).toLowerCase()}-${c.slice(4)}`;
    const before = await count(f.services, 'devices');
    const first = await f.post('/api/pair', { code: loose });
    expect(first.status).toBe(201);
    const second = await f.post('/api/pair', { code: c });
    expect(second.status).toBe(410);
    expect(await code(second)).toBe('PAIRING_CODE_USED');
    expect(await count(f.services, 'devices')).toBe(before + 1);
  });

  it('refuses an expired code (410 PAIRING_CODE_EXPIRED) and an unknown one (400), creating no device', async () => {
    const expired = await createPairingCode(f.services, f.eventId, 'booth', 'p-care', -1000);
    const before = await count(f.services, 'devices');
    const res = await f.post('/api/pair', { code: expired });
    expect(res.status).toBe(410);
    expect(await code(res)).toBe('PAIRING_CODE_EXPIRED');
    const unknown = await f.post('/api/pair', { code: 'ZZZZ-ZZZZ' });
    expect(unknown.status).toBe(400);
    expect(await code(unknown)).toBe('PAIRING_CODE_INVALID');
    expect(await count(f.services, 'devices')).toBe(before);
  });

  it('rate-limits guesses on one code prefix, then all pairing on the server, with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PAIR_LIMIT_PER_PREFIX + 1; i++) statuses.push((await f.post('/api/pair', { code: `QQQ${i}AAAA` })).status);
    expect(statuses.slice(0, PAIR_LIMIT_PER_PREFIX).every((s) => s === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // The field() setup paired 3 devices through the same limiter.
    let last = 0;
    for (let i = 0; i < PAIR_LIMIT_PER_ADDRESS; i++) last = (await f.post('/api/pair', { code: `${'ABCDEFGH'[i % 8]}${i}XYZ` })).status;
    expect(last).toBe(429);
    // Even a valid code waits now: the limit protects the codes, whoever guesses.
    const valid = await createPairingCode(f.services, f.eventId, 'kiosk', null);
    expect((await f.post('/api/pair', { code: valid })).status).toBe(429);
  });
});

describe('device authentication', () => {
  it('refuses a missing or unknown token with 401 and the wrong role with 403', async () => {
    expect((await f.get('/api/booth/me')).status).toBe(401);
    expect((await f.get('/api/booth/me', 'not-a-token')).status).toBe(401);
    const wrong = await f.get('/api/booth/me', f.kiosk.token);
    expect(wrong.status).toBe(403);
    expect((await f.get('/api/kiosk/me', f.boothCare.token)).status).toBe(403);
    expect((await f.post('/api/kiosk/visits', { standId: 'st-1' }, f.boothCare.token)).status).toBe(403);
  });

  it('refuses a revoked device at once with 401 DEVICE_REVOKED', async () => {
    expect((await f.get('/api/booth/me', f.boothCare.token)).status).toBe(200);
    await revokeDevice(f.services, f.boothCare.deviceId);
    const res = await f.get('/api/booth/me', f.boothCare.token);
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('DEVICE_REVOKED');
    expect((await f.get('/api/booth/leads', f.boothCare.token)).status).toBe(401);
  });

  it('notes last_seen_at at most once a minute, not on every request', async () => {
    let clock = Date.parse('2027-03-10T09:00:00Z');
    const timed = await field(await testServices({}, () => new Date(clock)));
    try {
      const seen = async () => {
        await timed.services.queue.run(async () => undefined); // the touch is queued, not awaited
        const row = await timed.services.db.execute({ sql: 'SELECT last_seen_at FROM devices WHERE id = ?', args: [timed.kiosk.deviceId] });
        return row.rows[0]!.last_seen_at;
      };
      await timed.get('/api/kiosk/me', timed.kiosk.token);
      expect(await seen()).toBe('2027-03-10T09:00:00.000Z');
      clock += 30_000;
      await timed.get('/api/kiosk/me', timed.kiosk.token);
      expect(await seen()).toBe('2027-03-10T09:00:00.000Z');
      clock += 31_000;
      await timed.get('/api/kiosk/me', timed.kiosk.token);
      expect(await seen()).toBe('2027-03-10T09:01:01.000Z');
    } finally {
      await timed.services.dispose();
    }
  });
});

describe('booth tablet', () => {
  it('shows its device, provider, event and stand', async () => {
    const res = await f.get('/api/booth/me', f.boothCare.token);
    const body = (await res.json()) as { device: { id: string; role: string }; provider: { id: string }; event: { id: string }; stand: { id: string }; tags: unknown[] };
    expect(body.device).toMatchObject({ id: f.boothCare.deviceId, role: 'booth' });
    expect(JSON.stringify(body)).not.toContain(f.boothCare.token);
    expect([body.provider.id, body.event.id, body.stand.id]).toEqual(['p-care', f.eventId, 'st-1']);
    expect(body.tags).toEqual([]);
  });

  it("never shows another provider's leads: not in the list, not in the CSV, 404 to change", async () => {
    const care = (await (await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody({ contact: { email: 'care@example.org' } }))).json()) as { id: string; seq: number };
    const debt = (await (await f.post(`/api/stand/${f.standToken.debt}/leads`, leadBody({ contact: { email: 'debt@example.org' } }))).json()) as { id: string };

    const list = (await (await f.get('/api/booth/leads', f.boothDebt.token)).json()) as { leads: { id: string }[] };
    expect(list.leads.map((l) => l.id)).toEqual([debt.id]);
    const csv = await (await f.get('/api/booth/leads.csv', f.boothDebt.token)).text();
    expect(csv).toContain('debt@example.org');
    expect(csv).not.toContain('care@example.org');

    const patch = await f.app.request(`/api/booth/leads/${care.id}`, {
      method: 'PATCH',
      headers: { ...json, authorization: `Bearer ${f.boothDebt.token}` },
      body: JSON.stringify({ rating: 1 }),
    });
    expect(patch.status).toBe(404);
    const unknown = await f.app.request('/api/booth/leads/nope', {
      method: 'PATCH',
      headers: { ...json, authorization: `Bearer ${f.boothDebt.token}` },
      body: JSON.stringify({ rating: 1 }),
    });
    expect(await patch.text()).toBe(await unknown.text()); // the same answer as for a lead that does not exist
    const row = (await f.services.db.execute({ sql: 'SELECT rating, seq FROM leads WHERE id = ?', args: [care.id] })).rows[0]!;
    expect(row.rating).toBeNull();
    expect(Number(row.seq)).toBe(care.seq);
  });

  it('lists leads after a sequence number, and refuses a bad `after` with 400', async () => {
    const seqs: number[] = [];
    for (let i = 0; i < 3; i++) seqs.push(((await (await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody())).json()) as { seq: number }).seq);
    const after = (await (await f.get(`/api/booth/leads?after=${seqs[0]}`, f.boothCare.token)).json()) as { leads: { seq: number }[] };
    expect(after.leads.map((l) => l.seq)).toEqual(seqs.slice(1));
    const bad = await f.get('/api/booth/leads?after=-1', f.boothCare.token);
    expect(bad.status).toBe(400);
  });

  it('rates, notes, tags and moves a lead on; the change takes a new seq so other tablets sync it', async () => {
    const lead = (await (await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody())).json()) as { id: string; seq: number };
    const res = await f.app.request(`/api/booth/leads/${lead.id}`, {
      method: 'PATCH',
      headers: { ...json, authorization: `Bearer ${f.boothCare.token}` },
      body: JSON.stringify({ rating: 5, notes: 'Kommt Montag vorbei', tags: ['Pflege'], status: 'contacted' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; seq: number; rating: number; notes: string; tags: string[]; status: string };
    expect(body).toMatchObject({ id: lead.id, rating: 5, notes: 'Kommt Montag vorbei', tags: ['Pflege'], status: 'contacted' });
    expect(body.seq).toBeGreaterThan(lead.seq);
    const listed = (await (await f.get(`/api/booth/leads?after=${lead.seq}`, f.boothCare.token)).json()) as { leads: { id: string }[] };
    expect(listed.leads.map((l) => l.id)).toEqual([lead.id]);
  });

  const badPatches: [string, Record<string, unknown>, string][] = [
    ['rating 6', { rating: 6 }, 'rating'],
    ['rating 2.5', { rating: 2.5 }, 'rating'],
    ['notes too long', { notes: 'x'.repeat(2001) }, 'notes'],
    ['status unknown', { status: 'archived' }, 'status'],
    ['tags not a list', { tags: 'a,b' }, 'tags'],
    ['unknown field', { contact: { email: 'x@example.org' } }, 'contact'],
  ];
  it.each(badPatches)('refuses a change with %s: 400 naming the field, nothing changed', async (_name, patch, path) => {
    const lead = (await (await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody())).json()) as { id: string };
    const before = (await f.services.db.execute('SELECT * FROM leads')).rows;
    const res = await f.app.request(`/api/booth/leads/${lead.id}`, {
      method: 'PATCH',
      headers: { ...json, authorization: `Bearer ${f.boothCare.token}` },
      body: JSON.stringify(patch),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.details?.map((d) => d.path)).toContain(path);
    expect((await f.services.db.execute('SELECT * FROM leads')).rows).toEqual(before);
  });

  it('exports CSV as an attachment, with formula injection defused', async () => {
    await f.post(
      `/api/stand/${f.standToken.care}/leads`,
      leadBody({ contact: { name: '=HYPERLINK("http://evil")', phone: '+49 30 1234567' }, message: '@SUM(1,2); "quoted"\nnext line' }),
    );
    const res = await f.get('/api/booth/leads.csv', f.boothCare.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="leads-.*\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so spreadsheets read umlauts
    const text = new TextDecoder().decode(bytes); // drops the BOM
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain(`"'@SUM(1,2); ""quoted""\nnext line"`);
    expect(text).toContain(',+49 30 1234567,'); // a phone number stays readable
    // delete_by: what the consent promised (the fair's end + 30 days); the provider deletes its copy by then.
    expect(text.split('\r\n')[0]).toBe('created_at,name,phone,email,locale,message,offer_id,stand_id,rating,status,tags,notes,delete_by,consent_at,consent_text');
    expect(text.split('\r\n')[1]).toMatch(/,2027-04-09T14:00:00\.000Z,2027-03-10T10:00:00Z,"Ich bin einverstanden, dass der Anbieter mich kontaktiert\."$/);
  });
});

describe('kiosk', () => {
  it('shows its device and event', async () => {
    const body = (await (await f.get('/api/kiosk/me', f.kiosk.token)).json()) as { device: { role: string }; event: { id: string } };
    expect(body.device.role).toBe('kiosk');
    expect(body.event.id).toBe(f.eventId);
  });

  it('records visits (idempotent) and refuses a stand of no event with 400 naming standId', async () => {
    const body = { standId: 'st-2', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() };
    const first = await f.post('/api/kiosk/visits', body, f.kiosk.token);
    expect(first.status).toBe(201);
    const again = await f.post('/api/kiosk/visits', body, f.kiosk.token);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    const bad = await f.post('/api/kiosk/visits', { ...body, standId: 'st-9', idempotencyKey: key() }, f.kiosk.token);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.details?.map((d) => d.path)).toEqual(['standId']);
    expect(await count(f.services, 'visits')).toBe(1);
  });

  it('records leads for a provider, refusing a stand or offer of another provider', async () => {
    const ok = await f.post('/api/kiosk/leads', leadBody({ providerId: 'p-debt', offerId: 'o-debt' }), f.kiosk.token);
    expect(ok.status).toBe(201);
    const offer = await f.post('/api/kiosk/leads', leadBody({ providerId: 'p-debt', offerId: 'o-care' }), f.kiosk.token);
    expect(((await offer.json()) as ErrorBody).error.details?.map((d) => d.path)).toEqual(['offerId']);
    const stand = await f.post('/api/kiosk/leads', leadBody({ providerId: 'p-debt', standId: 'st-1' }), f.kiosk.token);
    expect(((await stand.json()) as ErrorBody).error.details?.map((d) => d.path)).toEqual(['standId']);
    const provider = await f.post('/api/kiosk/leads', leadBody({ providerId: 'p-none' }), f.kiosk.token);
    expect(((await provider.json()) as ErrorBody).error.details?.map((d) => d.path)).toEqual(['providerId']);
    expect(await count(f.services, 'leads')).toBe(1);
  });

  it('records anonymous quiz results once per key', async () => {
    const body = { code: 'SAE', interests: { R: 0.1, I: 0.3, A: 0.7, S: 0.9, E: 0.6, C: 0.2 }, idempotencyKey: key() };
    expect((await f.post('/api/kiosk/quizzes', body, f.kiosk.token)).status).toBe(201);
    expect((await f.post('/api/kiosk/quizzes', body, f.kiosk.token)).status).toBe(200);
    const bad = await f.post('/api/kiosk/quizzes', { ...body, code: 'XYZ', idempotencyKey: key() }, f.kiosk.token);
    expect(bad.status).toBe(400);
    expect(await count(f.services, 'quizzes')).toBe(1);
  });

  it('keeps only searches that found nothing, cut to 100 characters', async () => {
    expect(await (await f.post('/api/kiosk/searches', { query: 'Pflege', resultCount: 3, locale: 'de' }, f.kiosk.token)).json()).toEqual({ stored: false });
    const long = `  ${'Gabelstapler '.repeat(20)}`;
    expect((await f.post('/api/kiosk/searches', { query: long, resultCount: 0, locale: 'de' }, f.kiosk.token)).status).toBe(201);
    const rows = (await f.services.db.execute('SELECT query FROM searches')).rows;
    expect(rows).toHaveLength(1);
    expect(String(rows[0]!.query)).toBe(long.trim().slice(0, 100));
    expect((await f.post('/api/kiosk/searches', { query: 'x', resultCount: -1, locale: 'de' }, f.kiosk.token)).status).toBe(400);
  });

  it('stores a search sent again with the same idempotency key once', async () => {
    const body = { query: 'Hufschmied', resultCount: 0, locale: 'de', idempotencyKey: key() };
    expect((await f.post('/api/kiosk/searches', body, f.kiosk.token)).status).toBe(201);
    const again = await f.post('/api/kiosk/searches', body, f.kiosk.token);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ stored: true });
    // Another key, or none (a kiosk of an older version), is another search.
    expect((await f.post('/api/kiosk/searches', { ...body, idempotencyKey: key() }, f.kiosk.token)).status).toBe(201);
    expect((await f.post('/api/kiosk/searches', { query: 'Hufschmied', resultCount: 0, locale: 'de' }, f.kiosk.token)).status).toBe(201);
    expect(await count(f.services, 'searches')).toBe(3);
    const bad = await f.post('/api/kiosk/searches', { ...body, idempotencyKey: 'x' }, f.kiosk.token);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('idempotencyKey');
  });

  it('records feedback once per key and refuses a rating out of range', async () => {
    const body = { rating: 4, missing: 'Mehr Angebote auf Arabisch', locale: 'ar', idempotencyKey: key() };
    expect((await f.post('/api/kiosk/feedback', body, f.kiosk.token)).status).toBe(201);
    expect((await f.post('/api/kiosk/feedback', body, f.kiosk.token)).status).toBe(200);
    expect((await f.post('/api/kiosk/feedback', { ...body, rating: 0, idempotencyKey: key() }, f.kiosk.token)).status).toBe(400);
    expect(await count(f.services, 'feedback')).toBe(1);
  });
});
