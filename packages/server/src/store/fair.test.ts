import { ValidationError } from '@markt/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from '../../test/helpers.js';
import { smallFair } from '../../test/fixtures.js';
import { hashToken } from '../security/tokens.js';
import { createTenant, insertFair, standTokenOf } from './fair.js';

describe('insertFair', () => {
  let services: TestServices;
  beforeEach(async () => {
    services = await testServices();
  });
  afterEach(() => services.dispose());

  it('writes event, providers, offers, stands and radar, and stores only the hash of each stand token', async () => {
    const tenant = await createTenant(services, 'Jobcenter Test');
    const eventId = await insertFair(services, tenant, smallFair());
    const count = async (table: string) =>
      Number((await services.db.execute({ sql: `SELECT count(*) AS n FROM ${table} WHERE event_id = ?`, args: [eventId] })).rows[0]!.n);
    expect([await count('providers'), await count('offers'), await count('stands'), await count('radar_rows')]).toEqual([2, 3, 2, 2]);
    const token = await standTokenOf(services, eventId, 'st-1');
    const rows = (await services.db.execute('SELECT token_hash FROM stands')).rows.map((r) => r.token_hash);
    expect(rows).toContain(hashToken(token!));
    expect(rows).not.toContain(token);
  });

  it('writes nothing when one record is invalid, and names it', async () => {
    const tenant = await createTenant(services, 'Jobcenter Test');
    const fair = smallFair();
    const broken = { ...fair, offers: [...fair.offers, { ...fair.offers[0]!, id: 'o-bad', kind: 'party' as never }] };
    await expect(insertFair(services, tenant, broken)).rejects.toThrow(ValidationError);
    await expect(insertFair(services, tenant, broken)).rejects.toThrow(/offer 4/);
    expect(Number((await services.db.execute('SELECT count(*) AS n FROM events')).rows[0]!.n)).toBe(0);
  });
});
