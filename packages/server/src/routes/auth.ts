import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import * as v from 'valibot';
import { SESSION_COOKIE, SESSION_TTL_MS, createSession, deleteSession, requireOrganizer, type OrganizerEnv } from '../auth/session.js';
import { clientAddress } from '../http/body.js';
import { HttpError } from '../http/errors.js';
import { readJson } from '../http/validate.js';
import { SharedRateLimiter } from '../security/rate-limit.js';
import { hashPassword, verifyPassword } from '../security/tokens.js';
import type { Services } from '../services.js';
import { findTenant, findUserByEmail } from '../store/users.js';

/** The login body. */
export const LoginSchema = v.strictObject({
  email: v.pipe(v.string(), v.trim(), v.minLength(3, 'must be an e-mail address'), v.maxLength(200, 'must be at most 200 characters')),
  password: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(1000, 'must be at most 1000 characters')),
});

/**
 * Organizer login, logout and "who am I" (see docs/api.md).
 * @param services the server services
 * @returns routes to mount under `/api`
 * @example app.route('/api', authRoutes(services));
 */
export function authRoutes(services: Services): Hono {
  const app = new Hono<OrganizerEnv>();
  // Counted in the database: all server processes of a cluster share the limits.
  const perAccount = new SharedRateLimiter(services, { limit: 10, windowMs: 15 * 60_000, what: 'login attempts for this account' });
  // Per address, not for the whole installation: one was enough for anyone to lock every organizer of every
  // tenant out with 300 wrong logins a minute. Checked before the password hash is computed, so a flood from
  // one address costs no CPU (behind a reverse proxy every request has the proxy's address, as one limit did).
  const perAddress = new SharedRateLimiter(services, { limit: 300, windowMs: 60_000, what: 'login attempts from this address' });
  // Unknown accounts cost as much time as known ones, so a response time does not reveal which e-mails exist.
  const dummyHash = hashPassword('markt: no such account');

  app.post('/auth/login', async (c) => {
    const { email, password } = await readJson(c, LoginSchema);
    await perAddress.hit(`login:${clientAddress(c)}`);
    await perAccount.hit(`login:${email.toLowerCase()}`);
    const user = await findUserByEmail(services, email);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
    if (!user || !ok) throw new HttpError(401, 'BAD_LOGIN', 'The e-mail address or the password is wrong.');
    await perAccount.reset(`login:${email.toLowerCase()}`);
    const tenant = await findTenant(services, user.tenantId);
    const { sessionId, csrfToken } = await createSession(services, user.id);
    setCookie(c, SESSION_COOKIE, sessionId, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: services.config.secureCookies,
      path: '/',
      maxAge: SESSION_TTL_MS / 1000,
    });
    const { passwordHash: _hash, ...publicUser } = user;
    return c.json({ user: publicUser, tenant, csrfToken });
  });

  app.use('/auth/logout', requireOrganizer(services));
  app.post('/auth/logout', async (c) => {
    await deleteSession(services, c.get('session').idHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: services.config.secureCookies, httpOnly: true, sameSite: 'Strict' });
    return c.json({ ok: true });
  });

  app.use('/auth/me', requireOrganizer(services));
  app.get('/auth/me', (c) => {
    const session = c.get('session');
    return c.json({ user: session.user, tenant: session.tenant, csrfToken: session.csrfToken });
  });
  return app as unknown as Hono;
}
