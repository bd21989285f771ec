import type { Client } from '@libsql/client';
import type { ServerConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { migrate } from './db/migrate.js';
import { WriteQueue } from './db/write-queue.js';
import { LiveHub } from './live/hub.js';
import { randomToken } from './security/tokens.js';

/** What every route and job needs; built once per server (or per test). */
export interface Services {
  readonly db: Client;
  /** Every write goes through this queue (group commit). */
  readonly queue: WriteQueue;
  readonly config: ServerConfig;
  readonly live: LiveHub;
  /** Server secret for derived tokens (stand QR codes); from MARKT_SECRET or created once and kept in the database. */
  readonly secret: string;
  /** The clock; tests move it to check retention. */
  readonly now: () => Date;
}

/**
 * Opens the database, applies migrations and builds the services.
 * @param config the server configuration
 * @param now the clock (default: real time)
 * @returns the services; call `closeServices` when done
 * @example const services = await createServices(loadConfig(process.env, { dbUrl: 'file:/tmp/t.db' }));
 */
export async function createServices(config: ServerConfig, now: () => Date = () => new Date()): Promise<Services> {
  const db = await openDatabase(config.dbUrl, config.dbAuthToken);
  await migrate(db);
  const secret = process.env.MARKT_SECRET ?? (await loadOrCreateSecret(db));
  return { db, queue: new WriteQueue(db), config, live: new LiveHub(), secret, now };
}

/** Drains the write queue and closes the database. */
export async function closeServices(services: Services): Promise<void> {
  await services.queue.close();
  services.db.close();
}

async function loadOrCreateSecret(db: Client): Promise<string> {
  await db.execute({ sql: "INSERT OR IGNORE INTO meta (key, value) VALUES ('secret', ?)", args: [randomToken()] });
  const row = (await db.execute("SELECT value FROM meta WHERE key = 'secret'")).rows[0];
  return String(row?.value);
}
