// Rate limits on pairing and login count per address: guesses from one address must not lock out the
// devices and organizers of every tenant. Real server on 127.0.0.1; requests leave from 127.0.0.1 and
// 127.0.0.2 (both loopback addresses on Linux).
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { PAIR_LIMIT_PER_ADDRESS } from '../../src/routes/pair.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createServices } from '../../src/services.js';
import { createTenant, insertFair } from '../../src/store/fair.js';
import { smallFair } from '../fixtures.js';
import { tempDbUrl } from '../helpers.js';
import { createPairingCode } from './setup.js';

let server: RunningServer;
let temp: ReturnType<typeof tempDbUrl>;
let eventId: string;

beforeEach(async () => {
  temp = tempDbUrl();
  const config = loadConfig({}, { port: 0, host: '127.0.0.1', dbUrl: temp.url, log: () => undefined });
  server = await startServer(config, await createServices(config));
  eventId = await insertFair(server.services, await createTenant(server.services, 'Jobcenter Pankow'), smallFair());
});
afterEach(async () => {
  await server.close();
  temp.cleanup();
});

/** POSTs JSON from a given local address; resolves with the status. */
function postFrom(localAddress: string, path: string, body: unknown): Promise<number> {
  const url = new URL(path, server.url);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

describe('rate limits per address', () => {
  it('lets a valid pairing code through from another address after one address used up its attempts', async () => {
    const statuses: number[] = [];
    // Different prefixes, so only the per-address limit counts them.
    for (let i = 0; i <= PAIR_LIMIT_PER_ADDRESS; i++) statuses.push(await postFrom('127.0.0.2', '/api/pair', { code: `${'ABCDEFGHJK'[i % 10]}${'MNPQRSTUVW'[Math.floor(i / 10) % 10]}${i}XYZW` }));
    expect(statuses.slice(0, PAIR_LIMIT_PER_ADDRESS).every((s) => s === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const valid = await createPairingCode(server.services, eventId, 'kiosk', null);
    expect(await postFrom('127.0.0.1', '/api/pair', { code: valid })).toBe(201);
    // The address that guessed still waits, whatever it sends.
    const another = await createPairingCode(server.services, eventId, 'kiosk', null);
    expect(await postFrom('127.0.0.2', '/api/pair', { code: another })).toBe(429);
  });
});
