import { LeadInputSchema, VisitInputSchema } from '@markt/sdk/schemas';
import { Hono } from 'hono';
import * as v from 'valibot';
import { notFound } from '../http/errors.js';
import { readJson } from '../http/validate.js';
import { LeadLimits } from '../security/lead-limits.js';
import type { Services } from '../services.js';
import { recordLead } from '../store/leads.js';
import { standByToken, type StandView } from '../store/public-data.js';
import { recordStandVisit } from '../store/visits.js';

/** A visit sent from a stand's page: the stand comes from the QR token. */
export const StandVisitSchema = v.omit(VisitInputSchema, ['standId', 'source']);
/** A contact request sent from a stand's page: provider and stand come from the QR token. */
export const StandLeadSchema = v.omit(LeadInputSchema, ['providerId', 'standId']);

/**
 * The routes behind a stand's QR code (the visitor's phone): the stand's page data, a visit, a lead.
 * The token is the capability; an unknown one is a 404.
 * @param services the server services
 * @returns the routes, mounted under `/api`
 * @example app.route('/api', standRoutes(services));
 */
export function standRoutes(services: Services, limits = new LeadLimits(services.config.leadLimits, () => services.now().getTime())): Hono {
  const app = new Hono();

  const stand = async (token: string): Promise<StandView> => {
    const view = await standByToken(services, token);
    if (!view) throw notFound('A stand with this QR code');
    return view;
  };

  app.get('/stand/:token', async (c) => c.json(await stand(c.req.param('token'))));

  app.post('/stand/:token/visits', async (c) => {
    const input = await readJson(c, StandVisitSchema);
    // The token is resolved in the write itself: the busiest route pays no separate stand read.
    const recorded = await recordStandVisit(services, c.req.param('token'), input);
    if (!recorded) throw notFound('A stand with this QR code');
    return c.json({ id: recorded.id, seq: recorded.seq }, recorded.created ? 201 : 200);
  });

  app.post('/stand/:token/leads', async (c) => {
    const view = await stand(c.req.param('token'));
    const input = await readJson(c, StandLeadSchema);
    limits.phone(input.deviceId, `${view.stand.eventId}:${view.stand.id}`);
    const { id, seq, created } = await recordLead(services, view.stand.eventId, {
      ...input,
      providerId: view.stand.providerId,
      standId: view.stand.id,
    });
    return c.json({ id, seq }, created ? 201 : 200);
  });

  return app;
}
