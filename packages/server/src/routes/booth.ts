import { Hono } from 'hono';
import type { Event, Stand } from '@markt/sdk';
import { IdempotencyKeySchema } from '@markt/sdk/schemas';
import * as v from 'valibot';
import { requireDevice, type DeviceEnv } from '../auth/device.js';
import { notFound } from '../http/errors.js';
import { readJson, validate } from '../http/validate.js';
import type { Services } from '../services.js';
import { eraseLead } from '../store/erase-lead.js';
import { leadsCsv, listLeads, updateLead } from '../store/leads.js';

/** What a booth may change on a lead (at least one field), with the change's optional idempotency key. */
export const LeadPatchSchema = v.pipe(
  v.strictObject({
    rating: v.optional(v.nullable(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(5)))),
    notes: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(2000, 'must be at most 2000 characters')))),
    tags: v.optional(
      v.pipe(
        v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(40, 'must be at most 40 characters'))),
        v.maxLength(20, 'must be at most 20 tags'),
      ),
    ),
    status: v.optional(v.picklist(['new', 'contacted', 'done'])),
    /**
     * The tablet's key for this change, the same on every retry: a change whose key was already applied is not
     * applied again (optional for tablets of an older version).
     */
    idempotencyKey: v.optional(IdempotencyKeySchema),
  }),
  v.check(
    ({ idempotencyKey: _key, ...fields }) => Object.values(fields).some((value) => value !== undefined),
    'must change at least one of rating, notes, tags, status',
  ),
);

const AfterSchema = v.object({
  after: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'must be a whole number ≥ 0'), v.transform(Number)), '0'),
});

/**
 * Routes of a paired booth tablet (Bearer device token, role booth): its provider, and that provider's
 * leads only — another provider's lead is "not found", never "forbidden", so its existence is not revealed.
 * `GET /booth/me` answers `{ device, provider, event, stands, stand, tags }`: `stands` are all the provider's
 * stands by number (`stand` is the first, for older tablets), `tags` the event's `leadTags` to pick from.
 * @param services the server services
 * @returns the routes, mounted under `/api`
 * @example app.route('/api', boothRoutes(services));
 */
export function boothRoutes(services: Services): Hono<DeviceEnv> {
  const app = new Hono<DeviceEnv>();
  app.use('/booth/*', requireDevice(services, 'booth'));

  const providerOf = (c: { get(key: 'device'): DeviceEnv['Variables']['device'] }) => {
    const device = c.get('device');
    return { eventId: device.eventId, providerId: device.providerId ?? '' };
  };

  app.get('/booth/me', async (c) => {
    const device = c.get('device');
    const { eventId, providerId } = providerOf(c);
    const [event, provider, stand] = await services.db.batch(
      [
        { sql: 'SELECT data FROM events WHERE id = ?', args: [eventId] },
        { sql: 'SELECT data FROM providers WHERE event_id = ? AND id = ?', args: [eventId, providerId] },
        { sql: 'SELECT data FROM stands WHERE event_id = ? AND provider_id = ?', args: [eventId, providerId] },
      ],
      'read',
    );
    const json = (rows: { rows: readonly Readonly<Record<string, unknown>>[] } | undefined) =>
      rows?.rows[0] ? (JSON.parse(String(rows.rows[0].data)) as unknown) : null;
    // A provider may have several stands: all of them, by number; `stand` stays the first for older tablets.
    const stands = (stand?.rows ?? [])
      .map((row) => JSON.parse(String(row.data)) as Stand)
      .sort((a, b) => a.number.localeCompare(b.number, 'de', { numeric: true }) || a.id.localeCompare(b.id));
    const eventData = json(event) as Event | null;
    const tags = eventData?.leadTags ?? [];
    return c.json({ device, provider: json(provider), event: eventData, stand: stands[0] ?? null, stands, tags });
  });

  app.get('/booth/leads', async (c) => {
    const { after } = validate(AfterSchema, c.req.query());
    const { eventId, providerId } = providerOf(c);
    return c.json({ leads: await listLeads(services, eventId, providerId, after) });
  });

  app.get('/booth/leads.csv', async (c) => {
    const { eventId, providerId } = providerOf(c);
    const csv = leadsCsv(await listLeads(services, eventId, providerId));
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="leads-${eventId}-${providerId}.csv"`,
      'Cache-Control': 'no-store',
    });
  });

  app.patch('/booth/leads/:id', async (c) => {
    const patch = await readJson(c, LeadPatchSchema);
    const { eventId, providerId } = providerOf(c);
    return c.json(await updateLead(services, eventId, providerId, c.req.param('id'), patch));
  });

  app.delete('/booth/leads/:id', async (c) => {
    const { eventId, providerId } = providerOf(c);
    if (!(await eraseLead(services, eventId, providerId, c.req.param('id')))) throw notFound('This lead');
    return c.body(null, 204);
  });

  return app;
}
