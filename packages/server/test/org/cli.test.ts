import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { closeServices, createServices } from '../../src/services.js';
import { IMPORT_KINDS } from '../../src/store/import.js';
import { tempDbUrl } from '../helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const db = tempDbUrl();
afterAll(() => db.cleanup());

/** Runs `markt` from the TypeScript sources through tsx, as a real child process. */
function markt(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, MARKT_DB_URL: db.url, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function login(email: string, password: string): Promise<number> {
  const services = await createServices(loadConfig({}, { dbUrl: db.url, log: () => {} }));
  try {
    const res = await createApp(services).request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return res.status;
  } finally {
    await closeServices(services);
  }
}

describe('the markt CLI', () => {
  it('prints the commands with --help and exits 0', () => {
    const { code, out } = markt(['--help']);
    expect(code).toBe(0);
    for (const name of ['serve', 'start', 'seed', 'import', 'export', 'purge', 'create-organizer']) expect(out).toContain(name);
  });

  it('answers an unknown command with the usage and exit code 2', () => {
    const { code, err } = markt(['frobnicate']);
    expect(code).toBe(2);
    expect(err).toContain('unknown command "frobnicate"');
    expect(err).toContain('Usage: markt');
  });

  it('explains a missing option and shows each command\'s help', () => {
    const missing = markt(['export']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--event is required');
    const help = markt(['import', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--kind');
  });

  it('names every kind the import takes, stands too, in the usage line and under --kind', () => {
    const help = markt(['import', '--help']);
    expect(help.code).toBe(0);
    const usage = /--kind (\S+) \[--valid-only\]/.exec(help.out)?.[1];
    expect(usage?.split('|').sort()).toEqual([...IMPORT_KINDS].sort());
    const option = /^ {2}--kind <kind> +(.+)$/m.exec(help.out)?.[1];
    for (const kind of IMPORT_KINDS) expect(option).toContain(kind);
    expect(markt(['--help']).out).toMatch(/import +import providers, offers, stands or radar rows/);
  });

  it('creates an organizer who can then log in', async () => {
    const { code, out } = markt(['create-organizer', '--email', 'cli@jc.example', '--name', 'Cli', '--tenant', 'Jobcenter Test']);
    expect(code).toBe(0);
    const password = /Password: (\S+)/.exec(out)?.[1];
    expect(password).toBeDefined();
    expect(await login('cli@jc.example', password!)).toBe(200);
    expect(await login('cli@jc.example', 'wrong password')).toBe(401);
    const again = markt(['create-organizer', '--email', 'cli@jc.example', '--name', 'Cli', '--tenant', 'Jobcenter Test']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('exists already');
  });

  it('seeds the demo fair and a demo organizer with a working password', async () => {
    const { code, out } = markt(['seed', '--demo']);
    expect(code).toBe(0);
    expect(out).toContain('pankow-2026');
    const password = /demo@markt\.example \/ (\S+)/.exec(out)?.[1];
    expect(await login('demo@markt.example', password!)).toBe(200);
    const exported = markt(['export', '--event', 'pankow-2026', '--format', 'json']);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out).eventId).toBe('pankow-2026');
  });

  it('imports stands from a CSV file and says how many it updated on a second import', () => {
    // After the seed above: the demo fair and its providers exist.
    const dir = mkdtempSync(join(tmpdir(), 'markt-cli-stands-'));
    try {
      const file = join(dir, 'stands.csv');
      writeFileSync(file, 'Standnummer;Anbieter\nZ1;Familienzentrum Kastanienhof\nZ2;Familienzentrum Kastanienhof\n');
      const first = markt(['import', file, '--event', 'pankow-2026', '--kind', 'stands']);
      expect(first.err).toBe('');
      expect(first.out.trim()).toBe('Imported 2 stands row(s) into pankow-2026.');
      const again = markt(['import', file, '--event', 'pankow-2026', '--kind', 'stands']);
      expect(again.out.trim()).toBe('Imported 2 stands row(s) into pankow-2026 (2 of them updated existing stands).');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('start --demo serves, prints the addresses and stops cleanly on SIGINT', async () => {
    const fresh = tempDbUrl();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start', '--demo'], {
      cwd: root,
      env: { ...process.env, MARKT_DB_URL: fresh.url, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start banner: ${out}`)), 60_000);
        child.stdout.on('data', () => {
          if (out.includes('Press Ctrl-C')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const base = /running \(demo\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      expect(base).toBeDefined();
      expect(out).toContain(`${base}/kiosk?event=pankow-2026`);
      expect(out).toMatch(/Booth pairing code for .*: [A-Z2-9]{8}/);
      const phone = /Phone page of stand .*: (\S+)/.exec(out)?.[1];
      const token = phone!.split('/s/')[1];
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
      expect((await fetch(`${base}/api/stand/${token}`)).status).toBe(200);
      const code = /Booth pairing code for .*: ([A-Z2-9]{8})/.exec(out)![1];
      const paired = await fetch(`${base}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
      expect(paired.ok).toBe(true);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(out).toContain('Stopped.');
    } finally {
      child.kill('SIGKILL');
      fresh.cleanup();
    }
  });
});
