/**
 * @markt/server — the markt server as a library: start it, or build the app for tests.
 * @packageDocumentation
 */
export { loadConfig, type ServerConfig } from './config.js';
export { createApp, JSON_BODY_LIMIT } from './app.js';
export { startServer, type RunningServer } from './server.js';
export { tuneServerRuntime } from './runtime.js';
export { createServices, closeServices, type Services } from './services.js';
export { HttpError } from './http/errors.js';
export { WriteQueue } from './db/write-queue.js';
export type { FeedItem } from './live/hub.js';
export { seedDemo, loadDemoFair, DEMO_EMAIL, DEMO_TENANT_NAME, type DemoSeed } from './seed.js';
export { purgeExpired, schedulePurge, type PurgeResult } from './store/purge.js';
export { createTenant, insertFair, standTokenOf, type FairData } from './store/fair.js';
export { notifyRevoked } from './live/revocations.js';
export { invalidatePublicData } from './store/public-data.js';
