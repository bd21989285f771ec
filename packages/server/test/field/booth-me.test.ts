import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventSchema, parse } from '@markt/sdk/schemas';
import { replaceEvent, writeResource } from '../../src/store/events.js';
import { smallFair } from '../fixtures.js';
import { field, type Field } from './setup.js';

let f: Field;
beforeEach(async () => {
  f = await field();
});
afterEach(() => f.services.dispose());

interface Me {
  stand: { id: string } | null;
  stands: { id: string; number: string }[];
  tags: string[];
}

describe('GET /api/booth/me', () => {
  it("gives the organizer's tags for leads (the event's leadTags) and every stand of the provider", async () => {
    const before = (await (await f.get('/api/booth/me', f.boothCare.token)).json()) as Me;
    expect(before.tags).toEqual([]);
    expect(before.stands.map((s) => s.id)).toEqual(['st-1']);

    const event = parse(EventSchema, { ...smallFair().event, leadTags: ['Rückruf', 'Bildungsgutschein'] });
    await replaceEvent(f.services, event);
    await f.services.queue.run((tx) =>
      writeResource(tx, f.services, f.eventId, 'stands', { id: 'st-9', eventId: f.eventId, providerId: 'p-care', number: 'F1' }, 'create'),
    );
    const care = (await (await f.get('/api/booth/me', f.boothCare.token)).json()) as Me;
    expect(care.tags).toEqual(['Rückruf', 'Bildungsgutschein']);
    expect(care.stands.map((s) => [s.id, s.number])).toEqual([
      ['st-1', '1'],
      ['st-9', 'F1'],
    ]);
    expect(care.stand?.id).toBe('st-1');
    const debt = (await (await f.get('/api/booth/me', f.boothDebt.token)).json()) as Me;
    expect(debt.stands.map((s) => s.id)).toEqual(['st-2']);
    expect(debt.tags).toEqual(['Rückruf', 'Bildungsgutschein']);
  });
});
