import type { LeadInput } from '@markt/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedItem } from '../../src/live/hub.js';
import { readFeed } from '../../src/store/feed.js';
import { recordLead } from '../../src/store/leads.js';
import { recordVisit } from '../../src/store/visits.js';
import { createTenant, insertFair } from '../../src/store/fair.js';
import { smallFair } from '../fixtures.js';
import { testServices, type TestServices } from '../helpers.js';
import { fairClock, key, leadBody } from './setup.js';

let s: TestServices;
let eventId: string;
beforeEach(async () => {
  s = await testServices({}, fairClock());
  eventId = await insertFair(s, await createTenant(s, 'Jobcenter'), smallFair());
});
afterEach(async () => {
  await s.dispose();
});

describe('the feed store', () => {
  it('pages through visits and leads of two tables in seq order, with no gap at page edges', async () => {
    const published: FeedItem[] = [];
    s.live.subscribe((item) => published.push(item));
    // An irregular mix, so page edges fall between kinds and providers.
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 400; i++) {
      const providerId = i % 3 === 0 ? 'p-debt' : 'p-care';
      const standId = providerId === 'p-care' ? 'st-1' : 'st-2';
      if (i % 7 < 3) {
        const lead = { ...leadBody(), providerId, standId } as unknown as LeadInput;
        writes.push(recordLead(s, eventId, lead));
      } else {
        writes.push(recordVisit(s, { eventId, standId, providerId, deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() }));
      }
    }
    await Promise.all(writes);
    expect(published.map((p) => p.seq)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));

    for (const providerId of ['p-care', undefined]) {
      const read: FeedItem[] = [];
      let after = 0;
      for (;;) {
        const page = await readFeed(s.db, { eventId, providerId, after, limit: 37 });
        if (page.length === 0) break;
        read.push(...page);
        after = page.at(-1)!.seq;
      }
      const expected = published.filter((p) => providerId === undefined || p.providerId === providerId);
      expect(read.map((r) => [r.seq, r.kind, r.providerId])).toEqual(expected.map((p) => [p.seq, p.kind, p.providerId]));
      expect(read.map((r) => r.item)).toEqual(expected.map((p) => p.item));
    }
  });

  it('publishes an item only once it is committed, and nothing for a repeated key', async () => {
    const seen: number[] = [];
    s.live.subscribe(async (item) => {
      const row = await s.db.execute({ sql: 'SELECT seq FROM visits WHERE id = ?', args: [String(item.item.id)] });
      seen.push(Number(row.rows[0]?.seq ?? -1));
    });
    const visit = { eventId, standId: 'st-1', providerId: 'p-care', deviceId: key('dev'), source: 'qr' as const, idempotencyKey: key() };
    const first = await recordVisit(s, visit);
    const again = await recordVisit(s, visit);
    await new Promise((r) => setTimeout(r, 20));
    expect(again).toEqual({ ...first, created: false });
    expect(seen).toEqual([first.seq]);
  });
});
