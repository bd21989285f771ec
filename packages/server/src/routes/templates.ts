import { Hono } from 'hono';
import * as v from 'valibot';
import type { EventInput } from '@markt/sdk';
import { EventSchema, IdSchema, TimestampSchema, localized } from '@markt/sdk/schemas';
import { requireOrganizer, type OrganizerEnv } from '../auth/session.js';
import { bodyLimit } from '../http/body.js';
import { HttpError } from '../http/errors.js';
import { readJson } from '../http/validate.js';
import { randomId } from '../security/tokens.js';
import type { Services } from '../services.js';
import { eventOfTenant, listRadar, listResources } from '../store/events.js';
import { insertFair, type FairData } from '../store/fair.js';

/** Largest template file `POST /api/org/events/import-template` accepts. */
export const TEMPLATE_BODY_LIMIT = 2 * 1024 * 1024;

/** The path of the template import (app.ts exempts it from the 100 KB JSON limit: it sets its own). */
export const IMPORT_TEMPLATE_PATH = '/api/org/events/import-template';

/**
 * A template file: an event's plan (settings, radar, optionally providers, offers and stands) without
 * anything that visitors, devices or staff left there.
 */
export interface EventTemplate {
  format: 'markt-template';
  version: 1;
  event: Omit<EventInput, 'id'>;
  providers?: FairData['providers'];
  offers?: FairData['offers'];
  stands?: FairData['stands'];
  radar: FairData['radar'];
}

const VenueSchema = EventSchema.pipe[0].entries.venue;

/** The envelope of a template; the records inside are checked by `insertFair` with the SDK's schemas. */
const TemplateEnvelopeSchema = v.looseObject({
  format: v.literal('markt-template', 'must be "markt-template"'),
  version: v.literal(1, 'must be 1 (this server reads version 1 templates)'),
  event: v.looseObject({}),
  providers: v.optional(v.array(v.unknown()), []),
  offers: v.optional(v.array(v.unknown()), []),
  stands: v.optional(v.array(v.unknown()), []),
  radar: v.optional(v.array(v.unknown()), []),
});

/** `POST /api/org/events/import-template`: the file and the new event's date, place, title and id. */
export const ImportTemplateRequestSchema = v.pipe(
  v.strictObject({
    template: TemplateEnvelopeSchema,
    startsAt: TimestampSchema,
    endsAt: TimestampSchema,
    venue: v.optional(VenueSchema),
    title: v.optional(localized(160)),
    id: v.optional(IdSchema),
  }),
  v.forward(v.check((c) => Date.parse(c.endsAt) >= Date.parse(c.startsAt), 'must not be before startsAt'), ['endsAt']),
);

/**
 * Builds the template file of an event. Never contains visits, leads, quizzes, searches, feedback,
 * devices, pairing codes, rota shifts or stand tokens; offers and stands only together with providers.
 * @param services the server services
 * @param eventId an event the caller may read (checked by the caller)
 * @param options whether to include providers (with their stands) and offers
 * @returns the template
 * @example const file = await eventTemplate(services, 'fair-test', { providers: true, offers: true });
 */
export async function eventTemplate(
  services: Services,
  eventId: string,
  options: { providers: boolean; offers: boolean },
): Promise<EventTemplate> {
  const record = (await services.db.execute({ sql: 'SELECT data FROM events WHERE id = ?', args: [eventId] })).rows[0];
  if (!record) throw new HttpError(404, 'NOT_FOUND', `Event "${eventId}" was not found.`);
  const { id: _id, ...event } = JSON.parse(String(record.data)) as EventInput;
  // An uploaded floor-plan image belongs to the source event's tenant: keep the plan's size, not the image.
  if (event.floorPlan) {
    const { imageUrl: _image, ...plan } = event.floorPlan;
    event.floorPlan = plan;
  }
  const template: EventTemplate = { format: 'markt-template', version: 1, event, radar: await listRadar(services, eventId) };
  if (options.providers) {
    template.providers = await listResources(services, eventId, 'providers');
    // A stand's data holds number, provider and position; its QR token lives in other columns and is not exported.
    template.stands = (await listResources(services, eventId, 'stands')).map(({ eventId: _e, ...stand }) => stand as FairData['stands'][number]);
    if (options.offers) template.offers = await listResources(services, eventId, 'offers');
  }
  return template;
}

/** `1`, `true` or absent (the default) mean yes; `0` or `false` mean no. */
const flag = (value: string | undefined): boolean => value === undefined || !/^(0|false|no)$/i.test(value);

/**
 * Event templates across tenants: export an event as a file, import such a file as a new event of one's
 * own tenant. Nothing is read across tenants: the file is the explicit hand-over.
 * @param services the server services
 * @returns routes to mount under `/api`
 * @example app.route('/api', templateRoutes(services));
 */
export function templateRoutes(services: Services): Hono {
  const app = new Hono<OrganizerEnv>();
  app.use('/org/*', requireOrganizer(services));

  app.get('/org/events/:id/template', async (c) => {
    const { event } = await eventOfTenant(services, c.get('tenantId'), c.req.param('id'));
    const providers = flag(c.req.query('providers'));
    const template = await eventTemplate(services, event.id, { providers, offers: providers && flag(c.req.query('offers')) });
    return c.body(JSON.stringify(template, null, 2), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="markt-template-${event.id}.json"`,
      'Cache-Control': 'no-store',
    });
  });

  app.post(
    '/org/events/import-template',
    bodyLimit({
      maxSize: TEMPLATE_BODY_LIMIT,
      onError: () => {
        throw new HttpError(413, 'BODY_TOO_LARGE', `The template is larger than ${TEMPLATE_BODY_LIMIT / 1024 / 1024} MB.`);
      },
    }),
    async (c) => {
      const input = await readJson(c, ImportTemplateRequestSchema);
      const id = input.id ?? `ev-${randomId().replace(/[^A-Za-z0-9]/g, '').slice(0, 12).toLowerCase()}`;
      const exists = await services.db.execute({ sql: 'SELECT 1 FROM events WHERE id = ?', args: [id] });
      if (exists.rows.length > 0) throw new HttpError(409, 'CONFLICT', `An event with the id "${id}" exists already: choose another id.`);
      const t = input.template;
      const event = {
        ...t.event,
        id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        ...(input.venue ? { venue: input.venue } : {}),
        ...(input.title ? { title: input.title } : {}),
      } as EventInput;
      const providers = t.providers as FairData['providers'];
      const fair: FairData = {
        event,
        providers,
        // Offers and stands only with their providers.
        offers: providers.length > 0 ? (t.offers as FairData['offers']) : [],
        stands: providers.length > 0 ? (t.stands as FairData['stands']) : [],
        radar: t.radar as FairData['radar'],
      };
      const providerIds = new Set(fair.providers.map((p) => (p as { id?: unknown }).id));
      const orphans = [
        ...fair.offers.map((o, i) => ({ path: `template.offers.${i}.providerId`, providerId: (o as { providerId?: unknown }).providerId })),
        ...fair.stands.map((s, i) => ({ path: `template.stands.${i}.providerId`, providerId: (s as { providerId?: unknown }).providerId })),
      ].filter((r) => !providerIds.has(r.providerId));
      if (orphans.length > 0) {
        throw new HttpError(
          400,
          'INVALID_INPUT',
          'Some fields are missing or invalid: see details.',
          orphans.map((r) => ({ path: r.path, message: `no provider of the template has the id "${String(r.providerId)}"` })),
        );
      }
      // insertFair validates every record with the SDK's schemas (a ValidationError is a 400 naming it),
      // refuses a stand number used twice (409 STAND_NUMBER_TAKEN naming template.stands.<i>.number) and
      // writes fresh stand tokens for the new event id.
      await insertFair(services, c.get('tenantId'), fair, id, { standsPath: 'template.stands' });
      c.header('Cache-Control', 'no-store');
      return c.json({ id }, 201);
    },
  );
  return app as unknown as Hono;
}
