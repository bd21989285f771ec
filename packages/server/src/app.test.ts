import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from '../test/helpers.js';
import { createApp, JSON_BODY_LIMIT } from './app.js';

describe('the HTTP app', () => {
  let services: TestServices;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    services = await testServices();
    app = createApp(services);
  });
  afterAll(() => services.dispose());

  it('answers the health check with security headers', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('refuses a body over the limit with 413 and a JSON error', async () => {
    const res = await app.request('/api/health', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'a'.repeat(JSON_BODY_LIMIT + 10) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BODY_TOO_LARGE');
  });
});
