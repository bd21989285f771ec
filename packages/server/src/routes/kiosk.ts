import {
  DeviceIdSchema,
  FeedbackInputSchema,
  IdempotencyKeySchema,
  InterestProfileSchema,
  LeadInputSchema,
  LocaleSchema,
  VisitInputSchema,
} from '@markt/sdk/schemas';
import { Hono } from 'hono';
import * as v from 'valibot';
import { requireDevice, type DeviceEnv } from '../auth/device.js';
import { HttpError } from '../http/errors.js';
import { readJson } from '../http/validate.js';
import { randomId } from '../security/tokens.js';
import { LeadLimits } from '../security/lead-limits.js';
import type { Services } from '../services.js';
import { countRefusedLead, LOST_LEAD_STATUSES } from '../store/devices.js';
import { recordLead } from '../store/leads.js';
import { recordSearch } from '../store/searches.js';
import { recordVisit } from '../store/visits.js';
import { kioskSessionRoute } from './kiosk-sessions.js';

/** An anonymous quiz result: the Holland code and interest profile, nothing about the person. */
export const QuizRecordSchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(/^[RIASEC]{0,3}$/, 'must be a Holland code of up to 3 letters R, I, A, S, E, C')),
  interests: InterestProfileSchema,
  idempotencyKey: IdempotencyKeySchema,
});

/** A kiosk search; only those that found nothing are kept (to show what visitors missed). */
export const SearchRecordSchema = v.strictObject({
  query: v.pipe(v.string(), v.maxLength(1000, 'must be at most 1000 characters')),
  resultCount: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0)),
  locale: LocaleSchema,
  /** The same key sent again stores nothing more (optional for kiosks of an older version). */
  idempotencyKey: v.optional(IdempotencyKeySchema),
  /**
   * The random id of the kiosk's visitor session (made at its start, forgotten at the wipe): the report counts a
   * term once per session. Optional for kiosks of an older version (their searches count one by one).
   */
  session: v.optional(DeviceIdSchema),
});

/**
 * Routes of a paired kiosk (Bearer device token, role kiosk): its own data, visits, leads and the
 * anonymous statistics (quiz results, searches without result, feedback).
 * @param services the server services
 * @returns the routes, mounted under `/api`
 * @example app.route('/api', kioskRoutes(services));
 */
export function kioskRoutes(services: Services, limits = new LeadLimits(services.config.leadLimits, () => services.now().getTime())): Hono<DeviceEnv> {
  const app = new Hono<DeviceEnv>();
  app.use('/kiosk/*', requireDevice(services, 'kiosk'));

  app.get('/kiosk/me', async (c) => {
    const device = c.get('device');
    const row = (await services.db.execute({ sql: 'SELECT data FROM events WHERE id = ?', args: [device.eventId] })).rows[0];
    return c.json({ device, event: row ? JSON.parse(String(row.data)) : null });
  });

  app.post('/kiosk/visits', async (c) => {
    const device = c.get('device');
    const input = await readJson(c, VisitInputSchema);
    const stand = (
      await services.db.execute({ sql: 'SELECT provider_id FROM stands WHERE event_id = ? AND id = ?', args: [device.eventId, input.standId] })
    ).rows[0];
    if (!stand) {
      throw new HttpError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [
        { path: 'standId', message: 'is not a stand of this event' },
      ]);
    }
    const { id, seq, created } = await recordVisit(services, {
      eventId: device.eventId,
      standId: input.standId,
      providerId: String(stand.provider_id),
      deviceId: input.deviceId,
      source: input.source,
      idempotencyKey: input.idempotencyKey,
      at: input.at,
    });
    return c.json({ id, seq }, created ? 201 : 200);
  });

  app.post('/kiosk/leads', async (c) => {
    const device = c.get('device');
    try {
      const input = await readJson(c, LeadInputSchema);
      limits.kiosk(device.id);
      const { id, seq, created } = await recordLead(services, device.eventId, input);
      return c.json({ id, seq }, created ? 201 : 200);
    } catch (error) {
      // A refusal the kiosk drops (it tells the visitor, if still there): counted per device, for the organizer's
      // device list. Only the count and the time; the error goes on to app.onError as before.
      if (error instanceof HttpError && LOST_LEAD_STATUSES.has(error.status)) await countRefusedLead(services, device.id);
      throw error;
    }
  });

  app.post('/kiosk/quizzes', async (c) => {
    const { eventId } = c.get('device');
    const input = await readJson(c, QuizRecordSchema);
    const at = services.now().toISOString();
    const { id, created } = await services.queue.run(async (tx) => {
      const existing = (
        await tx.execute({ sql: 'SELECT id FROM quizzes WHERE event_id = ? AND idempotency_key = ?', args: [eventId, input.idempotencyKey] })
      ).rows[0];
      if (existing) return { id: String(existing.id), created: false };
      const newId = randomId();
      await tx.execute({
        sql: 'INSERT INTO quizzes (id, event_id, code, interests, at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?)',
        args: [newId, eventId, input.code, JSON.stringify(input.interests), at, input.idempotencyKey],
      });
      return { id: newId, created: true };
    });
    // The organizers' stats re-count the quizzes themselves (live/stats.ts): say only which event changed.
    if (created) services.live.publishStats({ eventId });
    return c.json({ id }, created ? 201 : 200);
  });

  app.post('/kiosk/searches', async (c) => {
    const { eventId } = c.get('device');
    const { stored, created } = await recordSearch(services, eventId, await readJson(c, SearchRecordSchema));
    if (!stored) return c.json({ stored: false });
    // A repeated key: stored the first time.
    return c.json({ stored: true }, created ? 201 : 200);
  });

  app.post('/kiosk/feedback', async (c) => {
    const { eventId } = c.get('device');
    const input = await readJson(c, FeedbackInputSchema);
    const at = services.now().toISOString();
    const { id, created } = await services.queue.run(async (tx) => {
      const existing = (
        await tx.execute({ sql: 'SELECT id FROM feedback WHERE event_id = ? AND idempotency_key = ?', args: [eventId, input.idempotencyKey] })
      ).rows[0];
      if (existing) return { id: String(existing.id), created: false };
      const newId = randomId();
      await tx.execute({
        sql: 'INSERT INTO feedback (id, event_id, rating, missing, locale, at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)',
        args: [newId, eventId, input.rating, input.missing ?? null, input.locale, at, input.idempotencyKey],
      });
      return { id: newId, created: true };
    });
    return c.json({ id }, created ? 201 : 200);
  });

  // "This kiosk is in use", for the organizer's visitors now (routes/kiosk-sessions.ts).
  kioskSessionRoute(app, services);

  return app;
}
