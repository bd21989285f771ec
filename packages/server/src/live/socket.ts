import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Services } from '../services.js';

/**
 * Attaches socket.io to the HTTP server that serves Hono (see docs/architecture.md, "Live sync").
 * Authentication, rooms and replay are not written yet.
 */
export function attachLive(httpServer: HttpServer, _services: Services): Server {
  return new Server(httpServer, { serveClient: false });
}
