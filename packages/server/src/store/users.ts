import { hashPassword, randomId } from '../security/tokens.js';
import type { Services } from '../services.js';

/** An organizer account as the API shows it (never the password hash). */
export interface OrganizerUser {
  id: string;
  tenantId: string;
  email: string;
  name: string;
}

/** A tenant (a Jobcenter, or the agency it hires) as the API shows it. */
export interface TenantInfo {
  id: string;
  name: string;
}

/**
 * Creates an organizer account; the password is stored only as a scrypt hash.
 * @param services the server services
 * @param input tenant, e-mail (unique, case-insensitive), display name and password (at least 10 characters)
 * @returns the new user
 * @throws Error when the tenant does not exist, the e-mail is taken or the password is too short
 * @example await createOrganizer(services, { tenantId, email: 'anna@jc.example', name: 'Anna', password: 'long secret' });
 */
export async function createOrganizer(
  services: Services,
  input: { tenantId: string; email: string; name: string; password: string },
): Promise<OrganizerUser> {
  const email = input.email.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new Error(`"${input.email}" is not an e-mail address.`);
  if (input.password.length < 10) throw new Error('The password must have at least 10 characters.');
  if (!(await findTenant(services, input.tenantId))) {
    throw new Error(`No tenant has the id "${input.tenantId}".`);
  }
  if (await findUserByEmail(services, email)) throw new Error(`An account for ${email} exists already.`);
  const user: OrganizerUser = { id: randomId(), tenantId: input.tenantId, email, name: input.name.trim() || email };
  const passwordHash = await hashPassword(input.password);
  await services.queue.run((tx) =>
    tx.execute({
      sql: 'INSERT INTO users (id, tenant_id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      args: [user.id, user.tenantId, user.email, user.name, passwordHash, services.now().toISOString()],
    }),
  );
  return user;
}

/**
 * Sets a new password for an account (the demo organizer gets a fresh one on every start).
 * @param services the server services
 * @param userId the account
 * @param password the new password in clear (stored as a scrypt hash)
 * @returns true when the account exists
 * @example await setPassword(services, user.id, randomToken(12));
 */
export async function setPassword(services: Services, userId: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const result = await services.queue.run((tx) =>
    tx.execute({ sql: 'UPDATE users SET password_hash = ? WHERE id = ?', args: [passwordHash, userId] }),
  );
  return result.rowsAffected > 0;
}

/**
 * Looks an account up by e-mail (case-insensitive), with its password hash for the login check.
 * @param services the server services
 * @param email the login
 * @returns the user and hash, or undefined
 * @example const user = await findUserByEmail(services, 'anna@jc.example');
 */
export async function findUserByEmail(
  services: Services,
  email: string,
): Promise<(OrganizerUser & { passwordHash: string }) | undefined> {
  const row = (
    await services.db.execute({
      sql: 'SELECT id, tenant_id, email, name, password_hash FROM users WHERE email = ?',
      args: [email.trim()],
    })
  ).rows[0];
  if (!row) return undefined;
  return {
    id: String(row.id),
    tenantId: String(row.tenant_id),
    email: String(row.email),
    name: String(row.name),
    passwordHash: String(row.password_hash),
  };
}

/**
 * The tenant with this id.
 * @param services the server services
 * @param tenantId the id
 * @returns the tenant, or undefined
 * @example const tenant = await findTenant(services, user.tenantId);
 */
export async function findTenant(services: Services, tenantId: string): Promise<TenantInfo | undefined> {
  const row = (await services.db.execute({ sql: 'SELECT id, name FROM tenants WHERE id = ?', args: [tenantId] })).rows[0];
  return row ? { id: String(row.id), name: String(row.name) } : undefined;
}

/**
 * The oldest tenant with this exact name (the CLI accepts a tenant by id or name).
 * @param services the server services
 * @param name the tenant's name
 * @returns the tenant, or undefined
 * @example const demo = await findTenantByName(services, 'Jobcenter Pankow (Demo)');
 */
export async function findTenantByName(services: Services, name: string): Promise<TenantInfo | undefined> {
  const row = (await services.db.execute({ sql: 'SELECT id, name FROM tenants WHERE name = ? ORDER BY created_at LIMIT 1', args: [name] }))
    .rows[0];
  return row ? { id: String(row.id), name: String(row.name) } : undefined;
}
