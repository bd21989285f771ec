import { randomToken } from './security/tokens.js';
import type { Services } from './services.js';
import { createTenant, insertFair, type FairData } from './store/fair.js';
import { createOrganizer, findTenantByName, findUserByEmail, setPassword } from './store/users.js';

/** The demo tenant and its organizer. */
export const DEMO_TENANT_NAME = 'Jobcenter Pankow (Demo)';
export const DEMO_EMAIL = 'demo@markt.example';

/** What `seedDemo` did. */
export interface DemoSeed {
  tenantId: string;
  /** The demo event, or undefined when the database held other events and none of the demo tenant. */
  eventId: string | undefined;
  email: string;
  /** A fresh password for the demo organizer, set on every call (print it; it is stored only hashed). */
  password: string;
  /** True when the fair was written now (the database had no events). */
  seeded: boolean;
}

/**
 * Prepares the demo: the tenant "Jobcenter Pankow (Demo)", the organizer demo@markt.example with a fresh
 * password, and the demo fair when the database has no events yet. Safe to run on every start.
 * @param services the server services
 * @param fair the fair to seed (default: `@markt/demo-fair`)
 * @returns ids and the demo login
 * @example const { eventId, password } = await seedDemo(services);
 */
export async function seedDemo(services: Services, fair?: FairData): Promise<DemoSeed> {
  const tenantId = (await findTenantByName(services, DEMO_TENANT_NAME))?.id ?? (await createTenant(services, DEMO_TENANT_NAME, 'demo'));
  const password = randomToken(12);
  const user = await findUserByEmail(services, DEMO_EMAIL);
  if (user) await setPassword(services, user.id, password);
  else await createOrganizer(services, { tenantId, email: DEMO_EMAIL, name: 'Demo-Organisation', password });

  const anyEvent = (await services.db.execute('SELECT COUNT(*) AS n FROM events')).rows[0];
  let seeded = false;
  if (Number(anyEvent?.n) === 0) {
    const data = fair ?? (await loadDemoFair());
    await insertFair(services, tenantId, data);
    seeded = true;
  }
  const own = (await services.db.execute({ sql: 'SELECT id FROM events WHERE tenant_id = ? ORDER BY created_at LIMIT 1', args: [tenantId] })).rows[0];
  return { tenantId, eventId: own ? String(own.id) : undefined, email: DEMO_EMAIL, password, seeded };
}

/**
 * The demo fair from the `@markt/demo-fair` workspace package.
 * @returns the fair's data
 * @throws Error saying to run npm install when the package is missing
 * @example await insertFair(services, tenantId, await loadDemoFair());
 */
export async function loadDemoFair(): Promise<FairData> {
  try {
    const { demoFair } = (await import('@markt/demo-fair')) as { demoFair: FairData };
    return demoFair;
  } catch (error) {
    throw new Error(`The demo fair (@markt/demo-fair) could not be loaded: run "npm install" at the repository root. (${String(error)})`);
  }
}
