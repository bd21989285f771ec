import type { Hono } from 'hono';
import { createApp } from '../../src/app.js';
import { createTenant, insertFair } from '../../src/store/fair.js';
import { createOrganizer } from '../../src/store/users.js';
import { smallFair } from '../fixtures.js';
import { testServices, type TestServices } from '../helpers.js';

export const PASSWORD_1 = 'correct horse battery 1';
export const PASSWORD_2 = 'correct horse battery 2';

/** A logged-in organizer: send `headers` with every request. */
export interface Login {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

/** Two tenants with one organizer each; tenant 1 owns `fair-test`, tenant 2 owns `fair-other`. */
export interface OrgWorld {
  services: TestServices;
  app: Hono;
  tenant1: string;
  tenant2: string;
  eventId: string;
  otherEventId: string;
  login(email: string, password: string): Promise<Login>;
  org1(): Promise<Login>;
  org2(): Promise<Login>;
  /** app.request with a JSON body. */
  send(method: string, path: string, body: unknown, login?: Login): Promise<Response>;
  dispose(): Promise<void>;
}

/**
 * Builds the two-tenant world on a fresh SQLite file.
 * @example const w = await orgWorld(); try { … } finally { await w.dispose(); }
 */
export async function orgWorld(now?: () => Date): Promise<OrgWorld> {
  const services = await testServices({}, now);
  const app = createApp(services);
  const tenant1 = await createTenant(services, 'Jobcenter Pankow', 'tenant-1');
  const tenant2 = await createTenant(services, 'Jobcenter Spandau', 'tenant-2');
  await createOrganizer(services, { tenantId: tenant1, email: 'anna@pankow.example', name: 'Anna', password: PASSWORD_1 });
  await createOrganizer(services, { tenantId: tenant2, email: 'bernd@spandau.example', name: 'Bernd', password: PASSWORD_2 });
  const eventId = await insertFair(services, tenant1, smallFair('fair-test'));
  const otherEventId = await insertFair(services, tenant2, smallFair('fair-other'));
  const cache = new Map<string, Login>();

  async function login(email: string, password: string): Promise<Login> {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
  }
  const cached = async (email: string, password: string) => {
    let l = cache.get(email);
    if (!l) cache.set(email, (l = await login(email, password)));
    return l;
  };

  return {
    services,
    app,
    tenant1,
    tenant2,
    eventId,
    otherEventId,
    login,
    org1: () => cached('anna@pankow.example', PASSWORD_1),
    org2: () => cached('bernd@spandau.example', PASSWORD_2),
    send: (method, path, body, l) =>
      Promise.resolve(
        app.request(path, {
          method,
          headers: { ...(l?.headers ?? {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      ),
    dispose: () => services.dispose(),
  };
}
