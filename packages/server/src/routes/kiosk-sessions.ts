import type { Hono } from 'hono';
import * as v from 'valibot';
import type { DeviceEnv } from '../auth/device.js';
import type { KioskSessionAnswer } from '../client.js';
import { readJson } from '../http/validate.js';
import type { Services } from '../services.js';

/** A kiosk's report: a visitor session runs (`active`, repeated while it runs) or ended (`idle`). Nothing else. */
export const KioskSessionSchema = v.strictObject({
  state: v.picklist(['active', 'idle'], 'must be "active" or "idle"'),
});


/**
 * Adds `POST /kiosk/sessions` to the kiosk routes (behind their device-token check): "this kiosk is in
 * use" for the organizer's "visitors now". Privacy-neutral by design: the body has only the state, the
 * server keeps only the kiosk's device id with an expiry (live/presence.ts), in memory.
 * @param app the kiosk routes (`requireDevice(services, 'kiosk')` already applies to `/kiosk/*`)
 * @param services the server services
 * @returns nothing; the route is added to `app`
 * @example kioskSessionRoute(app, services); // inside kioskRoutes
 */
export function kioskSessionRoute(app: Hono<DeviceEnv>, services: Services): void {
  app.post('/kiosk/sessions', async (c) => {
    const { id, eventId } = c.get('device');
    const { state } = await readJson(c, KioskSessionSchema);
    services.live.reportKiosk({ eventId, deviceId: id, state });
    return c.json({ state, ttlSeconds: services.live.presence.activeMs / 1000 } satisfies KioskSessionAnswer);
  });
}
