/**
 * CORS for the embeddable components: only the origins that the event's tenant lists may read its public
 * data, and only origins some tenant lists may load /embed.js. Real SQLite file, the real app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWorld, type Login, type OrgWorld } from '../org/setup.js';

const PUBLIC = '/api/events/fair-test/public';
const OWN = 'https://www.bildungswerk-nord.example';
const OTHER_TENANT = 'https://www.spandau-traeger.example';
const UNLISTED = 'https://evil.example';

let w: OrgWorld;
let org1: Login;
let org2: Login;

const get = (path: string, origin?: string, extra: Record<string, string> = {}) =>
  w.app.request(path, { headers: { ...(origin ? { origin } : {}), ...extra } });
const preflight = (path: string, origin: string) =>
  w.app.request(path, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } });

beforeAll(async () => {
  w = await orgWorld();
  org1 = await w.org1();
  org2 = await w.org2();
  expect((await w.send('PUT', '/api/org/tenant/origins', { origins: [OWN, 'http://localhost:8080'] }, org1)).status).toBe(200);
  expect((await w.send('PUT', '/api/org/tenant/origins', { origins: [OTHER_TENANT] }, org2)).status).toBe(200);
});
afterAll(async () => w.dispose());

describe('CORS on an event’s public data', () => {
  it('echoes an origin the owning tenant lists, and says the answer varies by origin', async () => {
    const res = await get(PUBLIC, OWN);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(OWN);
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag');
    expect(res.headers.get('vary')).toMatch(/origin/i);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('sets no CORS header for an origin nobody listed', async () => {
    const res = await get(PUBLIC, UNLISTED);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("sets no CORS header for another tenant's origin, which may read that tenant's event only", async () => {
    expect((await get(PUBLIC, OTHER_TENANT)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await get('/api/events/fair-other/public', OTHER_TENANT)).headers.get('access-control-allow-origin')).toBe(OTHER_TENANT);
    expect((await get('/api/events/fair-other/public', OWN)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps the header on a 304 revalidation', async () => {
    const etag = (await get(PUBLIC, OWN)).headers.get('etag')!;
    const res = await get(PUBLIC, OWN, { 'if-none-match': etag });
    expect(res.status).toBe(304);
    expect(res.headers.get('access-control-allow-origin')).toBe(OWN);
  });

  it('answers the preflight for a listed origin, and without CORS headers for others', async () => {
    const ok = await preflight(PUBLIC, OWN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(OWN);
    expect(ok.headers.get('access-control-allow-methods')).toContain('GET');
    expect(ok.headers.get('access-control-allow-headers')).toBe('If-None-Match');
    const refused = await preflight(PUBLIC, OTHER_TENANT);
    expect(refused.status).toBe(204);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('an unknown event gets no CORS header and a 404', async () => {
    const res = await get('/api/events/no-such-event/public', OWN);
    expect(res.status).toBe(404);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('an origin removed from the list loses access at once', async () => {
    expect((await w.send('PUT', '/api/org/tenant/origins', { origins: ['http://localhost:8080'] }, org1)).status).toBe(200);
    expect((await get(PUBLIC, OWN)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await get(PUBLIC, 'http://localhost:8080')).headers.get('access-control-allow-origin')).toBe('http://localhost:8080');
    expect((await w.send('PUT', '/api/org/tenant/origins', { origins: [OWN, 'http://localhost:8080'] }, org1)).status).toBe(200);
  });

  it('other API routes never get CORS headers, even for a listed origin', async () => {
    const res = await get('/api/health', OWN);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('/embed.js', () => {
  it('is served as a JavaScript module that registers the components', async () => {
    const res = await get('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    const body = await res.text();
    for (const tag of ['markt-offer-list', 'markt-offer-card', 'markt-quiz', 'markt-event-map', 'markt-stand-qr']) expect(body).toContain(tag);
    // Self-contained: no bare import left for the browser to fail on.
    expect(body).not.toMatch(/from\s*["'](lit|@markt\/sdk)/);
    const again = await get('/embed.js', undefined, { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
  }, 60_000);

  it('serves the lazily loaded parts it names (languages, the quiz ranking) under /embed/, with CORS', async () => {
    const body = await (await get('/embed.js')).text();
    const named = [...new Set([...body.matchAll(/["']\.\/embed\/([\w-]+\.js)["']/g)].map((m) => m[1]!))];
    expect(named.length).toBeGreaterThan(3);
    for (const name of named) {
      const res = await get(`/embed/${name}`, OWN);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(res.headers.get('access-control-allow-origin')).toBe(OWN);
      expect(res.headers.get('cache-control')).toContain('immutable');
    }
    expect((await get('/embed/no-such-chunk.js')).status).toBe(404);
  }, 60_000);

  it('may be loaded by an origin any tenant lists, by no other; the CSP still forbids framing', async () => {
    for (const origin of [OWN, OTHER_TENANT]) expect((await get('/embed.js', origin)).headers.get('access-control-allow-origin')).toBe(origin);
    const refused = await get('/embed.js', UNLISTED);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await preflight('/embed.js', OWN)).headers.get('access-control-allow-origin')).toBe(OWN);
    expect((await preflight('/embed.js', UNLISTED)).headers.get('access-control-allow-origin')).toBeNull();
  }, 60_000);
});

describe('/embed/example', () => {
  it('serves the example provider page from a checkout, loading /embed.js with one script tag', async () => {
    const res = await get('/embed/example');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).toContain('src="http://127.0.0.1:8787/embed.js"');
    expect(page).toContain('<markt-offer-list');
  });
});

describe('GET/PUT /api/org/tenant/origins', () => {
  it("reads the caller's own tenant's list only", async () => {
    expect(await (await w.send('GET', '/api/org/tenant/origins', undefined, org1)).json()).toEqual({ origins: [OWN, 'http://localhost:8080'] });
    expect(await (await w.send('GET', '/api/org/tenant/origins', undefined, org2)).json()).toEqual({ origins: [OTHER_TENANT] });
  });

  it('normalises case and drops duplicates', async () => {
    const res = await w.send('PUT', '/api/org/tenant/origins', { origins: ['HTTPS://WWW.Bildungswerk-Nord.example', OWN, 'http://localhost:8080'] }, org1);
    expect(await res.json()).toEqual({ origins: [OWN, 'http://localhost:8080'] });
  });

  it('stores an origin as a browser sends it, without the default port, so it matches', async () => {
    const res = await w.send('PUT', '/api/org/tenant/origins', { origins: [`${OWN}:443`, 'http://localhost:80', 'http://localhost:8080'] }, org1);
    expect(await res.json()).toEqual({ origins: [OWN, 'http://localhost', 'http://localhost:8080'] });
    expect((await get(PUBLIC, OWN)).headers.get('access-control-allow-origin')).toBe(OWN);
    expect((await w.send('PUT', '/api/org/tenant/origins', { origins: [OWN, 'http://localhost:8080'] }, org1)).status).toBe(200);
  });

  it.each([
    ['a path', 'https://www.example.org/shop'],
    ['a trailing slash', 'https://www.example.org/'],
    ['plain http to a public host', 'http://www.example.org'],
    ['a wildcard', '*'],
    ['another scheme', 'ftp://example.org'],
    ['a bad port', 'https://example.org:123456'],
    ['a port above 65535', 'https://example.org:99999'],
  ])('refuses an origin with %s and changes nothing', async (_what, origin) => {
    const res = await w.send('PUT', '/api/org/tenant/origins', { origins: [OWN, origin] }, org1);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.details[0]?.path).toBe('origins.1');
    expect(await (await w.send('GET', '/api/org/tenant/origins', undefined, org1)).json()).toEqual({ origins: [OWN, 'http://localhost:8080'] });
  });

  it('refuses more than 20 origins', async () => {
    const origins = Array.from({ length: 21 }, (_, i) => `https://site${i}.example`);
    expect((await w.send('PUT', '/api/org/tenant/origins', { origins }, org1)).status).toBe(400);
  });

  it('needs a session and the CSRF header', async () => {
    expect((await w.app.request('/api/org/tenant/origins')).status).toBe(401);
    const res = await w.app.request('/api/org/tenant/origins', {
      method: 'PUT',
      headers: { cookie: org1.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ origins: [UNLISTED] }),
    });
    expect(res.status).toBe(403);
    expect((await get(PUBLIC, UNLISTED)).headers.get('access-control-allow-origin')).toBeNull();
  });
});
