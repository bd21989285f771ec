import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from '../../test/field/setup.js';
import { smallFair } from '../../test/fixtures.js';
import { tempDbUrl } from '../../test/helpers.js';
import { JSON_BODY_LIMIT } from '../app.js';
import { loadConfig } from '../config.js';
import { startServer, type RunningServer } from '../server.js';
import { createTenant, insertFair, standTokenOf } from '../store/fair.js';
import { readJson } from './validate.js';

/** A raw HTTP request over a real socket, so that the body is read from Node's `IncomingMessage`. */
function send(
  url: string,
  path: string,
  { body, chunks, headers = {}, abortAfter }: { body?: string | Buffer; chunks?: string[]; headers?: Record<string, string>; abortAfter?: string },
): Promise<{ status: number; json: { error?: { code: string }; id?: string; seq?: number } }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(parts).toString('utf8') || '{}') as never }));
    });
    req.on('error', reject);
    if (abortAfter !== undefined) {
      req.write(abortAfter);
      setTimeout(() => {
        req.destroy();
        resolve({ status: 0, json: {} });
      }, 50);
    } else if (chunks) {
      for (const chunk of chunks) req.write(chunk);
      req.end();
    } else {
      req.end(body);
    }
  });
}

describe('request bodies read straight from the Node request', () => {
  let server: RunningServer;
  let temp: ReturnType<typeof tempDbUrl>;
  let path: string;
  let n = 0;
  const visit = () => JSON.stringify({ deviceId: 'phone-device-0000001', idempotencyKey: `body-test-key-${n++}-000000` });

  beforeAll(async () => {
    temp = tempDbUrl();
    server = await startServer(loadConfig({}, { port: 0, dbUrl: temp.url, log: () => undefined }));
    const eventId = await insertFair(server.services, await createTenant(server.services, 'Jobcenter Pankow'), smallFair());
    path = `/api/stand/${(await standTokenOf(server.services, eventId, 'st-1'))!}/visits`;
  });
  afterAll(async () => {
    await server.close();
    temp.cleanup();
  });

  it('accepts a body with Content-Length, one sent in chunks without it, one starting with a byte-order mark, and a JSON type with parameters', async () => {
    const sized = await send(server.url, path, { body: visit() });
    expect(sized.status).toBe(201);
    const body = visit();
    const chunked = await send(server.url, path, { chunks: [body.slice(0, 10), body.slice(10)] });
    expect(chunked.status).toBe(201);
    const bom = await send(server.url, path, { body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(visit())]) });
    expect(bom.status).toBe(201);
    const charset = await send(server.url, path, { body: visit(), headers: { 'content-type': 'Application/JSON; charset=utf-8' } });
    expect(charset.status).toBe(201);
    expect(await count(server.services, 'visits')).toBe(4);
  });

  it('refuses a body over the limit, by its Content-Length and while counting a chunked one, another content type, and broken JSON', async () => {
    const before = await count(server.services, 'visits');
    const big = JSON.stringify({ deviceId: 'phone-device-0000001', idempotencyKey: 'body-test-big-0000000', pad: 'a'.repeat(JSON_BODY_LIMIT) });
    const sized = await send(server.url, path, { body: big });
    expect(sized.status).toBe(413);
    expect(sized.json.error?.code).toBe('BODY_TOO_LARGE');
    const chunked = await send(server.url, path, { chunks: [big.slice(0, 50_000), big.slice(50_000)] });
    expect(chunked.status).toBe(413);
    expect(chunked.json.error?.code).toBe('BODY_TOO_LARGE');
    const form = await send(server.url, path, { body: visit(), headers: { 'content-type': 'text/plain' } });
    expect(form.status).toBe(415);
    const broken = await send(server.url, path, { body: '{"deviceId": ' });
    expect(broken.status).toBe(400);
    expect(broken.json.error?.code).toBe('INVALID_JSON');
    expect(await count(server.services, 'visits')).toBe(before);
  });

  it('survives a client that goes away in the middle of its body, and answers the next request', async () => {
    const before = await count(server.services, 'visits');
    await send(server.url, path, { headers: { 'content-length': '500' }, abortAfter: '{"deviceId": "phone-device-0000001", ' });
    const next = await send(server.url, path, { body: visit() });
    expect(next.status).toBe(201);
    expect(await count(server.services, 'visits')).toBe(before + 1);
  });
});

describe('a body read after something built the web Request', () => {
  it('is read through that Request (no second reader racing it), small or in chunks', async () => {
    const app = new Hono();
    // Hono's bodyLimit looks at `c.req.raw.body`: @hono/node-server then builds the Request, whose stream pulls the socket.
    app.post('/echo', bodyLimit({ maxSize: 1024 * 1024 }), async (c) => c.json(await readJson(c, v.object({ text: v.string() }))));
    app.post('/signal', async (c) => {
      void c.req.raw.signal;
      return c.json(await readJson(c, v.object({ text: v.string() })));
    });
    const server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server)) as Server;
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const text = 'ä'.repeat(200_000);
      for (const path of ['/echo', '/signal']) {
        const small = await send(url, path, { body: JSON.stringify({ text: 'hello' }) });
        expect(small).toEqual({ status: 200, json: { text: 'hello' } });
        const body = JSON.stringify({ text });
        const chunked = await send(url, path, { chunks: [body.slice(0, 100_000), body.slice(100_000)] });
        expect(chunked.status).toBe(200);
        expect((chunked.json as { text?: string }).text).toBe(text);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 10_000);
});
