/**
 * Malformed socket events: `sync` (every role) and `visit` (kiosks) with every kind of payload (wrong types, odd Unicode, deep or large objects,
 * binary, no ack, the ack in the payload's place), unknown events, and a frame larger than socket.io accepts.
 * The server answers a bad `sync` with an error acknowledgement, stays up, and the socket stays usable.
 */
import fc from 'fast-check';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { field, key, type Field } from '../field/setup.js';

let f: Field;
let server: RunningServer;

beforeAll(async () => {
  f = await field();
  server = await startServer(f.services.config, f.services);
  await f.post(`/api/stand/${f.standToken.care}/visits`, { deviceId: key('dev'), idempotencyKey: key() });
});
afterAll(async () => {
  await server.close(); // closes the services too
  f.services.logs.length = 0;
});

async function open(token: string): Promise<Socket> {
  const socket = connect(server.url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

type Ack = { ok: true; replayed: number; lastSeq: number } | { ok: false; error: { code: string; message: string } };

/** What a valid `sync` payload looks like: nothing (sent as null), or an object whose `after` is missing or a whole number ≥ 0. */
function isValid(payload: unknown): boolean {
  if (payload === undefined || payload === null) return true;
  if (typeof payload !== 'object' || Array.isArray(payload) || payload instanceof Uint8Array) return false;
  const after = (payload as { after?: unknown }).after;
  return after === undefined || (typeof after === 'number' && Number.isSafeInteger(after) && after >= 0);
}

const odd = fc.constantFrom('\uD800', '\u0000', '\u202E', 'ä'.repeat(100_000), '1', '-1', '', '0x10');
const payload = fc.oneof(
  fc.record({ after: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER + 2), fc.constant(null), odd, fc.boolean(), fc.constant([]), fc.constant({})) }),
  fc.record({ after: fc.nat() }, { requiredKeys: [] }),
  fc.jsonValue({ maxDepth: 4 }),
  odd,
  fc.constant(new Uint8Array([1, 2, 3])),
  fc.constant(undefined),
);

describe('malformed socket events', () => {
  it('answers every malformed sync with an error ack, keeps the socket usable and the server up', async () => {
    const socket = await open(f.boothCare.token);
    let fed = 0;
    socket.on('feed', () => fed++);
    try {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(payload, async (p) => {
          runs++;
          const ack = (await socket.timeout(5000).emitWithAck('sync', p)) as Ack;
          if (isValid(p)) expect(ack.ok, JSON.stringify(p)?.slice(0, 80)).toBe(true);
          else {
            expect(ack, JSON.stringify(p)?.slice(0, 80)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
          }
        }),
        { numRuns: 300, seed: 4711, endOnFailure: true },
      );
      expect(runs).toBe(300);
      // Unknown events, a sync without an ack, and a sync whose only argument is the ack.
      socket.emit('hello', { x: 1 });
      socket.emit('feed', { seq: 1 });
      socket.emit('sync', { after: 'x' });
      const onlyAck = await new Promise<Ack>((resolve) => socket.emit('sync', resolve));
      expect(onlyAck).toMatchObject({ ok: true });
      expect(socket.connected).toBe(true);
      const last = (await socket.emitWithAck('sync', { after: 0 })) as Ack;
      expect(last).toMatchObject({ ok: true, replayed: 1 });
      expect(fed).toBeGreaterThan(0);
    } finally {
      socket.disconnect();
    }
  }, 60_000);

  it("answers a kiosk's malformed visits with INVALID_INPUT and records nothing; other roles' visits are ignored", async () => {
    const kiosk = await open(f.kiosk.token);
    const booth = await open(f.boothCare.token);
    const visits = async () => Number((await f.services.db.execute('SELECT COUNT(*) AS n FROM visits')).rows[0]!.n);
    const valid = { standId: 'st-1', deviceId: 'fuzz-device-00000009', source: 'kiosk', idempotencyKey: 'fuzz-socket-visit-0001' };
    const keys = Object.keys(valid) as (keyof typeof valid)[];
    const wrong = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), odd);
    const visit = fc.oneof(
      fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
      fc.tuple(fc.constantFrom(...keys), wrong).map(([k, value]) => ({ ...valid, [k]: value })),
      fc.jsonValue({ maxDepth: 3 }),
      odd,
    );
    try {
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(visit, async (p) => {
          const before = await visits();
          const ack = (await kiosk.timeout(5000).emitWithAck('visit', p)) as { ok: boolean; error?: { code: string } };
          if (!ack.ok) {
            rejected++;
            expect(ack.error?.code, JSON.stringify(p)?.slice(0, 80)).toBe('INVALID_INPUT');
            expect(await visits()).toBe(before);
          }
        }),
        { numRuns: 200, seed: 4711, endOnFailure: true },
      );
      expect(rejected).toBeGreaterThan(150);
      expect(kiosk.connected).toBe(true);
      expect(await kiosk.emitWithAck('visit', valid)).toMatchObject({ ok: true });
      // A booth tablet's visit gets no answer and writes nothing.
      const before = await visits();
      await expect(booth.timeout(300).emitWithAck('visit', { ...valid, idempotencyKey: 'fuzz-socket-visit-0002' })).rejects.toThrow();
      expect(await visits()).toBe(before);
      expect(booth.connected).toBe(true);
    } finally {
      kiosk.disconnect();
      booth.disconnect();
    }
  }, 60_000);

  it('closes only the socket that sends a frame over the size limit; the others carry on', async () => {
    const big = await open(f.boothCare.token);
    const other = await open(f.boothDebt.token);
    try {
      const closed = new Promise<string>((resolve) => big.once('disconnect', resolve));
      big.emit('sync', { after: 0, pad: 'x'.repeat(2 * 1024 * 1024) });
      expect(await closed).toMatch(/transport (close|error)/);
      expect(other.connected).toBe(true);
      expect(await other.emitWithAck('sync', { after: 0 })).toMatchObject({ ok: true });
      const again = await open(f.boothCare.token);
      const replay = (await again.emitWithAck('sync', { after: 0 })) as { ok: boolean; replayed: number };
      expect(replay.ok).toBe(true);
      expect(replay.replayed).toBeGreaterThanOrEqual(1);
      again.disconnect();
    } finally {
      big.disconnect();
      other.disconnect();
    }
  });
});
