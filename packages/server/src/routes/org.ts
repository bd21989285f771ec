import { Hono } from 'hono';
import type { Services } from '../services.js';

/** Routes of this area (see docs/architecture.md); not written yet. */
export function orgRoutes(_services: Services): Hono {
  return new Hono();
}
