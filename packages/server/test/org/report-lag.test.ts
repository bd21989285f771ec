/**
 * Privacy review H2, the report's side: while the fair runs, the report's lists (per stand, hour, provider, offer
 * kind, interest code, rating, free text) count only what was written before the last 5-minute period boundary, so
 * two reads a few seconds apart never show which stand one visit went to. The totals lag alike (else an exact lead
 * total, read every few seconds, would time one person's request to the provider the next list shows). Once the fair is
 * over, everything counts. Real SQLite file, real HTTP routes (a visit and a lead from a stand's page); the clock
 * (`Date`, which the server's `now` and its visit ids read) is set by the test.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUCKET_MS } from '../../src/live/stats.js';
import { standTokenOf } from '../../src/store/fair.js';
import { eventReport, listsBoundary, LISTS_SETTLE_MS, type EventReport } from '../../src/store/report.js';
import { derivable } from '../derivable-counts.js';
import { key, leadBody } from '../field/setup.js';
import { addReportRows, reportLists, times } from './report-data.js';
import { orgWorld, type Login, type OrgWorld } from './setup.js';

let w: OrgWorld;
let org: Login;
const E = '/api/org/events/fair-test';
/** The test fair (fixtures.ts) runs on 10 March 2027 from 08:00 to 14:00 UTC. */
const DAY = '2027-03-10';
const clock = (time: string) => vi.setSystemTime(new Date(`${DAY}T${time}Z`));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  clock('10:20:00');
  w = await orgWorld();
  org = await w.org1();
});
afterEach(async () => {
  await w.dispose();
  vi.useRealTimers();
});

async function read(): Promise<{ report: EventReport; csv: string }> {
  const res = await w.send('GET', `${E}/report`, undefined, org);
  expect(res.status).toBe(200);
  const csv = await (await w.send('GET', `${E}/report.csv`, undefined, org)).text();
  return { report: (await res.json()) as EventReport, csv };
}

/** The report without the time it was made (what two reads in one period may differ in). */
const listsOf = ({ generatedAt: _at, ...rest }: EventReport) => rest;

/** A visit and a contact request from the debt counselling's stand page, as a phone sends them. */
async function phoneAtDebtCounselling(): Promise<void> {
  const token = (await standTokenOf(w.services, 'fair-test', 'st-2'))!;
  const visit = await w.send('POST', `/api/stand/${token}/visits`, { deviceId: key('phone'), idempotencyKey: key('visit') });
  expect(visit.status).toBe(201);
  const consent = { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: new Date().toISOString() };
  const lead = await w.send('POST', `/api/stand/${token}/leads`, leadBody({ consent, idempotencyKey: key('lead') }));
  expect(lead.status, await lead.clone().text()).toBe(201);
}

/** A fair of ten minutes: 10 visits at each stand, 6 leads each, quizzes, searches and feedback. */
async function morning(): Promise<void> {
  await addReportRows(
    w.services,
    {
      visits: [...times(10, { standId: 'st-1', providerId: 'p-care' }), ...times(10, { standId: 'st-2', providerId: 'p-debt' })],
      leads: [...times(6, { providerId: 'p-care', offerId: 'o-care' }), ...times(6, { providerId: 'p-debt', offerId: 'o-debt' })],
      quizzes: [...times(6, 'RC'), ...times(6, 'SA')],
      searches: times(5, 'Imker'),
      feedback: [...times(5, { rating: 4, missing: 'Kinderbetreuung' }), ...times(7, { rating: 5 })],
    },
    `${DAY}T10:20:00.000Z`,
  );
}

describe('while the fair runs, the lists lag behind in whole 5-minute periods (H2)', () => {
  it('two reads around one visit and one lead at the debt counselling show the same report, totals too', async () => {
    await morning();
    clock('10:41:00');
    const before = await read();
    expect(before.report.visitsPerStand.map((s) => [s.standId, s.visits])).toEqual([
      ['st-1', 10],
      ['st-2', 10],
    ]);

    clock('10:41:05');
    await phoneAtDebtCounselling();
    await addReportRows(w.services, { quizzes: ['SA'], searches: ['Imker'], feedback: [{ rating: 1, missing: 'Kinderbetreuung' }] }, new Date().toISOString());
    clock('10:41:10');
    const after = await read();
    expect(listsOf(after.report)).toEqual(listsOf(before.report));
    expect(after.report.totals).toEqual({ visits: 20, visitors: 20, leads: 12, quizzes: 12, searches: 5, feedback: 12 });
    // The CSV says the same and says until when.
    expect(after.csv).toEqual(before.csv);
    expect(before.report.listsUntil).toBe(`${DAY}T10:40:00.000Z`);
    expect(after.csv).toContain(`report,lists_until,,${DAY}T10:40:00.000Z\r\n`);
  });

  it('the lists move on to a boundary 30 seconds after it passed (writes of the period have been committed by then)', async () => {
    await morning();
    clock('10:41:05');
    await phoneAtDebtCounselling();
    clock('10:45:20');
    const settling = (await read()).report;
    expect(settling.listsUntil).toBe(`${DAY}T10:40:00.000Z`);
    expect(settling.visitsPerStand.find((s) => s.standId === 'st-2')?.visits).toBe(10);
    clock('10:45:30');
    const moved = (await read()).report;
    expect(moved.listsUntil).toBe(`${DAY}T10:45:00.000Z`);
    expect(Date.parse(moved.listsUntil!) % BUCKET_MS).toBe(0);
    expect(moved.visitsPerStand.find((s) => s.standId === 'st-2')?.visits).toBe(11);
    expect(moved.leadsPerProvider.find((p) => p.providerId === 'p-debt')?.leads).toBe(7);
  });

  it('a visit sent late with an old time of the device counts from the next boundary, not at once', async () => {
    await morning();
    clock('10:41:05');
    const token = (await standTokenOf(w.services, 'fair-test', 'st-2'))!;
    const before = (await read()).report;
    // A phone that was offline sends its visit of 10:20 now.
    const res = await w.send('POST', `/api/stand/${token}/visits`, { deviceId: key('phone'), idempotencyKey: key('visit'), at: `${DAY}T10:20:00.000Z` });
    expect(res.status).toBe(201);
    expect(listsOf((await read()).report)).toEqual(listsOf(before));
  });

  it('the feedback count and average are those of the ratings listed: one new rating moves neither', async () => {
    await morning();
    clock('10:41:00');
    const before = (await read()).report;
    expect(before.feedback).toMatchObject({ count: 12, average: 4.58 });
    await addReportRows(w.services, { feedback: [{ rating: 1 }] }, new Date().toISOString());
    const after = (await read()).report;
    expect(after.feedback).toEqual(before.feedback);
    expect(after.totals.feedback).toBe(12);
    // From the next boundary the 1 counts, and the average goes: it would tell the withheld rating.
    clock('10:45:30');
    expect((await read()).report.feedback).toMatchObject({ count: 13, average: null });
  });

  it('no withheld cell can be worked out from a lagged list and its own sum up to the boundary', async () => {
    // Up to 10:40: 7 visits at st-1, 1 at st-2; 7 leads and 1; quizzes 7 RC and 2 SA; ratings 6 × 4, 1 × 2.
    await addReportRows(
      w.services,
      {
        visits: [...times(7, { standId: 'st-1', providerId: 'p-care' }), { standId: 'st-2', providerId: 'p-debt' }],
        leads: [...times(7, { providerId: 'p-care', offerId: 'o-care' }), { providerId: 'p-debt', offerId: 'o-debt' }],
        quizzes: [...times(7, 'RC'), ...times(2, 'SA')],
        feedback: [...times(6, { rating: 4 }), { rating: 2 }],
      },
      `${DAY}T10:30:00.000Z`,
    );
    clock('10:42:00');
    // After it: 3 more at st-2 and the like, counted from the next boundary only.
    await addReportRows(
      w.services,
      {
        visits: times(3, { standId: 'st-2', providerId: 'p-debt', at: new Date().toISOString() }),
        leads: times(3, { providerId: 'p-debt', offerId: 'o-debt', at: new Date().toISOString() }),
        quizzes: ['SA'],
        feedback: [{ rating: 2 }],
      },
      new Date().toISOString(),
    );
    const { report } = await read();
    expect(report.totals).toMatchObject({ visits: 8, leads: 8, quizzes: 9, feedback: 7 });
    expect(report.feedback.count).toBe(7);
    expect(derivable(reportLists(report, { visits: 8, leads: 8, quizzes: 9, feedback: 7 }))).toEqual([]);
    expect(report.visitsPerStand.map((s) => s.visits)).toEqual([null, null]);
    expect(report.leadsPerProvider.map((p) => p.leads)).toEqual([null, null]);
    expect(report.interestCodes.map((c) => c.count)).toEqual([null, null]);
  });
});

describe('once the fair is over, the lists are final', () => {
  it('counts everything written, says listsUntil null, and a visit written after the end counts at once', async () => {
    await morning();
    clock('13:58:00');
    await phoneAtDebtCounselling();
    clock('14:00:00');
    const { report, csv } = await read();
    expect(report.listsUntil).toBeNull();
    expect(report.visitsPerStand.map((s) => [s.standId, s.visits])).toEqual([
      ['st-2', 11],
      ['st-1', 10],
    ]);
    expect(report.leadsPerProvider.find((p) => p.providerId === 'p-debt')?.leads).toBe(7);
    expect(csv).toContain('report,lists_until,,\r\n');
    expect(derivable(reportLists(report))).toEqual([]);
  });

  it('`markt export` (eventReport) lags alike while the fair runs', async () => {
    await morning();
    clock('10:41:05');
    await phoneAtDebtCounselling();
    const report = await eventReport(w.services, 'fair-test');
    expect(report.listsUntil).toBe(`${DAY}T10:40:00.000Z`);
    expect(report.visitsPerStand.find((s) => s.standId === 'st-2')?.visits).toBe(10);
    expect(report.totals.visits).toBe(20);
  });
});

describe('listsBoundary: until when the lists count', () => {
  const fair = { endsAt: '2027-03-10T15:00:00+01:00', deleteAfter: '2027-04-09T14:00:00.000Z', purgedAt: null };
  const at = (time: string) => listsBoundary(fair, new Date(`${DAY}T${time}Z`))?.toISOString() ?? null;

  it('is the last 5-minute boundary that passed at least LISTS_SETTLE_MS ago while the fair runs, also before it starts', () => {
    expect(LISTS_SETTLE_MS).toBe(30_000);
    expect(at('07:00:00')).toBe(`${DAY}T06:55:00.000Z`);
    expect(at('10:44:59')).toBe(`${DAY}T10:40:00.000Z`);
    expect(at('10:45:29')).toBe(`${DAY}T10:40:00.000Z`);
    expect(at('10:45:30')).toBe(`${DAY}T10:45:00.000Z`);
    expect(at('13:59:59')).toBe(`${DAY}T13:55:00.000Z`);
  });

  it('is null (final) from the end on, once the retention period is over, or once the data was purged', () => {
    expect(at('14:00:00')).toBeNull();
    expect(listsBoundary({ ...fair, deleteAfter: `${DAY}T10:00:00.000Z` }, new Date(`${DAY}T10:00:00Z`))).toBeNull();
    expect(listsBoundary({ ...fair, purgedAt: `${DAY}T09:00:00.000Z` }, new Date(`${DAY}T10:00:00Z`))).toBeNull();
  });
});
