import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWorld, type Login, type OrgWorld } from './setup.js';

let w: OrgWorld;
let org: Login;
beforeAll(async () => {
  w = await orgWorld();
  org = await w.org1();
});
afterAll(async () => w.dispose());

const PUT_PATH = '/api/org/events/fair-test/floor-plan-image';
const GET_PATH = '/api/events/fair-test/floor-plan-image';
type ErrorBody = { error: { code: string; message: string } };

/** A 1×1 PNG (real file: signature, IHDR, IDAT, IEND). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const put = (body: Uint8Array | string, type: string, login: Login | null = org, path = PUT_PATH) =>
  w.app.request(path, { method: 'PUT', headers: { ...(login?.headers ?? {}), 'content-type': type }, body });

async function storedCount(): Promise<number> {
  return Number((await w.services.db.execute('SELECT count(*) AS n FROM floor_plan_images')).rows[0]!.n);
}
async function imageUrl(): Promise<string | undefined> {
  const res = await w.app.request('/api/org/events/fair-test', { headers: org.headers });
  const event = (await res.json()) as { floorPlan?: { imageUrl?: string } };
  return event.floorPlan?.imageUrl;
}

describe('floor-plan image upload', () => {
  it('stores a PNG, sets the imageUrl and serves it with its type and an ETag (304 when unchanged)', async () => {
    const res = await put(PNG, 'image/png');
    expect(res.status).toBe(200);
    expect(await imageUrl()).toBe(GET_PATH);
    const got = await w.app.request(GET_PATH);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    // Embeddable: the event map on a provider's own website loads it (the app's default is same-origin).
    expect(got.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect((await w.app.request('/api/health')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    const etag = got.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await w.app.request(GET_PATH, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
  });

  it('serves a clean SVG with a script-free Content-Security-Policy, and a new ETag', async () => {
    const before = (await w.app.request(GET_PATH)).headers.get('etag');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><rect id="r" width="1" height="1"/></defs><use href="#r" style="fill:red"/></svg>';
    expect((await put(svg, 'image/svg+xml')).status).toBe(200);
    const got = await w.app.request(GET_PATH);
    expect(got.headers.get('content-type')).toBe('image/svg+xml');
    expect(got.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(got.headers.get('etag')).not.toBe(before);
    expect(await got.text()).toBe(svg);
  });

  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'script'],
    ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', 'onload'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>', 'javascript:'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div/></foreignObject></svg>', 'foreignObject'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>', 'external href'],
  ])('refuses an unsafe SVG (%#: %s … names "%s") and stores nothing', async (svg, problem) => {
    await w.app.request(PUT_PATH, { method: 'DELETE', headers: org.headers });
    const res = await put(svg, 'image/svg+xml');
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('UNSAFE_SVG');
    expect(body.error.message).toContain(problem);
    expect(await storedCount()).toBe(0);
    expect(await imageUrl()).toBeUndefined();
  });

  it('refuses a body over 2 MB with 413', async () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(PNG);
    const res = await put(big, 'image/png');
    expect(res.status).toBe(413);
    expect(await storedCount()).toBe(0);
  });

  it('refuses another type with 415 and a fake PNG with 400', async () => {
    expect((await put(PNG, 'image/jpeg')).status).toBe(415);
    const fake = await put('not a png at all', 'image/png');
    expect(fake.status).toBe(400);
    expect(((await fake.json()) as ErrorBody).error.message).toContain('PNG');
    expect(await storedCount()).toBe(0);
  });

  it("answers 404 for another tenant's event, 401 without login, 403 without the CSRF header", async () => {
    const org2 = await w.org2();
    expect((await put(PNG, 'image/png', org2)).status).toBe(404);
    expect((await w.app.request(PUT_PATH, { method: 'DELETE', headers: org2.headers })).status).toBe(404);
    expect((await put(PNG, 'image/png', null)).status).toBe(401);
    expect((await put(PNG, 'image/png', { ...org, headers: { cookie: org.cookie } })).status).toBe(403);
    expect(await storedCount()).toBe(0);
  });

  it('DELETE removes the image and the imageUrl', async () => {
    expect((await put(PNG, 'image/png')).status).toBe(200);
    expect((await w.app.request(PUT_PATH, { method: 'DELETE', headers: org.headers })).status).toBe(204);
    expect(await storedCount()).toBe(0);
    expect(await imageUrl()).toBeUndefined();
    expect((await w.app.request(GET_PATH)).status).toBe(404);
  });
});
