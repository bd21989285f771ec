import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedItem } from '../../src/live/hub.js';
import { createTenant, insertFair, standTokenOf } from '../../src/store/fair.js';
import { recordKioskVisit, recordStandVisit } from '../../src/store/visits.js';
import { smallFair } from '../fixtures.js';
import { testServices, type TestServices } from '../helpers.js';
import { count, key } from './setup.js';

let s: TestServices;
let eventId: string;
let care: string;
beforeEach(async () => {
  s = await testServices();
  eventId = await insertFair(s, await createTenant(s, 'Jobcenter'), smallFair());
  care = (await standTokenOf(s, eventId, 'st-1'))!;
});
afterEach(async () => {
  await s.dispose();
});

describe('visits written together in one group', () => {
  it('writes a burst larger than one statement may carry: 17,000 kiosk visits in one tick, every one numbered once', async () => {
    // One job for all of them would need 34,000 parameters for the stand look-up, past SQLite's 32,766.
    const n = 17_000;
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) => recordKioskVisit(s, eventId, { standId: i % 2 ? 'st-1' : 'st-2', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key(`burst${i}`) })),
    );
    expect(answers.every((a) => a?.created)).toBe(true);
    expect(new Set(answers.map((a) => a!.seq)).size).toBe(n);
    expect(Math.max(...answers.map((a) => a!.seq))).toBe(n);
    expect(await count(s, 'visits')).toBe(n);
  }, 60_000);

  it('numbers the new visits of one group without gap, answers a key repeated in the group and an unknown stand, and publishes in seq order', async () => {
    const published: FeedItem[] = [];
    s.live.subscribe((item) => published.push(item));
    const earlier = await recordStandVisit(s, care, { deviceId: key('dev'), idempotencyKey: key() });
    const repeatedKey = key();
    const oldKey = key();
    await recordKioskVisit(s, eventId, { standId: 'st-2', deviceId: key('dev'), source: 'kiosk', idempotencyKey: oldKey });
    const commitsBefore = s.queue.stats.commits;

    const answers = await Promise.all([
      recordStandVisit(s, care, { deviceId: key('dev'), idempotencyKey: key() }),
      recordStandVisit(s, care, { deviceId: key('dev'), idempotencyKey: repeatedKey }),
      recordStandVisit(s, 'not-a-real-token-123456', { deviceId: key('dev'), idempotencyKey: key() }),
      recordKioskVisit(s, eventId, { standId: 'st-2', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() }),
      recordStandVisit(s, care, { deviceId: key('dev'), idempotencyKey: repeatedKey }),
      recordKioskVisit(s, eventId, { standId: 'st-404', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() }),
      recordKioskVisit(s, eventId, { standId: 'st-2', deviceId: key('dev'), source: 'kiosk', idempotencyKey: oldKey }),
    ]);

    expect(s.queue.stats.commits - commitsBefore).toBe(1);
    const [a, b, unknownToken, c, bAgain, unknownStand, old] = answers;
    expect(earlier!.seq).toBe(1);
    expect([a!.seq, b!.seq, c!.seq]).toEqual([3, 4, 5]);
    expect([a!.created, b!.created, c!.created]).toEqual([true, true, true]);
    expect(bAgain).toEqual({ ...b, created: false });
    expect(unknownToken).toBeUndefined();
    expect(unknownStand).toBeUndefined();
    expect(old).toMatchObject({ seq: 2, created: false });
    expect(await count(s, 'visits')).toBe(5);
    const last = await s.db.execute({ sql: 'SELECT last_seq FROM events WHERE id = ?', args: [eventId] });
    expect(Number(last.rows[0]!.last_seq)).toBe(5);
    expect(published.map((p) => [p.seq, p.providerId])).toEqual([
      [1, 'p-care'],
      [2, 'p-debt'],
      [3, 'p-care'],
      [4, 'p-care'],
      [5, 'p-debt'],
    ]);
    const rows = await s.db.execute('SELECT seq, stand_id, provider_id, source FROM visits ORDER BY seq');
    expect(rows.rows.map((r) => [Number(r.seq), r.stand_id, r.provider_id, r.source])).toEqual([
      [1, 'st-1', 'p-care', 'qr'],
      [2, 'st-2', 'p-debt', 'kiosk'],
      [3, 'st-1', 'p-care', 'qr'],
      [4, 'st-1', 'p-care', 'qr'],
      [5, 'st-2', 'p-debt', 'kiosk'],
    ]);
  });

  it('writes a group\'s visits once when another job fails the group and each job runs again alone', async () => {
    const published: FeedItem[] = [];
    s.live.subscribe((item) => published.push(item));
    const answers = Promise.all([
      recordStandVisit(s, care, { deviceId: key('dev'), idempotencyKey: key() }),
      recordKioskVisit(s, eventId, { standId: 'st-2', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() }),
    ]);
    // Same group: a job without a SAVEPOINT that fails rolls the whole transaction back.
    const failing = s.queue.run((tx) => tx.execute('INSERT INTO no_such_table VALUES (1)'), { isolated: false });
    await expect(failing).rejects.toThrow();
    const [first, second] = await answers;
    expect([first!.seq, second!.seq]).toEqual([1, 2]);
    expect(await count(s, 'visits')).toBe(2);
    expect(published.map((item) => item.seq)).toEqual([1, 2]);
  });

  it('rejects the waiting visits when the queue is closed, and writes nothing', async () => {
    await s.queue.close();
    await expect(recordStandVisit(s, care, { deviceId: key('dev'), idempotencyKey: key() })).rejects.toThrow(/closed/);
    expect(await count(s, 'visits')).toBe(0);
  });
});
