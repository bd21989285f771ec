/**
 * @markt/server — the markt server as a library: start it, or build the app for tests.
 * @packageDocumentation
 */
export { loadConfig, type ServerConfig } from './config.js';
export { createApp, JSON_BODY_LIMIT } from './app.js';
export { startServer, type RunningServer } from './server.js';
export { createServices, closeServices, type Services } from './services.js';
export { HttpError } from './http/errors.js';
export { WriteQueue } from './db/write-queue.js';
export type { FeedItem } from './live/hub.js';
