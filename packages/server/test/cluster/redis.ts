import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's redis-server (`.ci/run` installs it when missing). */
export const REDIS_SERVER = process.env.MARKT_REDIS_SERVER ?? '/usr/bin/redis-server';

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running throw-away Redis: loopback only, no persistence, in a temp dir. */
export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts Debian's redis-server on 127.0.0.1 and a free port, with `--save "" --appendonly no`.
 * @returns its URL and `stop()`
 * @example const redis = await startRedis(); try { … } finally { await redis.stop(); }
 */
export async function startRedis(): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'markt-redis-'));
  const port = await freePort();
  const child = spawn(
    REDIS_SERVER,
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}): ${out}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const nodeScript = fileURLToPath(new URL('../field/crash-server.ts', import.meta.url));

/** One server process of the cluster. */
export interface ClusterNode {
  child: ChildProcess;
  url: string;
}

/**
 * Starts one server process (test/field/crash-server.ts) on the shared database, with Redis.
 * @param env MARKT_DB_URL, MARKT_REDIS_URL, MARKT_SECRET and any other settings
 * @returns the child process and its URL once it listens
 * @example const a = await startNode({ MARKT_DB_URL: db.url, MARKT_REDIS_URL: redis.url, MARKT_SECRET: 's' });
 */
export async function startNode(env: Record<string, string>): Promise<ClusterNode> {
  const child = spawn(process.execPath, ['--import', 'tsx', nodeScript], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`a cluster node exited early (${code})`)));
  });
  return { child, url };
}
