import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { HttpError, unauthorized } from '../http/errors.js';
import { hashToken, randomToken } from '../security/tokens.js';
import type { Services } from '../services.js';
import type { OrganizerUser, TenantInfo } from '../store/users.js';

/** Name of the organizer's session cookie. */
export const SESSION_COOKIE = 'markt_session';
/** A session lasts 12 hours: one fair day, then log in again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Header that must carry the session's CSRF token on every unsafe request. */
export const CSRF_HEADER = 'x-csrf-token';

/** A logged-in organizer, as found from a session cookie. */
export interface OrganizerSession {
  user: OrganizerUser;
  tenant: TenantInfo;
  tenantId: string;
  /** The session's CSRF token (derived from the session id, stored only hashed). */
  csrfToken: string;
  /** hashToken(session id): the session's key in the database. */
  idHash: string;
  expiresAt: string;
}

/** Hono environment of the organizer routes: `c.get('user')`, `c.get('tenantId')`. */
export interface OrganizerEnv {
  Variables: {
    user: OrganizerUser;
    tenantId: string;
    session: OrganizerSession;
  };
}

/** The CSRF token of a session: derived, so it is never stored in clear and survives a page reload. */
function csrfOf(services: Services, sessionId: string): string {
  return createHmac('sha256', services.secret).update(`csrf\n${sessionId}`).digest('base64url');
}

/**
 * Opens a session for a user: stores hashToken(sessionId), the CSRF token's hash and the expiry.
 * @param services the server services
 * @param userId the logged-in user
 * @returns the session id (for the cookie, in clear only here), its CSRF token and expiry
 * @example const { sessionId, csrfToken } = await createSession(services, user.id);
 */
export async function createSession(
  services: Services,
  userId: string,
): Promise<{ sessionId: string; csrfToken: string; expiresAt: string }> {
  const sessionId = randomToken();
  const csrfToken = csrfOf(services, sessionId);
  const now = services.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  await services.queue.run((tx) =>
    tx.execute({
      sql: 'INSERT INTO sessions (id_hash, user_id, csrf_token, expires_at, created_at) VALUES (?, ?, ?, ?, ?)',
      args: [hashToken(sessionId), userId, hashToken(csrfToken), expiresAt, now.toISOString()],
    }),
  );
  return { sessionId, csrfToken, expiresAt };
}

/**
 * Ends a session.
 * @param services the server services
 * @param idHash hashToken(session id)
 */
export async function deleteSession(services: Services, idHash: string): Promise<void> {
  await services.queue.run((tx) => tx.execute({ sql: 'DELETE FROM sessions WHERE id_hash = ?', args: [idHash] }));
}

/**
 * Finds the organizer behind a session id, if the session exists and has not expired.
 * @param services the server services
 * @param sessionId the cookie's value
 * @returns the session, or undefined
 */
export async function findSession(services: Services, sessionId: string): Promise<OrganizerSession | undefined> {
  if (!sessionId || sessionId.length > 200) return undefined;
  const idHash = hashToken(sessionId);
  const row = (
    await services.db.execute({
      sql: `SELECT s.expires_at, u.id, u.tenant_id, u.email, u.name, t.name AS tenant_name
            FROM sessions s JOIN users u ON u.id = s.user_id JOIN tenants t ON t.id = u.tenant_id
            WHERE s.id_hash = ?`,
      args: [idHash],
    })
  ).rows[0];
  if (!row) return undefined;
  const expiresAt = String(row.expires_at);
  if (Date.parse(expiresAt) <= services.now().getTime()) return undefined;
  const tenantId = String(row.tenant_id);
  return {
    user: { id: String(row.id), tenantId, email: String(row.email), name: String(row.name) },
    tenant: { id: tenantId, name: String(row.tenant_name) },
    tenantId,
    csrfToken: csrfOf(services, sessionId),
    idHash,
    expiresAt,
  };
}

/**
 * The organizer session named by a raw `Cookie` header (for the socket.io handshake).
 * @param services the server services
 * @param cookieHeader the request's `Cookie` header, or undefined
 * @returns the session, or undefined when there is none or it expired
 * @example const session = await sessionFromCookieHeader(services, socket.handshake.headers.cookie);
 */
export async function sessionFromCookieHeader(
  services: Services,
  cookieHeader: string | undefined,
): Promise<OrganizerSession | undefined> {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      return undefined;
    }
    return findSession(services, value);
  }
  return undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Middleware for organizer routes: a valid session cookie (else 401) and, on unsafe methods, the header
 * `x-csrf-token` equal to the session's token (else 403). Sets `user`, `tenantId` and `session` on the context.
 * @param services the server services
 * @returns the middleware
 * @example app.use('/org/*', requireOrganizer(services));
 */
export function requireOrganizer(services: Services): MiddlewareHandler<OrganizerEnv> {
  return async (c, next) => {
    const session = await findSession(services, getCookie(c, SESSION_COOKIE) ?? '');
    if (!session) throw unauthorized('Log in as an organizer first (POST /api/auth/login).');
    if (!SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!sameToken(sent, session.csrfToken)) {
        throw new HttpError(403, 'CSRF', `Send the header "${CSRF_HEADER}" with the csrfToken from login or /api/auth/me.`);
      }
    }
    c.set('session', session);
    c.set('user', session.user);
    c.set('tenantId', session.tenantId);
    await next();
  };
}
