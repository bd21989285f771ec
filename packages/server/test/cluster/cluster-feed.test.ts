import { describe, expect, it } from 'vitest';
import { ClusterFeed } from '../../src/live/redis.js';
import type { FeedItem } from '../../src/live/hub.js';
import { readFeed } from '../../src/store/feed.js';
import { field, key } from '../field/setup.js';

// A node's ClusterFeed over a real database: notices may be lost (a node died between commit and notice),
// late or crossed; the items still go out once each, in seq order.

describe('ClusterFeed', () => {
  it('delivers in seq order, fills gaps of lost notices, and ignores late or repeated ones', async () => {
    const f = await field();
    try {
      const visit = async () => {
        const res = await f.post(`/api/stand/${f.standToken.care}/visits`, { deviceId: key('dev'), idempotencyKey: key() });
        return ((await res.json()) as { seq: number }).seq;
      };
      const delivered: number[] = [];
      const lastSeq = async (eventId: string) =>
        Number((await f.services.db.execute({ sql: 'SELECT last_seq FROM events WHERE id = ?', args: [eventId] })).rows[0]!.last_seq);
      const feed = new ClusterFeed<FeedItem>(lastSeq, (eventId, after) => readFeed(f.services.db, { eventId, after, limit: 2 }), (item) => delivered.push(item.seq));
      const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

      await visit(); // before the node follows the event: a socket's replay brings it, not the feed
      feed.notify({ eventId: f.eventId, seq: 1 }); // not followed yet: ignored
      await feed.follow(f.eventId);
      // Three commits whose nodes died before announcing them, then one announced.
      for (let i = 0; i < 3; i++) await visit();
      const announced = await visit();
      feed.notify({ eventId: f.eventId, seq: announced });
      await settle();
      expect(delivered).toEqual([2, 3, 4, 5]);
      // Notices that cross (6 announced after 7) and repeat.
      const six = await visit();
      const seven = await visit();
      feed.notify({ eventId: f.eventId, seq: seven });
      feed.notify({ eventId: f.eventId, seq: six });
      feed.notify({ eventId: f.eventId, seq: seven });
      await settle();
      feed.notify({ eventId: f.eventId, seq: six });
      await settle();
      expect(delivered).toEqual([2, 3, 4, 5, 6, 7]);
      // Another event's notice is none of this node's business until it follows that event.
      feed.notify({ eventId: 'other-event', seq: 1 });
      await settle();
      expect(delivered).toHaveLength(6);
    } finally {
      await f.services.dispose();
    }
  });
});
