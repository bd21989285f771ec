import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices } from '../helpers.js';
import { count, fairClock, field, key, leadBody, type Field } from './setup.js';

let f: Field;
beforeEach(async () => {
  f = await field();
});
afterEach(async () => {
  await f.services.dispose();
});

interface ErrorBody {
  error: { code: string; details?: { path: string; message: string }[] };
}
const paths = async (res: Response) => ((await res.json()) as ErrorBody).error.details?.map((d) => d.path) ?? [];

describe('a stand page on a phone (QR token)', () => {
  it('shows the stand, its provider and only its offers, without any token', async () => {
    const res = await f.get(`/api/stand/${f.standToken.care}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { event: { id: string }; stand: Record<string, unknown>; provider: { id: string }; offers: { id: string }[] };
    expect(body.event.id).toBe(f.eventId);
    expect(body.stand.id).toBe('st-1');
    expect(body.provider.id).toBe('p-care');
    expect(body.offers.map((o) => o.id)).toEqual(['o-care', 'o-care-2']);
    expect(JSON.stringify(body)).not.toContain(f.standToken.care);
  });

  it('stores a lone surrogate that JSON escapes can spell as U+FFFD: libSQL would keep invalid UTF-8 and panic when reading the row', async () => {
    // JSON.stringify writes lone surrogates as escapes ("a\\udc00b"), which JSON.parse turns back into them.
    const res = await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody({ contact: { name: 'a\udc00b', phone: '030 1234567' }, message: 'x\ud800' }));
    expect(res.status, await res.clone().text()).toBe(201);
    const leads = (await (await f.get('/api/booth/leads', f.boothCare.token)).json()) as { leads: { contact: { name?: string }; message?: string }[] };
    expect(leads.leads.map((l) => [l.contact.name, l.message])).toEqual([['a\ufffdb', 'x\ufffd']]);
    // A proper pair written as escapes stays the character it spells.
    expect((await f.post(`/api/stand/${f.standToken.care}/leads`, JSON.parse(JSON.stringify(leadBody({ contact: { name: 'Ayşe \ud83d\ude00', phone: '030 1234567' } }))))).status).toBe(201);
    const again = (await (await f.get('/api/booth/leads', f.boothCare.token)).json()) as { leads: { contact: { name?: string } }[] };
    expect(again.leads.map((l) => l.contact.name)).toContain('Ayşe 😀');
  });

  it('answers 404 JSON for an unknown token, and records nothing for it', async () => {
    const res = await f.get('/api/stand/not-a-real-token-123456');
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe('NOT_FOUND');
    const post = await f.post('/api/stand/not-a-real-token-123456/visits', { deviceId: key('dev'), idempotencyKey: key() });
    expect(post.status).toBe(404);
    expect(await count(f.services, 'visits')).toBe(0);
  });

  it('records a visit once per idempotency key: the same key again answers 200 with the same id and seq', async () => {
    const body = { deviceId: key('dev'), idempotencyKey: key() };
    const first = await f.post(`/api/stand/${f.standToken.care}/visits`, body);
    expect(first.status).toBe(201);
    const answer = (await first.json()) as { id: string; seq: number };
    expect(answer.seq).toBe(1);
    const again = await f.post(`/api/stand/${f.standToken.care}/visits`, body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(answer);
    expect(await count(f.services, 'visits')).toBe(1);
    const row = (await f.services.db.execute('SELECT stand_id, provider_id, source FROM visits')).rows[0]!;
    expect([row.stand_id, row.provider_id, row.source]).toEqual(['st-1', 'p-care', 'qr']);
  });

  it('numbers visits and leads of one event in one gap-free sequence', async () => {
    const seqs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await f.post(`/api/stand/${f.standToken.care}/visits`, { deviceId: key('dev'), idempotencyKey: key() });
      seqs.push(((await v.json()) as { seq: number }).seq);
      const l = await f.post(`/api/stand/${f.standToken.debt}/leads`, leadBody());
      seqs.push(((await l.json()) as { seq: number }).seq);
    }
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('stores a lead with only the shared fields, the consent text, locale and time; same key, same answer', async () => {
    const body = leadBody({ offerId: 'o-care', message: 'Bitte nachmittags anrufen' });
    const res = await f.post(`/api/stand/${f.standToken.care}/leads`, body);
    expect(res.status).toBe(201);
    const answer = await res.json();
    const again = await f.post(`/api/stand/${f.standToken.care}/leads`, body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(answer);
    const rows = (await f.services.db.execute('SELECT * FROM leads')).rows;
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(JSON.parse(String(row.contact))).toEqual({ name: 'Ayşe Yılmaz', phone: '+49 30 1234567' });
    expect([row.provider_id, row.stand_id, row.offer_id, row.locale]).toEqual(['p-care', 'st-1', 'o-care', 'tr']);
    expect([row.consent_text, row.consent_locale, row.consent_at]).toEqual([
      'Ich bin einverstanden, dass der Anbieter mich kontaktiert.',
      'de',
      '2027-03-10T10:00:00Z',
    ]);
  });

  it("refuses an offer of another provider or an unknown offer with 400 naming offerId, and writes nothing", async () => {
    for (const offerId of ['o-debt', 'o-nope']) {
      const res = await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody({ offerId }));
      expect(res.status).toBe(400);
      expect(await paths(res)).toEqual(['offerId']);
    }
    expect(await count(f.services, 'leads')).toBe(0);
    const seq = (await f.services.db.execute('SELECT last_seq FROM events')).rows[0]!.last_seq;
    expect(Number(seq)).toBe(0);
  });

  const invalidLeads: [string, Record<string, unknown>, string][] = [
    ['deviceId missing', { deviceId: undefined }, 'deviceId'],
    ['contact missing', { contact: undefined }, 'contact'],
    ['consent missing', { consent: undefined }, 'consent'],
    ['idempotencyKey missing', { idempotencyKey: undefined }, 'idempotencyKey'],
    ['contact without phone or e-mail', { contact: { name: 'X' } }, 'contact'],
    ['phone of the wrong type', { contact: { phone: 4930123456 } }, 'contact.phone'],
    ['message too long', { message: 'x'.repeat(501) }, 'message'],
    ['locale unknown', { locale: 'fr' }, 'locale'],
    ['consent text too short', { consent: { text: 'ok', locale: 'de', at: '2027-03-10T10:00:00Z' } }, 'consent.text'],
    ['unknown field', { birthday: '1970-01-01' }, 'birthday'],
    ['providerId sent by a phone', { providerId: 'p-debt' }, 'providerId'],
  ];
  it.each(invalidLeads)('refuses a lead with %s: 400 naming the field, nothing written', async (_name, change, path) => {
    const res = await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody(change));
    expect(res.status).toBe(400);
    expect(await paths(res)).toContain(path);
    expect(await count(f.services, 'leads')).toBe(0);
  });

  const invalidVisits: [string, Record<string, unknown>, string][] = [
    ['deviceId missing', { idempotencyKey: key() }, 'deviceId'],
    ['idempotencyKey missing', { deviceId: key('dev') }, 'idempotencyKey'],
    ['deviceId too long', { deviceId: 'd'.repeat(65), idempotencyKey: key() }, 'deviceId'],
    ['idempotencyKey of the wrong type', { deviceId: key('dev'), idempotencyKey: 1234567890123456 }, 'idempotencyKey'],
    ['at not a timestamp', { deviceId: key('dev'), idempotencyKey: key(), at: 'yesterday' }, 'at'],
    ['unknown field', { deviceId: key('dev'), idempotencyKey: key(), standId: 'st-2' }, 'standId'],
  ];
  it.each(invalidVisits)('refuses a visit with %s: 400 naming the field, nothing written', async (_name, body, path) => {
    const res = await f.post(`/api/stand/${f.standToken.care}/visits`, body);
    expect(res.status).toBe(400);
    expect(await paths(res)).toContain(path);
    expect(await count(f.services, 'visits')).toBe(0);
  });

  it('refuses broken JSON (400 INVALID_JSON) and other content types (415)', async () => {
    const broken = await f.post(`/api/stand/${f.standToken.care}/visits`, '{"deviceId":');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorBody).error.code).toBe('INVALID_JSON');
    const form = await f.app.request(`/api/stand/${f.standToken.care}/visits`, { method: 'POST', body: 'deviceId=x' });
    expect(form.status).toBe(415);
    expect(await count(f.services, 'visits')).toBe(0);
  });
});

describe('a visitor erasing their data', () => {
  it("deletes that device's visits and leads, and nobody else's", async () => {
    const mine = key('dev');
    const other = key('dev');
    await f.post(`/api/stand/${f.standToken.care}/visits`, { deviceId: mine, idempotencyKey: key() });
    await f.post(`/api/stand/${f.standToken.debt}/visits`, { deviceId: mine, idempotencyKey: key() });
    await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody({ deviceId: mine }));
    await f.post(`/api/stand/${f.standToken.care}/visits`, { deviceId: other, idempotencyKey: key() });
    await f.post(`/api/stand/${f.standToken.care}/leads`, leadBody({ deviceId: other }));
    const res = await f.app.request(`/api/visitor/${mine}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ visits: 2, leads: 1 });
    expect(await count(f.services, 'visits')).toBe(1);
    expect(await count(f.services, 'leads')).toBe(1);
    const left = await f.services.db.execute({ sql: 'SELECT COUNT(*) AS n FROM visits WHERE device_id = ?', args: [mine] });
    expect(Number(left.rows[0]!.n)).toBe(0);
  });

  it('refuses a malformed device id with 400', async () => {
    const res = await f.app.request('/api/visitor/x', { method: 'DELETE' });
    expect(res.status).toBe(400);
  });
});

describe('contact-request limits', () => {
  it('refuses a phone past its contact-request limit with 429 and stores nothing more, while another phone goes on', async () => {
    const f = await field(await testServices({ leadLimits: { phone: 3, stand: 100, kiosk: 100 } }, fairClock()));
    try {
      const path = `/api/stand/${f.standToken.care}/leads`;
      for (let i = 0; i < 3; i++) expect((await f.post(path, leadBody())).status).toBe(201);
      const before = await count(f.services, 'leads');
      const refused = await f.post(path, leadBody());
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
      expect(await count(f.services, 'leads')).toBe(before);
      expect((await f.post(path, leadBody({ deviceId: 'phone-device-0000002' }))).status).toBe(201);
    } finally {
      await f.services.dispose();
    }
  });

  it('caps contact requests per stand, whatever the phone', async () => {
    const f = await field(await testServices({ leadLimits: { phone: 100, stand: 2, kiosk: 100 } }, fairClock()));
    try {
      const path = `/api/stand/${f.standToken.care}/leads`;
      expect((await f.post(path, leadBody({ deviceId: 'phone-device-000000a' }))).status).toBe(201);
      expect((await f.post(path, leadBody({ deviceId: 'phone-device-000000b' }))).status).toBe(201);
      expect((await f.post(path, leadBody({ deviceId: 'phone-device-000000c' }))).status).toBe(429);
      expect((await f.post(`/api/stand/${f.standToken.debt}/leads`, leadBody({ deviceId: 'phone-device-000000c' }))).status).toBe(201);
    } finally {
      await f.services.dispose();
    }
  });
});
