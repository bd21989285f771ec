import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type ServerConfig } from '../src/config.js';
import { closeServices, createServices, type Services } from '../src/services.js';

/** A fresh real SQLite file in a temporary directory, removed by `cleanup()`. */
export function tempDbUrl(): { url: string; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'markt-test-'));
  const path = join(dir, 'markt.db');
  return { url: `file:${path}`, path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Every byte of a SQLite database on disk: the file with its WAL, shared-memory and journal files, to prove that
 * erased data is gone from all of them (as the booth erasure and purge tests check).
 * @example expect(databaseBytes(temp.path).includes(Buffer.from(phone))).toBe(false);
 */
export function databaseBytes(path: string): Buffer {
  return Buffer.concat([path, `${path}-wal`, `${path}-shm`, `${path}-journal`].filter(existsSync).map((p) => readFileSync(p)));
}

/**
 * Resolves once `check` is true, polling every 10 ms (socket messages, timers of the server under test).
 * @param check the condition
 * @param what what is awaited, for the error
 * @param ms how long to wait at most
 * @returns when `check` is true; rejects "timed out waiting until <what>" after `ms`
 * @example await until(() => erased.length === 1, 'the tablet is told');
 */
export async function until(check: () => boolean, what = 'the condition holds', ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Logs collected in memory, so tests can assert what was (and was not) logged. */
export interface TestServices extends Services {
  logs: Record<string, unknown>[];
  dispose(): Promise<void>;
}

/**
 * Services over a fresh SQLite file, with logs captured and an adjustable clock.
 * @example const s = await testServices(); try { … } finally { await s.dispose(); }
 */
export async function testServices(overrides: Partial<ServerConfig> = {}, now?: () => Date): Promise<TestServices> {
  const db = tempDbUrl();
  const logs: Record<string, unknown>[] = [];
  const config = loadConfig({}, { dbUrl: db.url, port: 0, log: (line) => logs.push(line), ...overrides });
  const services = await createServices(config, now);
  return Object.assign(services, {
    logs,
    async dispose() {
      await closeServices(services);
      db.cleanup();
    },
  });
}
