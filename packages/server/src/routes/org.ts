import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import {
  EventSchema,
  IdSchema,
  OfferSchema,
  ProviderSchema,
  RadarRowSchema,
  StandSchema,
  TimestampSchema,
  localized,
  shortText,
} from '@markt/sdk/schemas';
import { requireDevice, type DeviceEnv } from '../auth/device.js';
import { requireOrganizer, type OrganizerEnv } from '../auth/session.js';
import { bodyLimit } from '../http/body.js';
import { HttpError, forbidden, notFound } from '../http/errors.js';
import { readJson, validate } from '../http/validate.js';
import { notifyRevoked } from '../live/revocations.js';
import { openApiDocument } from '../openapi.js';
import { qrPng, qrSvg } from '../qr.js';
import type { Services } from '../services.js';
import {
  afterEventChange,
  deleteResource,
  eventOfTenant,
  getResource,
  insertEvent,
  listEvents,
  listRadar,
  listResources,
  replaceEvent,
  replaceRadar,
  touchEvent,
  writeResource,
  type ResourceKind,
} from '../store/events.js';
import { IMPORT_KINDS, importCsv, type ImportKind } from '../store/import.js';
import { ErasureRequestSchema, eraseContact } from '../store/erasure.js';
import {
  cloneEvent,
  createPairingCode,
  listDevices,
  listPairingCodes,
  pairingExpiry,
  revokeDevice,
  standUrls,
  withdrawAllPairingCodes,
  withdrawPairingCode,
} from '../store/org.js';
import { eventReport, reportCsv } from '../store/report.js';
import { standTokenOf } from '../store/fair.js';
import { RotaShiftSchema, boothRota, checkShift, deleteShift, listShifts, writeShift } from '../store/rota.js';

/** Largest CSV file `POST …/import` accepts. */
export const CSV_BODY_LIMIT = 5 * 1024 * 1024;

/** `POST …/devices`: a pairing code for a booth tablet (of one provider) or a kiosk. */
export const DeviceRequestSchema = v.pipe(
  v.strictObject({
    role: v.picklist(['booth', 'kiosk'], 'must be "booth" or "kiosk"'),
    providerId: v.optional(IdSchema),
    name: shortText(80),
    // A code prepared ahead (code sheet for every stand): until the event's end at most, 14 days at most.
    expiresAt: v.optional(v.pipe(v.string(), v.isoTimestamp('must be a date and time with its offset (ISO 8601)'))),
  }),
  v.forward(
    v.check((d) => (d.role === 'booth') === (d.providerId !== undefined), 'a booth needs the providerId of its provider; a kiosk has none'),
    ['providerId'],
  ),
);

const VenueSchema = EventSchema.pipe[0].entries.venue;

/** `POST …/clone`: a new event from this one as a template. */
export const CloneRequestSchema = v.pipe(
  v.strictObject({
    startsAt: TimestampSchema,
    endsAt: TimestampSchema,
    venue: VenueSchema,
    id: v.optional(IdSchema),
    title: v.optional(localized(160)),
    tenantId: v.optional(IdSchema),
    includeProviders: v.optional(v.boolean(), true),
    includeOffers: v.optional(v.boolean(), true),
  }),
  v.forward(v.check((c) => Date.parse(c.endsAt) >= Date.parse(c.startsAt), 'must not be before startsAt'), ['endsAt']),
  v.forward(v.check((c) => c.includeProviders || !c.includeOffers, 'offers need their providers: set includeProviders too'), ['includeOffers']),
);

/** `PUT …/radar`: the whole radar table. */
export const RadarTableSchema = v.pipe(v.array(RadarRowSchema), v.maxLength(20000, 'must have at most 20000 rows'));

const resourceSchemas = { providers: ProviderSchema, offers: OfferSchema, stands: StandSchema } as const;

type Ctx = Context<OrganizerEnv>;

/** The public base URL for QR codes: the configured one, else the request's own origin. */
function publicBase(services: Services, c: Ctx): string {
  return (services.config.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
}

/** Reads a JSON object body; fills `id` (and a stand's `eventId`) from the path and refuses a different one. */
async function readRecord(c: Ctx, kind: ResourceKind, eventId: string, id?: string): Promise<v.InferOutput<(typeof resourceSchemas)[ResourceKind]>> {
  const body = await readJson(c, v.unknown());
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const mismatch = (field: string, expected: string) => {
      throw new HttpError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [
        { path: field, message: `must be "${expected}" (as in the URL) or left out` },
      ]);
    };
    if (id !== undefined) {
      if (record.id !== undefined && record.id !== id) mismatch('id', id);
      record.id = id;
    }
    if (kind === 'stands') {
      if (record.eventId !== undefined && record.eventId !== eventId) mismatch('eventId', eventId);
      record.eventId = eventId;
    }
  }
  return validate(resourceSchemas[kind], body);
}

/**
 * The organizer API under `/api/org` (session cookie + CSRF header) and `GET /api/openapi.json`.
 * Every route checks that the event belongs to the caller's tenant; another tenant's event is a 404.
 * @param services the server services
 * @returns routes to mount under `/api`
 * @example app.route('/api', orgRoutes(services));
 */
export function orgRoutes(services: Services): Hono {
  const app = new Hono<OrganizerEnv>();
  let openApi: string | undefined;
  app.get('/openapi.json', (c) => {
    openApi ??= JSON.stringify(openApiDocument());
    return c.body(openApi, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.use('/org/*', requireOrganizer(services));
  // Organizer data is private: never cached by the browser or a proxy.
  app.use('/org/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  const eventOf = (c: Ctx) => eventOfTenant(services, c.get('tenantId'), c.req.param('id') ?? '');

  app.get('/org/events', async (c) => c.json(await listEvents(services, c.get('tenantId'))));

  app.post('/org/events', async (c) => {
    const body = await readJson(c, v.unknown());
    if (typeof body === 'object' && body !== null && !Array.isArray(body) && !('id' in body)) {
      (body as Record<string, unknown>).id = `ev-${crypto.randomUUID().slice(0, 8)}`;
    }
    const event = validate(EventSchema, body);
    await insertEvent(services, c.get('tenantId'), event);
    return c.json(event, 201);
  });

  app.get('/org/events/:id', async (c) => c.json((await eventOf(c)).event));

  app.patch('/org/events/:id', async (c) => {
    const { event: current } = await eventOf(c);
    const body = await readJson(c, v.unknown());
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
      const record = body as Record<string, unknown>;
      if (record.id !== undefined && record.id !== current.id) {
        throw new HttpError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [
          { path: 'id', message: `must be "${current.id}" (as in the URL) or left out; clone the event for a new id` },
        ]);
      }
      record.id = current.id;
    }
    // A JSON merge patch on the top level: a full Event replaces everything it names, a partial one changes
    // only the fields it sends, and `null` removes an optional field.
    const merged: Record<string, unknown> = { ...current };
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
      for (const [key, value] of Object.entries(body)) {
        if (value === null) delete merged[key];
        else merged[key] = value;
      }
    }
    const event = validate(EventSchema, Array.isArray(body) || typeof body !== 'object' || body === null ? body : merged);
    await replaceEvent(services, event);
    afterEventChange(event.id);
    return c.json(event);
  });

  for (const kind of ['providers', 'offers', 'stands'] as const) {
    const withUrl = async (c: Ctx, eventId: string, record: { id: string }) =>
      kind === 'stands' ? { ...record, url: `${publicBase(services, c)}/s/${await standTokenOf(services, eventId, record.id)}` } : record;

    app.get(`/org/events/:id/${kind}`, async (c) => {
      const { event } = await eventOf(c);
      const records = await listResources(services, event.id, kind);
      return c.json(await Promise.all(records.map((r) => withUrl(c, event.id, r))));
    });
    app.post(`/org/events/:id/${kind}`, async (c) => {
      const { event } = await eventOf(c);
      const record = await readRecord(c, kind, event.id);
      await services.queue.run(async (tx) => {
        await writeResource(tx, services, event.id, kind, record, 'create');
        await touchEvent(tx, services, event.id);
      });
      afterEventChange(event.id);
      return c.json(await withUrl(c, event.id, record), 201);
    });
    app.get(`/org/events/:id/${kind}/:rid`, async (c) => {
      const { event } = await eventOf(c);
      const record = await getResource(services, event.id, kind, c.req.param('rid'));
      if (!record) throw notFound(`${kind.slice(0, -1)} "${c.req.param('rid')}"`);
      return c.json(await withUrl(c, event.id, record));
    });
    app.put(`/org/events/:id/${kind}/:rid`, async (c) => {
      const { event } = await eventOf(c);
      if (!(await getResource(services, event.id, kind, c.req.param('rid')))) throw notFound(`${kind.slice(0, -1)} "${c.req.param('rid')}"`);
      const record = await readRecord(c, kind, event.id, c.req.param('rid'));
      await services.queue.run(async (tx) => {
        await writeResource(tx, services, event.id, kind, record, 'replace');
        await touchEvent(tx, services, event.id);
      });
      afterEventChange(event.id);
      return c.json(await withUrl(c, event.id, record));
    });
    app.delete(`/org/events/:id/${kind}/:rid`, async (c) => {
      const { event } = await eventOf(c);
      await deleteResource(services, event.id, kind, c.req.param('rid'));
      await services.queue.run((tx) => touchEvent(tx, services, event.id));
      afterEventChange(event.id);
      return c.body(null, 204);
    });
  }

  app.get('/org/events/:id/radar', async (c) => c.json(await listRadar(services, (await eventOf(c)).event.id)));
  app.put('/org/events/:id/radar', async (c) => {
    const { event } = await eventOf(c);
    const rows = await readJson(c, RadarTableSchema);
    await services.queue.run(async (tx) => {
      await replaceRadar(tx, event.id, rows);
      await touchEvent(tx, services, event.id);
    });
    afterEventChange(event.id);
    return c.json(rows);
  });

  app.get('/org/events/:id/devices', async (c) => c.json(await listDevices(services, (await eventOf(c)).event.id)));
  app.post('/org/events/:id/devices', async (c) => {
    const { event } = await eventOf(c);
    const input = await readJson(c, DeviceRequestSchema);
    if (input.providerId !== undefined && !(await getResource(services, event.id, 'providers', input.providerId))) {
      throw new HttpError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [
        { path: 'providerId', message: `no provider of this event has the id "${input.providerId}"` },
      ]);
    }
    const until = input.expiresAt === undefined ? undefined : pairingExpiry(event, input.expiresAt, services.now());
    const { code, expiresAt, id } = await createPairingCode(services, { eventId: event.id, ...input, expiresAt: until });
    const pairUrl = `${publicBase(services, c)}/${input.role}#pair=${code}`;
    // `id` names the code in GET …/pairing-codes, so the page can withdraw the code it shows.
    return c.json({ code, expiresAt, pairUrl, id }, 201);
  });
  app.delete('/org/events/:id/devices/:deviceId', async (c) => {
    const { event } = await eventOf(c);
    const deviceId = c.req.param('deviceId');
    if (!(await revokeDevice(services, event.id, deviceId))) throw notFound(`Device "${deviceId}"`);
    notifyRevoked(deviceId);
    return c.body(null, 204);
  });

  // Codes made but not used yet (a code sheet that went missing): listed by a random id, withdrawn by it.
  app.get('/org/events/:id/pairing-codes', async (c) => c.json(await listPairingCodes(services, (await eventOf(c)).event.id)));
  app.delete('/org/events/:id/pairing-codes', async (c) => {
    const { event } = await eventOf(c);
    return c.json({ withdrawn: await withdrawAllPairingCodes(services, event.id) });
  });
  app.delete('/org/events/:id/pairing-codes/:codeId', async (c) => {
    const { event } = await eventOf(c);
    if (!(await withdrawPairingCode(services, event.id, c.req.param('codeId')))) throw notFound('This pairing code');
    return c.body(null, 204);
  });

  // A person asked the Jobcenter (the controller) to delete their contact requests (Art. 17 GDPR): the organizer
  // erases them by e-mail address or phone number without seeing them; the answer is the number only.
  app.post('/org/events/:id/erasure', async (c) => {
    const { event } = await eventOf(c);
    const request = await readJson(c, ErasureRequestSchema);
    return c.json({ deleted: await eraseContact(services, { tenantId: c.get('tenantId'), eventId: event.id }, request) });
  });
  app.post('/org/erasure', async (c) => {
    const request = await readJson(c, ErasureRequestSchema);
    return c.json({ deleted: await eraseContact(services, { tenantId: c.get('tenantId') }, request) });
  });

  const standUrl = async (c: Ctx) => {
    const { event } = await eventOf(c);
    const token = await standTokenOf(services, event.id, c.req.param('sid') ?? '');
    if (!token) throw notFound(`Stand "${c.req.param('sid')}"`);
    return `${publicBase(services, c)}/s/${token}`;
  };
  app.get('/org/events/:id/stands/:sid/qr.svg', async (c) =>
    c.body(await qrSvg(await standUrl(c)), 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' }),
  );
  app.get('/org/events/:id/stands/:sid/qr.png', async (c) =>
    c.body(new Uint8Array(await qrPng(await standUrl(c))), 200, { 'Content-Type': 'image/png' }),
  );
  app.get('/org/events/:id/posters', async (c) => {
    const { event } = await eventOf(c);
    const posters = await standUrls(services, event.id, publicBase(services, c));
    return c.json(await Promise.all(posters.map(async (p) => ({ ...p, qrSvg: await qrSvg(p.url) }))));
  });

  app.post('/org/events/:id/clone', async (c) => {
    const { event } = await eventOf(c);
    const input = await readJson(c, CloneRequestSchema);
    if (input.tenantId !== undefined && input.tenantId !== c.get('tenantId')) {
      throw forbidden('You can clone an event only into your own tenant.');
    }
    const source = input.title ? { ...event, title: input.title } : event;
    const id = await cloneEvent(services, c.get('tenantId'), source, input);
    const created = await eventOfTenant(services, c.get('tenantId'), id);
    return c.json(created.event, 201);
  });

  app.get('/org/events/:id/report', async (c) => c.json(await eventReport(services, (await eventOf(c)).event.id)));
  app.get('/org/events/:id/report.csv', async (c) => {
    const { event } = await eventOf(c);
    return c.body(reportCsv(await eventReport(services, event.id)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="report-${event.id}.csv"`,
    });
  });

  // The staffing rota (Dienstplan). Staff names are employees' data: organizer and booth routes only.
  const readShift = async (c: Ctx, id?: string) => {
    const body = await readJson(c, v.unknown());
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
      const record = body as Record<string, unknown>;
      if (id !== undefined && record.id !== undefined && record.id !== id) {
        throw new HttpError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [
          { path: 'id', message: `must be "${id}" (as in the URL) or left out` },
        ]);
      }
      record.id = id ?? record.id ?? `sh-${crypto.randomUUID().slice(0, 8)}`;
    }
    return validate(RotaShiftSchema, body);
  };
  app.get('/org/events/:id/rota', async (c) => c.json(await listShifts(services, (await eventOf(c)).event.id)));
  app.post('/org/events/:id/rota', async (c) => {
    const { event } = await eventOf(c);
    const shift = await readShift(c);
    await checkShift(services, event, shift);
    await writeShift(services, event.id, shift, 'create');
    return c.json(shift, 201);
  });
  app.put('/org/events/:id/rota/:shiftId', async (c) => {
    const { event } = await eventOf(c);
    const shift = await readShift(c, c.req.param('shiftId'));
    await checkShift(services, event, shift);
    await writeShift(services, event.id, shift, 'replace');
    return c.json(shift);
  });
  app.delete('/org/events/:id/rota/:shiftId', async (c) => {
    const { event } = await eventOf(c);
    await deleteShift(services, event.id, c.req.param('shiftId'));
    return c.body(null, 204);
  });

  app.post(
    '/org/events/:id/import',
    bodyLimit({
      maxSize: CSV_BODY_LIMIT,
      onError: () => {
        throw new HttpError(413, 'BODY_TOO_LARGE', `The CSV file is larger than ${CSV_BODY_LIMIT / 1024 / 1024} MB: split it.`);
      },
    }),
    async (c) => {
      const { event } = await eventOf(c);
      const kind = c.req.query('kind') ?? '';
      if (!IMPORT_KINDS.includes(kind as ImportKind)) {
        throw new HttpError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [
          { path: 'kind', message: `the query parameter kind must be one of ${IMPORT_KINDS.join(', ')}` },
        ]);
      }
      const mode = c.req.query('mode') === 'valid-only' ? 'valid-only' : 'all';
      const type = c.req.header('content-type') ?? '';
      if (!/^(text\/csv|text\/plain|application\/csv)\s*(;|$)/i.test(type)) {
        throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as the request body with "Content-Type: text/csv".');
      }
      const result = await importCsv(services, event.id, kind as ImportKind, await c.req.text(), mode);
      if (result.errors.length > 0 && mode === 'all') {
        throw new HttpError(
          400,
          'INVALID_CSV',
          `${result.rejected} row(s) are invalid, so nothing was imported: fix them, or send ?mode=valid-only to import only the valid rows.`,
          result.errors,
        );
      }
      if (result.imported > 0) afterEventChange(event.id);
      return c.json(result);
    },
  );
  // A booth tablet's view of the rota: its provider's stands (and the help desks for the Jobcenter).
  const booth = new Hono<DeviceEnv>();
  booth.get('/booth/rota', requireDevice(services, 'booth'), async (c) => {
    const device = c.get('device');
    c.header('Cache-Control', 'no-store');
    return c.json(await boothRota(services, device.eventId, device.providerId ?? ''));
  });
  app.route('/', booth as unknown as Hono<OrganizerEnv>);
  return app as unknown as Hono;
}
