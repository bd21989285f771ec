/**
 * The report's numbers equal those computed directly from a generated fair's raw data: ~3,000 visits,
 * 300 leads, quizzes, searches and feedback written through the real kiosk routes, every figure
 * recomputed here from the generated arrays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createTenant, insertFair } from '../../src/store/fair.js';
import { createPairingCode } from '../../src/store/org.js';
import type { EventReport } from '../../src/store/report.js';
import { createOrganizer } from '../../src/store/users.js';
import { testServices, type TestServices } from '../helpers.js';
import { generateFair, type GeneratedFair } from './generated-fair.js';

const EVENT = 'fair-gen';
const consent = { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: '2027-03-10T10:00:00+01:00' };

/** Counts by key, sorted by count (desc) then key — the report's order. */
function countBy<T>(items: readonly T[], key: (item: T) => string, keys: readonly string[] = []): [string, number][] {
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The report's rule, written out again: when a list has a count between 1 and 4, every count below 5 of it is
 * withheld (null, `suppressed: true`); when that withholds exactly one cell, or only cells of 4, the smallest shown
 * count goes with them, in every cell that has it. Withheld cells move behind the shown ones, ordered by key.
 */
function protect(counts: [string, number][], keepOrder = false): [string, number | null][] {
  const small = counts.some(([, n]) => n > 0 && n < 5);
  const cells = counts.map(([key, n]): [string, number | null] => [key, small && n < 5 ? null : n]);
  const withholdSmallestShown = () => {
    const smallest = Math.min(...cells.flatMap(([, n]) => (n === null ? [] : [n])));
    for (const cell of cells) if (cell[1] === smallest) cell[1] = null;
  };
  if (cells.filter(([, n]) => n === null).length === 1) withholdSmallestShown();
  const hidden = counts.filter((_, i) => cells[i]![1] === null);
  if (hidden.length > 0 && hidden.every(([, n]) => n === 4)) withholdSmallestShown();
  if (keepOrder) return cells;
  return [...cells.filter(([, n]) => n !== null), ...cells.filter(([, n]) => n === null).sort((a, b) => (a[0] < b[0] ? -1 : 1))];
}
/**
 * The average rating as the report may show it, written out again: from 5 ratings on, and null when a reader who
 * knows the rule, the exact count and the average (2 decimals) could tell a withheld rating count exactly.
 */
function average(counts: number[]): number | null {
  const round2 = (x: number) => Math.round(x * 100) / 100;
  const total = counts.reduce((a, n) => a + n, 0);
  const mean = (list: number[]) => round2(list.reduce((a, n, i) => a + n * (i + 1), 0) / total);
  if (total < 5) return null;
  const publish = (list: number[]) => protect(list.map((n, i): [string, number] => [String(i + 1), n]), true).map(([, v]) => v);
  const published = publish(counts);
  const hidden = published.flatMap((v, i) => (v === null ? [i] : []));
  const values = hidden.map(() => new Set<number>());
  const rest = total - published.reduce<number>((a, v) => a + (v ?? 0), 0);
  const tryAll = (j: number, left: number, candidate: number[]): void => {
    if (j === hidden.length - 1) {
      candidate[hidden[j]!] = left;
      if (JSON.stringify(publish(candidate)) === JSON.stringify(published) && mean(candidate) === mean(counts)) hidden.forEach((h, k) => values[k]!.add(candidate[h]!));
      return;
    }
    for (let n = 0; n <= left; n++) tryAll(j + 1, left - n, Object.assign([...candidate], { [hidden[j]!]: n }));
  };
  if (hidden.length > 0) tryAll(0, rest, published.map((v) => v ?? 0));
  return values.every((v) => v.size >= 2) ? mean(counts) : null;
}
const withheld = (n: number | null) => (n === null ? { suppressed: true } : {});

let services: TestServices;
let g: GeneratedFair;
let report: EventReport;
let csv: string;

beforeAll(async () => {
  let clock = new Date('2027-03-10T08:00:00Z');
  services = await testServices({ leadLimits: { phone: 10_000, stand: 10_000, kiosk: 10_000 } }, () => clock);
  const app = createApp(services);
  const tenant = await createTenant(services, 'Jobcenter Pankow', 'tenant-gen');
  await createOrganizer(services, { tenantId: tenant, email: 'anna@pankow.example', name: 'Anna', password: 'correct horse battery 1' });
  g = generateFair(20270310, EVENT);
  await insertFair(services, tenant, g.fair);
  const { code } = await createPairingCode(services, { eventId: EVENT, role: 'kiosk', name: 'Kiosk' });
  const paired = (await (await app.request('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })).json()) as { token: string };
  const kiosk = { authorization: `Bearer ${paired.token}`, 'content-type': 'application/json' };
  const post = async (path: string, body: unknown, at: string, expected: number) => {
    clock = new Date(at);
    const res = await app.request(path, { method: 'POST', headers: kiosk, body: JSON.stringify(body) });
    if (res.status !== expected) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };
  for (const visit of g.visits) await post('/api/kiosk/visits', visit, visit.at, 201);
  for (const { at, ...lead } of g.leads) await post('/api/kiosk/leads', { ...lead, contact: { phone: '+49 30 555555' }, consent: { ...consent, at } }, at, 201);
  for (const q of g.quizzes) await post('/api/kiosk/quizzes', { code: q.code, interests: { R: 0.1, I: 0.2, A: 0.3, S: 0.4, E: 0.5, C: 0.6 }, idempotencyKey: q.idempotencyKey }, q.at, 201);
  for (const s of g.searches) await post('/api/kiosk/searches', { query: s.query, resultCount: s.resultCount, locale: 'de' }, s.at, s.resultCount === 0 ? 201 : 200);
  for (const f of g.feedback) await post('/api/kiosk/feedback', { rating: f.rating, idempotencyKey: f.idempotencyKey }, f.at, 201);

  // The report is read after the fair (15:00 +01:00): its lists are final, every figure counts.
  clock = new Date('2027-03-10T14:00:00Z');
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'anna@pankow.example', password: 'correct horse battery 1' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  report = (await (await app.request(`/api/org/events/${EVENT}/report`, { headers: { cookie } })).json()) as EventReport;
  csv = await (await app.request(`/api/org/events/${EVENT}/report.csv`, { headers: { cookie } })).text();
}, 300_000);
afterAll(async () => services.dispose());

describe('the report of a generated fair equals the figures computed from its raw data', () => {
  it('has the generated volume (sanity of the generator)', () => {
    expect(g.visits).toHaveLength(3000);
    expect(g.leads).toHaveLength(300);
    expect(new Set(g.visits.map((v) => v.at.slice(0, 13))).size).toBeGreaterThanOrEqual(6);
  });

  it('totals', () => {
    expect(report.totals).toEqual({
      visits: g.visits.length,
      visitors: new Set(g.visits.map((v) => v.deviceId)).size,
      leads: g.leads.length,
      quizzes: g.quizzes.length,
      searches: g.searches.filter((s) => s.resultCount === 0).length, // only searches without a result are kept
      feedback: g.feedback.length,
    });
  });

  it('visits per stand (every stand, also those without visits) and per hour', () => {
    const providerName = new Map(g.fair.providers.map((p) => [p.id, p.name]));
    const standById = new Map(g.fair.stands.map((s) => [s.id, s]));
    expect(report.visitsPerStand).toEqual(
      protect(countBy(g.visits, (v) => v.standId, g.fair.stands.map((s) => s.id))).map(([standId, visits]) => ({
        standId,
        standNumber: standById.get(standId)!.number,
        providerName: providerName.get(standById.get(standId)!.providerId),
        visits,
        ...withheld(visits),
      })),
    );
    const perHour = countBy(g.visits, (v) => new Date(v.at).toISOString().slice(0, 13)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(report.visitsPerHour).toEqual(protect(perHour, true).map(([hour, visits]) => ({ hour, visits, ...withheld(visits) })));
  });

  it('leads per provider (also those without leads) and per offer kind', () => {
    const providerName = new Map(g.fair.providers.map((p) => [p.id, p.name]));
    expect(report.leadsPerProvider).toEqual(
      protect(countBy(g.leads, (l) => l.providerId, g.fair.providers.map((p) => p.id))).map(([providerId, leads]) => ({
        providerId,
        providerName: providerName.get(providerId),
        leads,
        ...withheld(leads),
      })),
    );
    expect(report.leadsPerProvider.find((p) => p.providerId === 'p-11')?.leads ?? null).not.toBeGreaterThan(0);
    const kindOf = new Map(g.fair.offers.map((o) => [o.id, o.kind]));
    const kinds = [...new Set(g.fair.offers.map((o) => o.kind))];
    expect(report.leadsPerOfferKind).toEqual(
      protect(countBy(g.leads, (l) => (l.offerId ? kindOf.get(l.offerId)! : 'none'), kinds)).map(([kind, leads]) => ({ kind, leads, ...withheld(leads) })),
    );
  });

  it('interest codes and zero-result searches (grouped case-insensitively, umlauts included)', () => {
    expect(report.interestCodes).toEqual(protect(countBy(g.quizzes, (q) => q.code)).map(([code, count]) => ({ code, count, ...withheld(count) })));
    const zero = countBy(
      g.searches.filter((s) => s.resultCount === 0),
      (s) => s.query.trim().toLowerCase(),
    ).filter(([, count]) => count >= 5); // the generated terms are clean words: only the threshold applies
    expect(report.zeroResultSearches).toEqual(zero.map(([query, count]) => ({ query, count })));
    expect(report.zeroResultSearches.filter((z) => z.query === 'ärztin')).toHaveLength(1);
  });

  it('feedback: count, average, ratings', () => {
    const ratings = protect(countBy(g.feedback, (f) => String(f.rating), ['1', '2', '3', '4', '5']).sort((a, b) => Number(a[0]) - Number(b[0])), true);
    expect(report.feedback).toEqual({
      count: g.feedback.length,
      average: average(ratings.map(([r]) => g.feedback.filter((f) => String(f.rating) === r).length)),
      ratings: ratings.map(([rating, count]) => ({ rating: Number(rating), count, ...withheld(count) })),
      missing: [], // the generated feedback has no "what was missing" text
    });
  });

  it('stays useful at this size: most cells are shown', () => {
    const lists = [report.visitsPerStand, report.visitsPerHour, report.leadsPerProvider, report.leadsPerOfferKind, report.interestCodes, report.feedback.ratings];
    const cells = lists.flat() as { suppressed?: true }[];
    const hidden = cells.filter((c) => c.suppressed).length;
    expect(hidden / cells.length).toBeLessThan(0.25);
    expect(report.zeroResultSearches.length).toBeGreaterThan(0);
  });

  it('the CSV carries the same figures', () => {
    expect(csv).toContain(`totals,visits,,${g.visits.length}\r\n`);
    for (const s of report.visitsPerStand) expect(csv).toContain(`visits_per_stand,${s.standNumber},${s.providerName},${s.visits ?? 'withheld'}\r\n`);
    for (const k of report.leadsPerOfferKind) expect(csv).toContain(`leads_per_offer_kind,${k.kind},,${k.leads ?? 'withheld'}\r\n`);
  });
});
