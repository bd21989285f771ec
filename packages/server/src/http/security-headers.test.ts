import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { afterAll, describe, expect, it } from 'vitest';
import { securityHeaders, type SecureHeadersOptions } from './security-headers.js';

const options: SecureHeadersOptions = {
  contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], frameAncestors: ["'none'"] },
  referrerPolicy: 'no-referrer',
  crossOriginEmbedderPolicy: false,
  overwrite: false,
};

function app(middleware: MiddlewareHandler): Hono {
  const a = new Hono();
  a.use('*', middleware);
  a.get('/json', (c) => c.json({ ok: true }, 201));
  a.get('/own', (c) => {
    c.header('Content-Security-Policy', "default-src 'none'");
    return c.json({ own: true });
  });
  a.get('/raw', () => new Response('raw', { headers: { 'Referrer-Policy': 'same-origin', 'Content-Type': 'text/plain' } }));
  a.get('/throws', () => {
    throw new Error('boom');
  });
  a.onError((_error, c) => c.json({ error: 'boom' }, 500));
  return a;
}

const servers: Server[] = [];
async function listen(a: Hono): Promise<string> {
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: a.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server)) as Server;
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

/** The headers that matter: everything but those that differ between any two responses. */
const headersOf = (res: Response) => Object.fromEntries([...res.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name)));

describe('securityHeaders', () => {
  it('puts the same headers on the wire as Hono\'s secureHeaders, and a route\'s own header still wins', async () => {
    const ours = await listen(app(securityHeaders(options)));
    const hono = await listen(app(secureHeaders(options)));
    for (const path of ['/json', '/own', '/raw', '/throws', '/missing']) {
      const [a, b] = await Promise.all([fetch(ours + path), fetch(hono + path)]);
      expect(a.status, path).toBe(b.status);
      expect(headersOf(a), path).toEqual(headersOf(b));
      expect(await a.text()).toBe(await b.text());
    }
    const own = await fetch(`${ours}/own`);
    expect(own.headers.get('content-security-policy')).toBe("default-src 'none'");
    const json = await fetch(`${ours}/json`);
    expect(json.headers.get('content-security-policy')).toBe("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    expect(json.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${ours}/raw`)).headers.get('referrer-policy')).toBe('same-origin');
  });

  it('without a Node response (app.request) it is Hono\'s middleware', async () => {
    for (const path of ['/json', '/own', '/raw']) {
      const [a, b] = await Promise.all([app(securityHeaders(options)).request(path), app(secureHeaders(options)).request(path)]);
      expect(headersOf(a), path).toEqual(headersOf(b));
    }
  });
});
