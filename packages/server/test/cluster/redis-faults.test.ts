import { io as connect } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/live/redis.js';
import { startServer } from '../../src/server.js';
import { field, key } from '../field/setup.js';
import { testServices } from '../helpers.js';
import { freePort, startRedis } from './redis.js';

describe('Redis faults', () => {
  it('refuses to start with a Redis that cannot be reached, saying why and without the password', async () => {
    const port = await freePort(); // nothing listens there
    const started = Date.now();
    const error = await connectRedis(`redis://:s3cret-pass@127.0.0.1:${port}`).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^MARKT_REDIS_URL: cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1/);
    expect(error?.message).not.toContain('s3cret-pass');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('keeps serving, and delivering live items to its own sockets, when Redis goes away', async () => {
    const redis = await startRedis();
    const services = await testServices();
    const f = await field(services);
    const server = await startServer({ ...services.config, redisUrl: redis.url }, services);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const socket = connect(server.url, { auth: { token: f.boothCare.token }, transports: ['websocket'], reconnection: false, forceNew: true });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const items: number[] = [];
      socket.on('feed', (m: { seq: number }) => items.push(m.seq));
      expect(await socket.emitWithAck('sync', { after: 0 })).toMatchObject({ ok: true });
      await redis.stop();
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${server.url}/api/stand/${f.standToken.care}/visits`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ deviceId: key('dev'), idempotencyKey: key() }),
        });
        expect(res.status).toBe(201);
      }
      const end = Date.now() + 5000;
      while (items.length < 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(items).toEqual([1, 2, 3]);
      await new Promise((r) => setTimeout(r, 300));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      socket.disconnect();
      await server.close();
      await redis.stop();
    }
  });
});
