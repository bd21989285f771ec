import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invalidatePublicData } from '../../src/store/public-data.js';
import { field, type Field } from './setup.js';

let f: Field;
beforeEach(async () => {
  f = await field();
});
afterEach(async () => {
  await f.services.dispose();
});

interface PublicBody {
  event: { id: string };
  providers: { id: string }[];
  offers: { id: string }[];
  stands: Record<string, unknown>[];
  radar: { kldb: string }[];
}

describe('public event data', () => {
  it('has event, providers, offers, stands without tokens and radar rows as stored', async () => {
    const res = await f.get(`/api/events/${f.eventId}/public`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as PublicBody;
    expect(body.event.id).toBe(f.eventId);
    expect(body.providers.map((p) => p.id)).toEqual(['p-care', 'p-debt']);
    expect(body.offers.map((o) => o.id)).toEqual(['o-care', 'o-care-2', 'o-debt']);
    expect(body.stands.map((s) => s.id)).toEqual(['st-1', 'st-2']);
    expect(body.radar.map((r) => r.kldb)).toEqual(['813', '821']);
    const text = JSON.stringify(body);
    expect(text).not.toContain(f.standToken.care);
    expect(text).not.toMatch(/token/i);
  });

  it('answers 304 to a matching If-None-Match, and 200 with a new ETag after the data changed', async () => {
    const first = await f.get(`/api/events/${f.eventId}/public`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/); // strong
    const again = await f.get(`/api/events/${f.eventId}/public`, undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await f.get(`/api/events/${f.eventId}/public`, undefined, { 'if-none-match': '"other"' })).status).toBe(200);

    await f.services.queue.run((tx) =>
      tx.execute({ sql: "UPDATE providers SET data = json_set(data, '$.name', 'Pflegeschule Süd') WHERE id = 'p-care'" }),
    );
    // Without invalidation the cache still answers (the organizer's routes call invalidatePublicData).
    expect((await f.get(`/api/events/${f.eventId}/public`, undefined, { 'if-none-match': etag })).status).toBe(304);
    invalidatePublicData(f.eventId);
    const changed = await f.get(`/api/events/${f.eventId}/public`, undefined, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as { providers: { name: string }[] }).providers[0]!.name).toBe('Pflegeschule Süd');
  });

  it('notices a changed event (updated_at) without being told', async () => {
    const etag = (await f.get(`/api/events/${f.eventId}/public`)).headers.get('etag')!;
    await f.services.queue.run((tx) =>
      tx.execute({ sql: "UPDATE events SET updated_at = '2030-01-01T00:00:00.000Z', data = json_set(data, '$.venue.name', 'Saal 2')" }),
    );
    const res = await f.get(`/api/events/${f.eventId}/public`, undefined, { 'if-none-match': etag });
    expect(res.status).toBe(200);
  });

  it('answers 404 JSON for an unknown event', async () => {
    const res = await f.get('/api/events/nope/public');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});
