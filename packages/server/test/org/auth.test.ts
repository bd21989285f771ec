import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFromCookieHeader } from '../../src/auth/session.js';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/app.js';
import { PASSWORD_1, orgWorld, type OrgWorld } from './setup.js';

let w: OrgWorld;
beforeAll(async () => {
  w = await orgWorld();
});
afterAll(async () => w.dispose());

describe('organizer login', () => {
  it('logs in with the right password and sets an HttpOnly, SameSite=Strict session cookie on /', async () => {
    const res = await w.send('POST', '/api/auth/login', { email: 'Anna@Pankow.example', password: PASSWORD_1 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: Record<string, unknown>; tenant: { id: string; name: string }; csrfToken: string };
    expect(body.user).toMatchObject({ email: 'anna@pankow.example', name: 'Anna', tenantId: 'tenant-1' });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.tenant).toEqual({ id: 'tenant-1', name: 'Jobcenter Pankow' });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^markt_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure when config.secureCookies is set', async () => {
    const app = createApp({ ...w.services, config: { ...w.services.config, secureCookies: true } });
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna@pankow.example', password: PASSWORD_1 }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    expect(loadConfig({ MARKT_SECURE_COOKIES: '1' }).secureCookies).toBe(true);
  });

  it('refuses a wrong password and an unknown account with the same 401', async () => {
    const wrong = await w.send('POST', '/api/auth/login', { email: 'anna@pankow.example', password: 'not the password' });
    const unknown = await w.send('POST', '/api/auth/login', { email: 'nobody@pankow.example', password: 'whatever it is' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('BAD_LOGIN');
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('BAD_LOGIN');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('rejects a login body with a missing or unknown field, naming it', async () => {
    const res = await w.send('POST', '/api/auth/login', { email: 'anna@pankow.example', pass: 'x' });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { error: { details: { path: string }[] } }).error.details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['password', 'pass']));
  });

  it('limits password guessing per account with 429 after 10 failures', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await w.send('POST', '/api/auth/login', { email: 'limit@pankow.example', password: `guess ${i}` })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('me returns the organizer and a CSRF token; sessionFromCookieHeader finds the same session', async () => {
    const login = await w.login('anna@pankow.example', PASSWORD_1);
    const me = await w.app.request('/api/auth/me', { headers: { cookie: login.cookie } });
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { email: string }; csrfToken: string };
    expect(body.user.email).toBe('anna@pankow.example');
    expect(body.csrfToken).toBe(login.csrfToken);
    const session = await sessionFromCookieHeader(w.services, `other=1; ${login.cookie}`);
    expect(session?.tenantId).toBe('tenant-1');
    expect(await sessionFromCookieHeader(w.services, 'markt_session=forged')).toBeUndefined();
    expect(await sessionFromCookieHeader(w.services, undefined)).toBeUndefined();
  });

  it('me without a session is 401', async () => {
    expect((await w.app.request('/api/auth/me')).status).toBe(401);
    expect((await w.app.request('/api/auth/me', { headers: { cookie: 'markt_session=made-up' } })).status).toBe(401);
  });

  it('refuses an unsafe organizer request without the CSRF header (403) and changes nothing', async () => {
    const login = await w.login('anna@pankow.example', PASSWORD_1);
    const provider = { id: 'p-csrf', name: 'CSRF GmbH', kind: 'employer' };
    const missing = await w.app.request(`/api/org/events/${w.eventId}/providers`, {
      method: 'POST',
      headers: { cookie: login.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(provider),
    });
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('CSRF');
    const wrong = await w.app.request(`/api/org/events/${w.eventId}/providers`, {
      method: 'POST',
      headers: { cookie: login.cookie, 'x-csrf-token': 'x'.repeat(login.csrfToken.length), 'content-type': 'application/json' },
      body: JSON.stringify(provider),
    });
    expect(wrong.status).toBe(403);
    const logout = await w.app.request('/api/auth/logout', { method: 'POST', headers: { cookie: login.cookie } });
    expect(logout.status).toBe(403);
    const get = await w.app.request(`/api/org/events/${w.eventId}/providers/p-csrf`, { headers: { cookie: login.cookie } });
    expect(get.status).toBe(404);
  });

  it('a session expires after 12 hours', async () => {
    let now = new Date('2027-01-01T08:00:00Z');
    const { orgWorld: make } = await import('./setup.js');
    const world = await make(() => now);
    try {
      const login = await world.org1();
      expect((await world.app.request('/api/auth/me', { headers: { cookie: login.cookie } })).status).toBe(200);
      now = new Date('2027-01-01T20:00:01Z');
      expect((await world.app.request('/api/auth/me', { headers: { cookie: login.cookie } })).status).toBe(401);
    } finally {
      await world.dispose();
    }
  });

  it('logout ends the session and clears the cookie', async () => {
    const login = await w.login('anna@pankow.example', PASSWORD_1);
    const res = await w.app.request('/api/auth/logout', { method: 'POST', headers: login.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/markt_session=;.*Max-Age=0/);
    expect((await w.app.request('/api/auth/me', { headers: { cookie: login.cookie } })).status).toBe(401);
  });
});
