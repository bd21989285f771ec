/**
 * The typed client against the real server: startServer on 127.0.0.1:0, a temporary SQLite file, the demo seed.
 * Node's fetch keeps no cookies, so these calls also prove the client's own `markt_session` jar.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createMarktClient, MarktApiError, type BoothLead, type DeviceInfo, type DeviceView, type EventReport, type ImportResult, type OrganizerSession, type Pairing, type Poster, type RotaShift } from './client.js';
import type * as ClientModule from './client.js';
import { loadConfig } from './config.js';
import { seedDemo, startServer, type RunningServer } from './index.js';
import { apiRoutes } from './openapi.js';
import type { LeadItem } from './store/feed.js';
import type { Device, Pairing as ServerPairing } from './store/devices.js';
import type { DeviceView as ServerDeviceView, PosterData } from './store/org.js';
import type { EventReport as ServerReport } from './store/report.js';
import type { ImportResult as ServerImportResult } from './store/import.js';
import type { RotaShift as ServerRotaShift } from './store/rota.js';
import type { OrganizerUser, TenantInfo } from './store/users.js';

let dir: string;
let server: RunningServer;
let eventId: string;
let password: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'markt-client-'));
  server = await startServer(loadConfig({}, { port: 0, host: '127.0.0.1', dbUrl: `file:${join(dir, 'markt.db')}`, log: () => undefined }));
  const seed = await seedDemo(server.services);
  eventId = seed.eventId ?? '';
  password = seed.password;
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

// The server runs on the real clock and refuses a consent time far from it, so leads consent "now".
const key = (prefix: string) => `${prefix}-${crypto.randomUUID()}`.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40);

/** Expects a promise to reject with a MarktApiError and returns it. */
async function apiError(promise: Promise<unknown>): Promise<MarktApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MarktApiError);
  return error as MarktApiError;
}

describe('createMarktClient against the real server', () => {
  it('an organizer logs in, creates a provider, offer and stand, pairs a booth that then sees, rates and exports a phone lead', async () => {
    const org = createMarktClient({ baseUrl: `${server.url}/` });
    const wrong = await apiError(org.auth.login({ email: 'demo@markt.example', password: 'not the password' }));
    expect([wrong.status, wrong.code]).toEqual([401, 'BAD_LOGIN']);

    const session = await org.auth.login({ email: 'demo@markt.example', password });
    expect(session.user.email).toBe('demo@markt.example');
    expect(org.csrfToken).toBe(session.csrfToken);
    expect((await org.auth.me()).tenant.id).toBe(session.tenant.id);
    expect((await org.org.events.list()).map((e) => e.id)).toContain(eventId);

    const providerId = key('p-client');
    const offerId = key('o-client');
    const provider = await org.org.providers(eventId).create({ id: providerId, name: 'Client GmbH', kind: 'employer' });
    expect(provider.certifications).toEqual([]); // the stored record, with defaults filled in
    await org.org.offers(eventId).create({
      id: offerId,
      providerId,
      kind: 'job',
      title: { de: 'Lagerhelfer/in' },
      summary: { de: 'Vollzeit in Pankow' },
    });
    const stand = await org.org.stands(eventId).create({ id: key('s-client'), providerId, number: 'Z99' });
    expect(stand.eventId).toBe(eventId);
    expect(stand.url).toMatch(new RegExp(`^${server.url}/s/`));

    // Public data: the new offer is there; the same ETag again is a 304.
    const phone = createMarktClient({ baseUrl: server.url });
    const first = await phone.public.event(eventId);
    if (first.notModified) throw new Error('the first call has no ETag to match');
    expect(first.etag).toMatch(/^".+"$/);
    expect(first.data.offers.map((o) => o.id)).toContain(offerId);
    expect(first.data.stands.find((s) => s.id === stand.id)?.number).toBe('Z99');
    expect(await phone.public.event(eventId, { etag: first.etag })).toEqual({ notModified: true, etag: first.etag });

    // The stand's token, from the poster sheet.
    const poster = (await org.org.posters(eventId)).find((p) => p.standId === stand.id);
    expect(poster?.url).toBe(stand.url);
    expect(poster?.qrSvg).toContain('<svg');
    const token = new URL(poster?.url ?? '').pathname.split('/').pop() ?? '';
    expect((await phone.public.stand(token)).provider.name).toBe('Client GmbH');

    // Pairing a booth tablet with a code made through the client.
    const { code, pairUrl } = await org.org.devices(eventId).create({ role: 'booth', providerId, name: 'Client tablet' });
    expect(pairUrl).toContain(`/booth#pair=${code}`);
    const booth = createMarktClient({ baseUrl: server.url });
    const pairing = await booth.pair(code);
    expect(pairing).toMatchObject({ role: 'booth', eventId, providerId });
    booth.setDeviceToken(pairing.token);
    const me = await booth.booth.me();
    expect(me.provider?.id).toBe(providerId);
    expect(me.stands.map((s) => s.id)).toEqual([stand.id]);

    // A shift on the rota, seen by the organizer and by the booth of that stand.
    const event = await org.org.events.get(eventId);
    const shift = await org.org.rota(eventId).create({ standId: stand.id, staffName: 'Berta Beispiel', startsAt: event.startsAt, endsAt: event.endsAt });
    expect(shift.id).toMatch(/^sh-/);
    expect((await org.org.rota(eventId).list()).map((s) => s.id)).toContain(shift.id);
    expect(await booth.booth.rota()).toMatchObject({ stands: [{ id: stand.id, number: 'Z99' }], shifts: [{ id: shift.id, staffName: 'Berta Beispiel' }] });

    // A phone visits and asks for contact through the stand token; a retry with the same key is the same visit.
    const deviceId = key('phone');
    const visitKey = key('visit');
    const visit = await phone.public.standVisit(token, { deviceId, idempotencyKey: visitKey });
    expect(visit.seq).toBeGreaterThan(0);
    expect(await phone.public.standVisit(token, { deviceId, idempotencyKey: visitKey })).toEqual(visit);
    const leadsBefore = (await org.org.report(eventId)).totals.leads;
    const lead = await phone.public.standLead(token, {
      offerId,
      deviceId,
      contact: { name: 'Ada Muster', email: 'ada@example.org' },
      consent: { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: new Date().toISOString() },
      idempotencyKey: key('lead'),
    });
    expect(lead.seq).toBeGreaterThan(visit.seq);

    // The booth sees it, rates it, exports it.
    const { leads } = await booth.booth.leads();
    expect(leads.map((l) => l.id)).toEqual([lead.id]);
    expect(leads[0]).toMatchObject({ offerId, standId: stand.id, contact: { email: 'ada@example.org' }, status: 'new' });
    expect((await booth.booth.leads({ after: lead.seq })).leads).toEqual([]);
    const patched = await booth.booth.patchLead(lead.id, { rating: 5, status: 'contacted', tags: ['Rückruf'] });
    expect(patched).toMatchObject({ id: lead.id, rating: 5, status: 'contacted', tags: ['Rückruf'] });
    const csv = await booth.booth.leadsCsv();
    expect(csv.split('\n')[0]).toMatch(/email/i);
    expect(csv).toContain('ada@example.org');
    expect(csv).toContain('contacted');

    // A field error arrives as a MarktApiError whose details name the field; nothing changed.
    const bad = await apiError(booth.booth.patchLead(lead.id, { rating: 9 }));
    expect([bad.status, bad.code]).toEqual([400, 'INVALID_INPUT']);
    expect(bad.details.map((d) => d.path)).toContain('rating');
    expect((await booth.booth.leads()).leads[0]?.rating).toBe(5);

    const badOffer = await apiError(org.org.offers(eventId).create({ id: key('o-bad'), providerId, kind: 'job', title: { de: '' }, summary: { de: 'x' } }));
    expect(badOffer.status).toBe(400);
    expect(badOffer.details.map((d) => d.path)).toContain('title.de');

    // While the fair runs the report counts only what was written before the last 5-minute boundary, totals too
    // (privacy review H2, report-lag.test.ts): this one lead is not in it yet, and the provider's count does not
    // move with it (a 1 would be withheld later). The booth's own token is not an organizer session.
    const report = await org.org.report(eventId);
    expect(report.listsUntil).not.toBeNull();
    const leadsUntil = await server.services.db.execute({ sql: 'SELECT COUNT(*) AS n FROM leads WHERE event_id = ? AND created_at < ?', args: [eventId, report.listsUntil] });
    expect(report.totals.leads).toBe(Number(leadsUntil.rows[0]!.n));
    expect(report.totals.leads).toBeLessThanOrEqual(leadsBefore);
    expect(report.leadsPerProvider.find((p) => p.providerId === providerId)?.leads ?? 0).toBe(0);
    const wrongRole = await apiError(booth.org.events.list());
    expect(wrongRole.status).toBe(401);

    // The erasure removes the phone's lead from the booth's list.
    expect(await phone.public.eraseVisitor(deviceId)).toEqual({ visits: 1, leads: 1 });
    expect((await booth.booth.leads()).leads).toEqual([]);
  });

  it('keeps the session cookie itself in Node, sends the CSRF token, and forgets both on logout', async () => {
    const org = createMarktClient({ baseUrl: server.url });
    expect((await apiError(org.org.events.list())).code).toBe('UNAUTHORIZED');
    await org.auth.login({ email: 'demo@markt.example', password });

    // Same cookie without the CSRF token: unsafe requests are refused.
    const noCsrf = createMarktClient({ baseUrl: server.url, fetch: withoutCsrf });
    await noCsrf.auth.login({ email: 'demo@markt.example', password });
    expect(await noCsrf.org.tenant.origins()).toEqual({ origins: [] });
    expect((await apiError(noCsrf.org.tenant.setOrigins(['https://www.example.org']))).code).toBe('CSRF');

    expect(await org.org.tenant.setOrigins(['https://WWW.Example.org', 'https://www.example.org'])).toEqual({ origins: ['https://www.example.org'] });
    expect(await org.org.tenant.origins()).toEqual({ origins: ['https://www.example.org'] });
    await org.org.tenant.setOrigins([]);

    await org.auth.logout();
    expect(org.csrfToken).toBeUndefined();
    expect((await apiError(org.org.events.list())).status).toBe(401);
  });

  it('imports CSV text and reports bad rows by line', async () => {
    const org = createMarktClient({ baseUrl: server.url });
    await org.auth.login({ email: 'demo@markt.example', password });
    const id = key('p-csv');
    const bad = await apiError(org.org.import(eventId, 'providers', `id,name,kind\n${id},CSV GmbH,employer\n${id}-2,,nonsense\n`));
    expect([bad.status, bad.code]).toEqual([400, 'INVALID_CSV']);
    expect(bad.details.every((d) => d.line === 3)).toBe(true);
    const result = await org.org.import(eventId, 'providers', `id,name,kind\n${id},CSV GmbH,employer\n${id}-2,,nonsense\n`, { validOnly: true });
    expect(result).toMatchObject({ kind: 'providers', imported: 1, rejected: 1 });
    expect((await org.org.providers(eventId).get(id)).name).toBe('CSV GmbH');
  });

  it('has a method for every route of apiRoutes, and each one works against the server', async () => {
    const calls: string[] = [];
    const recording: typeof fetch = (input, init) => {
      calls.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
      return fetch(input, init);
    };
    const client = (deviceToken?: string) => createMarktClient({ baseUrl: server.url, fetch: recording, ...(deviceToken ? { deviceToken } : {}) });
    const org = client();
    const phone = client();

    expect(await org.health()).toEqual({ ok: true });
    expect(Object.keys((await org.openApi()).paths as object)).toContain('/api/org/tenant/origins');
    await org.auth.login({ email: 'demo@markt.example', password });
    await org.auth.me();
    await org.org.tenant.origins();
    await org.org.tenant.setOrigins([]);

    // Records of the demo event: create, read, replace, delete.
    const event = await org.org.events.get(eventId);
    const p = key('p-all');
    await org.org.providers(eventId).create({ id: p, name: 'Alle GmbH', kind: 'employer' });
    expect((await org.org.providers(eventId).list()).some((x) => x.id === p)).toBe(true);
    expect((await org.org.providers(eventId).replace(p, { name: 'Alle AG', kind: 'employer' })).name).toBe('Alle AG');
    const o = key('o-all');
    await org.org.offers(eventId).create({ id: o, providerId: p, kind: 'job', title: { de: 'Koch/Köchin' }, summary: { de: 'Kantine' } });
    expect((await org.org.offers(eventId).get(o)).title.de).toBe('Koch/Köchin');
    await org.org.offers(eventId).replace(o, { providerId: p, kind: 'job', title: { de: 'Koch' }, summary: { de: 'Kantine' } });
    expect((await org.org.offers(eventId).list()).find((x) => x.id === o)?.title.de).toBe('Koch');
    const s = key('s-all');
    await org.org.stands(eventId).create({ id: s, providerId: p, number: 'Y1' });
    expect((await org.org.stands(eventId).replace(s, { providerId: p, number: 'Y2' })).number).toBe('Y2');
    expect((await org.org.stands(eventId).get(s)).url).toContain('/s/');
    expect((await org.org.stands(eventId).list()).find((x) => x.id === s)?.number).toBe('Y2');
    expect(await org.org.qrSvg(eventId, s)).toContain('<svg');
    expect([...(await org.org.qrPng(eventId, s)).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const rows = await org.org.radar(eventId).get();
    expect(await org.org.radar(eventId).replace(rows)).toEqual(rows);
    const shift = await org.org.rota(eventId).create({ standId: s, staffName: 'Carl', startsAt: event.startsAt, endsAt: event.endsAt });
    expect((await org.org.rota(eventId).replace(shift.id, { standId: s, staffName: 'Carla', startsAt: event.startsAt, endsAt: event.endsAt })).staffName).toBe('Carla');
    expect((await org.org.rota(eventId).list()).find((x) => x.id === shift.id)?.staffName).toBe('Carla');

    // A kiosk: pairing, its statistics, visits and leads; then revoked.
    const kioskCode = (await org.org.devices(eventId).create({ role: 'kiosk', name: 'Kiosk A' })).code;
    const kioskPairing = await phone.pair(kioskCode);
    const kiosk = client(kioskPairing.token);
    expect((await kiosk.kiosk.me()).event?.id).toBe(eventId);
    const visitor = key('visitor');
    expect((await kiosk.kiosk.visit({ standId: s, deviceId: visitor, source: 'kiosk', idempotencyKey: key('kv') })).seq).toBeGreaterThan(0);
    const consent = { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de' as const, at: new Date().toISOString() };
    await kiosk.kiosk.lead({ providerId: p, standId: s, offerId: o, deviceId: visitor, contact: { phone: '030 1234567' }, consent, idempotencyKey: key('kl') });
    expect((await kiosk.kiosk.quiz({ code: 'RIA', interests: { R: 0.9, I: 0.5, A: 0.4, S: 0.1, E: 0.1, C: 0.2 }, idempotencyKey: key('kq') })).id).toBeTruthy();
    expect(await kiosk.kiosk.search({ query: 'Zahntechnik Nachtschicht', resultCount: 0, locale: 'de' })).toEqual({ stored: true });
    expect((await kiosk.kiosk.feedback({ rating: 4, idempotencyKey: key('kf') })).id).toBeTruthy();
    expect(await kiosk.kiosk.session('active')).toEqual({ state: 'active', ttlSeconds: 90 });
    expect((await kiosk.kiosk.session('idle')).state).toBe('idle');

    // The phone and the booth of the new provider.
    const token = new URL((await org.org.stands(eventId).get(s)).url).pathname.split('/').pop() ?? '';
    await phone.public.event(eventId);
    await phone.public.stand(token);
    await phone.public.standVisit(token, { deviceId: visitor, idempotencyKey: key('pv') });
    await phone.public.standLead(token, { deviceId: visitor, contact: { email: 'carl@example.org' }, consent, idempotencyKey: key('pl') });
    const booth = client((await phone.pair((await org.org.devices(eventId).create({ role: 'booth', providerId: p, name: 'Tablet B' })).code)).token);
    await booth.booth.me();
    const { leads } = await booth.booth.leads();
    expect(leads.map((l) => l.contact.phone ?? l.contact.email)).toEqual(['030 1234567', 'carl@example.org']);
    await booth.booth.patchLead(leads[0]?.id ?? '', { notes: 'angerufen', status: 'done' });
    expect(await booth.booth.leadsCsv()).toContain('angerufen');
    expect((await booth.booth.rota()).shifts.map((x) => x.staffName)).toEqual(['Carla']);
    await booth.booth.deleteLead(leads[1]?.id ?? '');
    expect((await booth.booth.leads()).leads.map((l) => l.id)).toEqual([leads[0]?.id]);
    expect(await phone.public.eraseVisitor(visitor)).toEqual({ visits: 2, leads: 1 });

    // The organizer's view: devices, posters, report, clone, import; then clean up.
    const devices = await org.org.devices(eventId).list();
    expect(devices.find((d) => d.id === kioskPairing.deviceId)).toMatchObject({ role: 'kiosk', revoked: false });
    await org.org.devices(eventId).revoke(kioskPairing.deviceId);
    await org.org.devices(eventId).create({ role: 'kiosk', name: 'Kiosk lost' });
    const lost = (await org.org.pairingCodes(eventId).list()).find((x) => x.name === 'Kiosk lost')!;
    await org.org.pairingCodes(eventId).withdraw(lost.id);
    expect((await org.org.pairingCodes(eventId).list()).some((x) => x.id === lost.id)).toBe(false);
    await org.org.devices(eventId).create({ role: 'kiosk', name: 'Kiosk sheet', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(await org.org.pairingCodes(eventId).withdrawAll()).toEqual({ withdrawn: 1 });
    expect(await org.org.erase(eventId, { phone: '0170 0000000' })).toEqual({ deleted: 0 });
    expect(await org.org.erase(null, { email: 'nobody@example.org' })).toEqual({ deleted: 0 });
    expect((await apiError(kiosk.kiosk.me())).code).toBe('DEVICE_REVOKED');
    expect((await org.org.posters(eventId)).some((x) => x.standId === s)).toBe(true);
    const lagged = await org.org.report(eventId);
    const quizzesUntil = await server.services.db.execute({ sql: 'SELECT COUNT(*) AS n FROM quizzes WHERE event_id = ? AND at < ?', args: [eventId, lagged.listsUntil] });
    expect(lagged.totals.quizzes).toBe(Number(quizzesUntil.rows[0]!.n));
    // One search is below the report's threshold of 5 (store/report.ts MIN_COUNT): its text is never shown.
    const reportCsv = await org.org.reportCsv(eventId);
    expect(reportCsv).toMatch(/^totals,searches,,\d+/m);
    expect(reportCsv).not.toMatch(/zahntechnik/i);
    const copy = await org.org.clone(eventId, { startsAt: event.startsAt, endsAt: event.endsAt, venue: event.venue, includeProviders: false, includeOffers: false });
    expect(copy.id).not.toBe(eventId);
    expect((await org.org.events.patch(copy.id, { title: { de: 'Kopie' } })).title.de).toBe('Kopie');
    expect((await org.org.events.list()).map((e) => e.id)).toContain(copy.id);
    const created = await org.org.events.create({ title: { de: 'Neu' }, startsAt: event.startsAt, endsAt: event.endsAt, venue: event.venue });
    expect(created.id).toMatch(/^ev-/);
    expect((await org.org.import(created.id, 'providers', 'id,name,kind\np-imp,Import GmbH,employer\n')).imported).toBe(1);
    const template = await org.org.template(eventId, { offers: false });
    expect(template.format).toBe('markt-template');
    expect(template.offers ?? []).toEqual([]);
    expect(template.providers?.length).toBeGreaterThan(0);
    const imported = await org.org.importTemplate({ template, startsAt: event.startsAt, endsAt: event.endsAt });
    expect((await org.org.providers(imported.id).list()).length).toBe(template.providers!.length);
    const floorSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="2" height="2"/></svg>';
    expect((await org.org.floorPlanImage(eventId).upload('image/svg+xml', floorSvg)).imageUrl).toBe(`/api/events/${eventId}/floor-plan-image`);
    expect(new TextDecoder().decode(await phone.public.floorPlanImage(eventId))).toBe(floorSvg);
    await org.org.floorPlanImage(eventId).delete();
    expect((await org.org.events.get(eventId)).floorPlan?.imageUrl).toBeUndefined();
    await org.org.rota(eventId).delete(shift.id);
    await org.org.offers(eventId).delete(o);
    await org.org.stands(eventId).delete(s);
    await org.org.providers(eventId).delete(p);
    expect((await apiError(org.org.providers(eventId).get(p))).status).toBe(404);
    await org.auth.logout();

    const missing = apiRoutes.filter((route) => {
      const pattern = new RegExp(`^${route.method.toUpperCase()} ${route.path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
      return !calls.some((call) => pattern.test(call));
    });
    expect(missing.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('turns an error page that is not the API JSON into a MarktApiError with the status (a stub fetch stands in for a proxy)', async () => {
    const proxy = createMarktClient({ baseUrl: server.url, fetch: async () => new Response('<h1>Bad Gateway</h1>', { status: 502, statusText: 'Bad Gateway' }) });
    const error = await apiError(proxy.health());
    expect([error.status, error.code]).toEqual([502, 'HTTP_502']);
    expect(error.message).toContain('Bad Gateway');
  });
});

/** Node's fetch, but with the CSRF header dropped (as a cross-site form post would send it). */
const withoutCsrf: typeof fetch = (input, init) => {
  const headers = { ...(init?.headers as Record<string, string>) };
  delete headers['x-csrf-token'];
  return fetch(input, { ...init, headers });
};

describe('the client types', () => {
  it('accept what the server really answers (checked by tsc)', () => {
    expectTypeOf<LeadItem>().toMatchTypeOf<BoothLead>();
    expectTypeOf<Device>().toMatchTypeOf<DeviceInfo>();
    expectTypeOf<ServerDeviceView>().toMatchTypeOf<DeviceView>();
    expectTypeOf<ServerPairing>().toMatchTypeOf<Pairing>();
    expectTypeOf<PosterData & { qrSvg: string }>().toMatchTypeOf<Poster>();
    expectTypeOf<ServerReport>().toMatchTypeOf<EventReport>();
    expectTypeOf<ServerImportResult>().toMatchTypeOf<ImportResult>();
    expectTypeOf<ServerRotaShift>().toMatchTypeOf<RotaShift>();
    expectTypeOf<RotaShift>().toMatchTypeOf<ServerRotaShift>();
    expectTypeOf<{ user: OrganizerUser; tenant: TenantInfo; csrfToken: string }>().toMatchTypeOf<OrganizerSession>();
    expect(new MarktApiError(400, 'INVALID_INPUT', 'bad', [{ path: 'x', message: 'y' }]).details).toHaveLength(1);
  });
});

describe('the client bundle', () => {
  it('bundles for the browser alone: no server code, no node: modules, no run-time dependency', async () => {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [join(import.meta.dirname, 'client.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.keys(out.metafile.inputs)).toEqual([expect.stringMatching(/client\.ts$/)]);
    expect(out.outputFiles[0]?.text).toContain('createMarktClient');
  });
});

/** What the test pages hold: the bundled client as a global, and the browser's own globals it reads. */
interface BrowserGlobals {
  marktClient: typeof ClientModule;
  location: { origin: string };
  document: { cookie: string };
}

describe('the client in a real browser (Chromium)', () => {
  it('logs in with the browser keeping the cookie, and reads public data cross-origin from an embed origin', async () => {
    const { build } = await import('esbuild');
    const bundle = await build({ entryPoints: [join(import.meta.dirname, 'client.ts')], bundle: true, platform: 'browser', format: 'iife', globalName: 'marktClient', write: false, logLevel: 'silent' });
    const port = server.port;
    const admin = createMarktClient({ baseUrl: server.url });
    await admin.auth.login({ email: 'demo@markt.example', password });
    await admin.org.tenant.setOrigins([`http://localhost:${port}`]);

    const browser = await chromium.launch({
      executablePath: process.env.MARKT_CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      headless: true,
    });
    try {
      // The server's JSON answers carry a strict CSP; the client is meant for the caller's own pages, which set theirs.
      const page = await (await browser.newContext({ bypassCSP: true })).newPage();
      // The organizer's page: same origin as the API.
      await page.goto(`${server.url}/api/health`);
      await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
      const same = await page.evaluate(async ({ password, eventId }) => {
        const w = globalThis as unknown as BrowserGlobals;
        const { createMarktClient: create, MarktApiError: ApiError } = w.marktClient;
        const markt = create({ baseUrl: w.location.origin });
        const session = await markt.auth.login({ email: 'demo@markt.example', password });
        // A second client without any state of its own: only the browser's cookie makes it an organizer.
        const fresh = create({ baseUrl: w.location.origin });
        const me = await fresh.auth.me();
        const events = await fresh.org.events.list();
        const error = await markt.org.offers(eventId).create({ id: 'o-browser', providerId: 'nobody', kind: 'job', title: { de: '' }, summary: { de: 'x' } }).catch((e: unknown) => e);
        return {
          sameTenant: me.tenant.id === session.tenant.id,
          hasEvent: events.some((e) => e.id === eventId),
          error: error instanceof ApiError ? { status: error.status, paths: error.details.map((d) => d.path) } : String(error),
          cookieVisible: w.document.cookie.includes('markt_session'),
        };
      }, { password, eventId });
      expect(same).toEqual({ sameTenant: true, hasEvent: true, error: { status: 400, paths: expect.arrayContaining(['title.de']) }, cookieVisible: false });

      // A provider's website on another origin (listed by the tenant) reads the public data, with ETag.
      await page.goto(`http://localhost:${port}/api/health`);
      await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
      const cross = await page.evaluate(async ({ api, eventId }) => {
        const w = globalThis as unknown as BrowserGlobals;
        const markt = w.marktClient.createMarktClient({ baseUrl: api });
        const first = await markt.public.event(eventId);
        const again = await markt.public.event(eventId, { etag: first.etag });
        return { origin: w.location.origin, providers: first.notModified ? 0 : first.data.providers.length, again: again.notModified };
      }, { api: server.url, eventId });
      expect(cross.origin).not.toBe(server.url);
      expect(cross.providers).toBeGreaterThan(0);
      expect(cross.again).toBe(true);
    } finally {
      await browser.close();
      await admin.org.tenant.setOrigins([]);
    }
  });
});
