// The organizer's visit and lead figures (privacy review H2): aggregates per stand and provider, counted up
// to the last whole 5-minute period, small counts suppressed, frozen within a period. Real SQLite file.
import type { LeadInput } from '@markt/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { key, leadBody } from '../../test/field/setup.js';
import { smallFair } from '../../test/fixtures.js';
import { testServices, type TestServices } from '../../test/helpers.js';
import { createTenant, insertFair } from '../store/fair.js';
import { recordLead } from '../store/leads.js';
import { recordVisit } from '../store/visits.js';
import { derivable } from '../../test/derivable-counts.js';
import { ActivityCache, BUCKET_MS, bucketEnd, readActivity, SMALL_COUNT, suppress, type ActivityStats } from './stats.js';

let services: TestServices;
let clock = new Date('2027-03-10T10:41:00Z');
let eventId: string;

beforeEach(async () => {
  clock = new Date('2027-03-10T10:41:00Z');
  services = await testServices({}, () => clock);
  // smallFair's two stands and providers, and a third of each: with three, a list can withhold two cells and show one.
  const fair = smallFair();
  const providers = [...fair.providers, { id: 'p-jc', name: 'Jobcenter Team U25', kind: 'jobcenter' as const }];
  const stands = [...fair.stands, { id: 'st-3', eventId: fair.event.id, providerId: 'p-jc', number: '3', position: { x: 20, y: 15 } }];
  eventId = await insertFair(services, await createTenant(services, 'Jobcenter Pankow'), { ...fair, providers, stands });
});
afterEach(() => services.dispose());

const visit = (standId: string, providerId: string, at: string) =>
  recordVisit(services, { eventId, standId, providerId, deviceId: key('dev'), source: 'qr', idempotencyKey: key('visit'), at });
/** The activity's lists as a reader sees them, with their totals. */
const published = (a: ActivityStats) => [
  { name: 'visits per stand', cells: a.perStand.map((r) => r.visits), total: a.visits },
  { name: 'leads per provider', cells: a.perProvider.map((r) => r.leads), total: a.leads },
];
const lead = (providerId: string) => recordLead(services, eventId, leadBody({ providerId }) as unknown as LeadInput);

describe('organizer activity (aggregates only)', () => {
  it('suppresses counts from 1 to 4, keeps 0 and 5 and more', () => {
    expect(SMALL_COUNT).toBe(5);
    expect([0, 1, 4, 5, 17].map(suppress)).toEqual([0, null, null, 5, 17]);
    expect(new Date(bucketEnd(Date.parse('2027-03-10T10:44:59.999Z'))).toISOString()).toBe('2027-03-10T10:40:00.000Z');
    expect(BUCKET_MS).toBe(300_000);
  });

  it('counts per stand and provider up to the last whole period, small counts withheld (null), with no id, time or status of anyone', async () => {
    for (let i = 0; i < 6; i++) await visit('st-1', 'p-care', `2027-03-10T10:3${i}:00Z`);
    await visit('st-2', 'p-debt', '2027-03-10T10:31:00Z');
    await visit('st-1', 'p-care', '2027-03-10T10:42:00Z'); // in the running period: not yet counted
    clock = new Date('2027-03-10T10:33:00Z');
    for (let i = 0; i < 5; i++) await lead('p-care');
    const one = await lead('p-debt');
    await services.queue.run((tx) => tx.execute({ sql: "UPDATE leads SET status = 'done' WHERE id = ?", args: [one.id] }));

    const activity = await readActivity(services.db, eventId, new Date('2027-03-10T10:44:00Z'));
    expect(activity).toEqual({
      until: '2027-03-10T10:40:00.000Z',
      bucketMinutes: 5,
      minCount: 5,
      visits: 7,
      leads: 6,
      // st-2's one visit is withheld, and st-3's 0 with it: a shown 0 would say where the one visit was.
      perStand: [
        { standId: 'st-1', visits: 6 },
        { standId: 'st-2', visits: null },
        { standId: 'st-3', visits: null },
      ],
      perProvider: [
        { providerId: 'p-care', leads: 5 },
        { providerId: 'p-debt', leads: null },
        { providerId: 'p-jc', leads: null },
      ],
    });
    expect(derivable(published(activity))).toEqual([]);
    const text = JSON.stringify(activity);
    for (const word of [one.id, '"id"', 'status', 'done', 'createdAt', 'contact', '10:31', '10:33', '10:42']) expect(text).not.toContain(word);
    // The next period takes the 10:42 visit in.
    expect((await readActivity(services.db, eventId, new Date('2027-03-10T10:45:00Z'))).perStand[0]).toEqual({ standId: 'st-1', visits: 7 });
  });

  it('lists every stand and every provider of the event, those with nothing as 0', async () => {
    expect(await readActivity(services.db, eventId, new Date('2027-03-10T11:00:00Z'))).toMatchObject({
      visits: 0,
      leads: 0,
      perStand: [
        { standId: 'st-1', visits: 0 },
        { standId: 'st-2', visits: 0 },
        { standId: 'st-3', visits: 0 },
      ],
      perProvider: [
        { providerId: 'p-care', leads: 0 },
        { providerId: 'p-debt', leads: 0 },
        { providerId: 'p-jc', leads: 0 },
      ],
    });
    for (let i = 0; i < 5; i++) await visit('st-3', 'p-jc', '2027-03-10T10:31:00Z');
    expect((await readActivity(services.db, eventId, new Date('2027-03-10T11:00:00Z'))).perStand).toEqual([
      { standId: 'st-3', visits: 5 },
      { standId: 'st-1', visits: 0 },
      { standId: 'st-2', visits: 0 },
    ]);
  });

  it('no withheld count can be worked out from the exact total: one small cell takes the smallest shown one with it', async () => {
    for (let i = 0; i < 6; i++) await visit('st-1', 'p-care', '2027-03-10T10:30:00Z');
    for (let i = 0; i < 7; i++) await visit('st-2', 'p-debt', '2027-03-10T10:30:00Z');
    for (let i = 0; i < 2; i++) await visit('st-3', 'p-jc', '2027-03-10T10:30:00Z');
    clock = new Date('2027-03-10T10:33:00Z');
    for (let i = 0; i < 9; i++) await lead('p-care');
    for (let i = 0; i < 6; i++) await lead('p-debt');
    await lead('p-jc');
    const activity = await readActivity(services.db, eventId, new Date('2027-03-10T10:45:00Z'));
    expect(activity.visits).toBe(15);
    expect(activity.leads).toBe(16);
    expect(derivable(published(activity))).toEqual([]);
    // Withheld rows by stand id, not by their hidden counts (6 and 2).
    expect(activity.perStand).toEqual([
      { standId: 'st-2', visits: 7 },
      { standId: 'st-1', visits: null },
      { standId: 'st-3', visits: null },
    ]);
    expect(activity.perProvider).toEqual([
      { providerId: 'p-care', leads: 9 },
      { providerId: 'p-debt', leads: null },
      { providerId: 'p-jc', leads: null },
    ]);
  });

  it('keeps counting the visits of a stand deleted since, under its id: they are not a gap between the total and the rows', async () => {
    for (let i = 0; i < 6; i++) await visit('st-1', 'p-care', '2027-03-10T10:30:00Z');
    for (let i = 0; i < 7; i++) await visit('st-2', 'p-debt', '2027-03-10T10:30:00Z');
    for (let i = 0; i < 2; i++) await visit('st-3', 'p-jc', '2027-03-10T10:30:00Z');
    await services.queue.run((tx) => tx.execute({ sql: "DELETE FROM stands WHERE event_id = ? AND id = 'st-3'", args: [eventId] }));
    const activity = await readActivity(services.db, eventId, new Date('2027-03-10T10:45:00Z'));
    expect(activity.visits).toBe(15);
    expect(activity.perStand.map((r) => r.standId).sort()).toEqual(['st-1', 'st-2', 'st-3']);
    expect(derivable(published(activity))).toEqual([]);
  });

  it('suppresses a total below 5 too: one visit and one lead show as null, and every row with them', async () => {
    await visit('st-2', 'p-debt', '2027-03-10T10:31:00Z');
    await lead('p-debt');
    expect(await readActivity(services.db, eventId, new Date('2027-03-10T11:00:00Z'))).toMatchObject({
      visits: null,
      leads: null,
      perStand: [
        { standId: 'st-1', visits: null },
        { standId: 'st-2', visits: null },
        { standId: 'st-3', visits: null },
      ],
      perProvider: [
        { providerId: 'p-care', leads: null },
        { providerId: 'p-debt', leads: null },
        { providerId: 'p-jc', leads: null },
      ],
    });
  });

  it('holds the figures of a period: a visit arriving mid-period (even dated back) shows only in the next one', async () => {
    const cache = new ActivityCache((id, now) => readActivity(services.db, id, now));
    for (let i = 0; i < 5; i++) await visit('st-1', 'p-care', '2027-03-10T10:30:00Z');
    const first = await cache.get(eventId, new Date('2027-03-10T10:41:00Z'));
    const others = [
      { standId: 'st-2', visits: 0 },
      { standId: 'st-3', visits: 0 },
    ];
    expect(first.perStand).toEqual([{ standId: 'st-1', visits: 5 }, ...others]);
    await visit('st-1', 'p-care', '2027-03-10T10:30:00Z'); // sent late by an offline kiosk, with its old time
    expect((await cache.get(eventId, new Date('2027-03-10T10:44:59Z'))).perStand).toEqual([{ standId: 'st-1', visits: 5 }, ...others]);
    expect((await cache.get(eventId, new Date('2027-03-10T10:45:00Z'))).perStand).toEqual([{ standId: 'st-1', visits: 6 }, ...others]);
  });
});
