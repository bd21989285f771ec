import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createServices, loadConfig, startServer, type RunningServer } from '@markt/server';

const run = promisify(execFile);

/** The `markt` CLI of the installed @markt/server. */
export const CLI = join(dirname(createRequire(import.meta.url).resolve('@markt/server/package.json')), 'dist/cli.js');
const CLOCK_SHIFT = join(dirname(fileURLToPath(import.meta.url)), 'clock-shift.mjs');

/** A server with its own fresh database, and the demo login. */
export interface Fair {
  server: RunningServer;
  dbUrl: string;
  dir: string;
  email: string;
  password: string;
  demoEventId: string;
  stop(): Promise<void>;
}

/**
 * Runs `markt <args>` as a child process against `dbUrl`.
 * @param args the CLI arguments
 * @param dbUrl the database
 * @param clockOffsetMs moves the child's clock forward (for `purge`)
 * @returns standard output, then standard error (the CLI logs there)
 * @example await markt(['purge'], 'file:/tmp/x/markt.db', 60 * 86_400_000);
 */
export async function markt(args: string[], dbUrl: string, clockOffsetMs = 0): Promise<string> {
  const env = { ...process.env, MARKT_DB_URL: dbUrl, MARKT_E2E_CLOCK_OFFSET_MS: String(clockOffsetMs) };
  const nodeArgs = clockOffsetMs ? ['--import', CLOCK_SHIFT, CLI, ...args] : [CLI, ...args];
  const { stdout, stderr } = await run(process.execPath, nodeArgs, { env, timeout: 60_000 });
  return `${stdout}${stderr}`;
}

/**
 * Seeds the demo fair into a fresh SQLite file the way `markt seed --demo` does (the CLI, since `seedDemo`
 * is not exported by @markt/server), then starts the server in-process on 127.0.0.1 and a free port.
 * @returns the running fair
 * @example const fair = await startFair(); … await fair.stop();
 */
export async function startFair(): Promise<Fair> {
  const dir = await mkdtemp(join(tmpdir(), 'markt-e2e-'));
  const dbUrl = `file:${join(dir, 'markt.db')}`;
  const out = await markt(['seed', '--demo'], dbUrl);
  const login = /Organizer login: (\S+) \/ (\S+)/.exec(out);
  const seeded = /Seeded the demo fair "([^"]+)"/.exec(out);
  if (!login || !seeded) throw new Error(`markt seed --demo printed no login or event:\n${out}`);
  const config = loadConfig(process.env, { port: 0, host: '127.0.0.1', dbUrl, publicUrl: undefined, log: () => {} });
  const services = await createServices(config);
  const server = await startServer(config, services);
  return {
    server,
    dbUrl,
    dir,
    email: login[1]!,
    password: login[2]!,
    demoEventId: seeded[1]!,
    async stop() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
