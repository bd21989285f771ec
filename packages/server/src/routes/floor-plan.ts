import { Hono } from 'hono';
import type { Event } from '@markt/sdk';
import { requireOrganizer, type OrganizerEnv } from '../auth/session.js';
import { bodyLimit } from '../http/body.js';
import { HttpError, notFound } from '../http/errors.js';
import type { Services } from '../services.js';
import { eventOfTenant, replaceEvent } from '../store/events.js';
import { invalidatePublicData } from '../store/public-data.js';

/** Largest floor-plan image `PUT …/floor-plan-image` accepts. */
export const FLOOR_PLAN_IMAGE_LIMIT = 2 * 1024 * 1024;

/** The image types a floor plan may have. */
export type FloorPlanImageType = 'image/png' | 'image/svg+xml';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Content-Security-Policy of a served SVG: no scripts, no external loads, inline styles only. */
export const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * The public URL of an event's floor-plan image.
 * @param eventId the event
 * @returns the path below the server's origin
 * @example floorPlanImageUrl('fair-1') // '/api/events/fair-1/floor-plan-image'
 */
export const floorPlanImageUrl = (eventId: string): string => `/api/events/${encodeURIComponent(eventId)}/floor-plan-image`;

/**
 * Why an SVG may not be shown (scripts, event handlers, `javascript:` URLs, foreignObject, external links),
 * or undefined when it is acceptable. A minimal check: it refuses rather than cleans.
 * @param text the SVG document
 * @returns the problems found (empty when acceptable)
 * @example svgProblems('<svg onload="x()"/>') // ['an on* event-handler attribute (onload)']
 */
export function svgProblems(text: string): string[] {
  const problems: string[] = [];
  if (!/<svg[\s>]/i.test(text)) problems.push('no <svg> element');
  if (/<script/i.test(text)) problems.push('a <script> element');
  const handler = /[\s"'/]on([a-z]+)\s*=/i.exec(text);
  if (handler) problems.push(`an on* event-handler attribute (on${handler[1]})`);
  if (/javascript\s*:/i.test(text)) problems.push('a javascript: URL');
  if (/<foreignObject/i.test(text)) problems.push('a <foreignObject> element');
  if (/<!ENTITY/i.test(text)) problems.push('an entity declaration');
  for (const m of text.matchAll(/(?:^|[\s"'])(?:xlink:)?href\s*=\s*(["'])(.*?)\1/gis)) {
    if (!m[2]!.trim().startsWith('#')) {
      problems.push(`an external href ("${m[2]!.slice(0, 60)}")`);
      break;
    }
  }
  if (/url\(\s*["']?(?!#)/i.test(text)) problems.push('an external url() reference');
  return problems;
}

/**
 * Checks an uploaded image and returns its type.
 * @param type the request's Content-Type
 * @param bytes the body
 * @returns the image type
 * @throws HttpError 415 for another type, 400 for a body that is not a (safe) image of that type
 * @example checkFloorPlanImage('image/png', bytes)
 */
export function checkFloorPlanImage(type: string, bytes: Uint8Array): FloorPlanImageType {
  const mime = type.split(';')[0]!.trim().toLowerCase();
  if (mime !== 'image/png' && mime !== 'image/svg+xml') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the image as the request body with "Content-Type: image/png" or "image/svg+xml".');
  }
  if (bytes.length === 0) throw new HttpError(400, 'INVALID_IMAGE', 'The request body is empty: send the image file.');
  if (mime === 'image/png') {
    if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new HttpError(400, 'INVALID_IMAGE', 'The body is not a PNG file (wrong signature).');
    return mime;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'INVALID_IMAGE', 'The SVG file is not valid UTF-8 text.');
  }
  const problems = svgProblems(text);
  if (problems.length > 0) {
    throw new HttpError(400, 'UNSAFE_SVG', `The SVG file is refused because it contains ${problems.join(', ')}: remove it and upload again.`);
  }
  return mime;
}

async function etagOf(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `"${Buffer.from(digest.subarray(0, 16)).toString('base64url')}"`;
}

/**
 * Floor-plan images: the organizer uploads (PUT) or removes (DELETE) one; anyone reads it (GET, ETag/304).
 * @param services the server services
 * @returns the routes, mounted below /api
 * @example app.route('/api', floorPlanRoutes(services));
 */
export function floorPlanRoutes(services: Services): Hono<OrganizerEnv> {
  const app = new Hono<OrganizerEnv>();
  const ORG_PATH = '/org/events/:id/floor-plan-image';

  const setImageUrl = async (event: Event, imageUrl: string | undefined): Promise<Event> => {
    // An event without a plan gets the organizer editor's default hall (40 × 25 units).
    const floorPlan = event.floorPlan ?? { width: 40, height: 25 };
    const { imageUrl: _old, ...rest } = floorPlan;
    const next: Event = { ...event, floorPlan: imageUrl === undefined ? rest : { ...rest, imageUrl } };
    await replaceEvent(services, next);
    invalidatePublicData(event.id);
    return next;
  };

  app.put(
    ORG_PATH,
    requireOrganizer(services),
    bodyLimit({
      maxSize: FLOOR_PLAN_IMAGE_LIMIT,
      onError: () => {
        throw new HttpError(413, 'BODY_TOO_LARGE', `The image is larger than ${FLOOR_PLAN_IMAGE_LIMIT / 1024 / 1024} MB: make it smaller.`);
      },
    }),
    async (c) => {
      const { event } = await eventOfTenant(services, c.get('tenantId'), c.req.param('id'));
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const type = checkFloorPlanImage(c.req.header('content-type') ?? '', bytes);
      const etag = await etagOf(bytes);
      const now = services.now().toISOString();
      await services.queue.run((tx) =>
        tx.execute({
          sql: `INSERT INTO floor_plan_images (event_id, type, bytes, etag, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(event_id) DO UPDATE SET type = excluded.type, bytes = excluded.bytes, etag = excluded.etag, updated_at = excluded.updated_at`,
          args: [event.id, type, bytes, etag, now],
        }),
      );
      const next = await setImageUrl(event, floorPlanImageUrl(event.id));
      c.header('Cache-Control', 'no-store');
      return c.json({ imageUrl: next.floorPlan?.imageUrl, type, size: bytes.length, etag });
    },
  );

  app.delete(ORG_PATH, requireOrganizer(services), async (c) => {
    const { event } = await eventOfTenant(services, c.get('tenantId'), c.req.param('id'));
    await services.queue.run((tx) => tx.execute({ sql: 'DELETE FROM floor_plan_images WHERE event_id = ?', args: [event.id] }));
    if (event.floorPlan?.imageUrl !== undefined) await setImageUrl(event, undefined);
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  });

  app.get('/events/:id/floor-plan-image', async (c) => {
    const id = c.req.param('id');
    const row = (
      await services.db.execute({ sql: 'SELECT type, bytes, etag FROM floor_plan_images WHERE event_id = ?', args: [id] })
    ).rows[0];
    if (!row) throw notFound(`The floor-plan image of event "${id}"`);
    const etag = String(row.etag);
    const headers: Record<string, string> = {
      ETag: etag,
      'Cache-Control': 'public, max-age=0, must-revalidate',
      'X-Content-Type-Options': 'nosniff',
      // The event map embedded on a provider's website shows it (an <img> from another origin): the app-wide
      // same-origin policy would block it there. The image is public like the event's other public data.
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (String(row.type) === 'image/svg+xml') headers['Content-Security-Policy'] = SVG_CSP;
    const match = (c.req.header('if-none-match') ?? '').split(',').map((s) => s.trim());
    if (match.includes(etag) || match.includes('*')) {
      for (const [k, val] of Object.entries(headers)) c.header(k, val);
      return c.body(null, 304);
    }
    const bytes = row.bytes as ArrayBuffer;
    return c.body(new Uint8Array(bytes), 200, { ...headers, 'Content-Type': String(row.type) });
  });

  return app;
}
