import type { InStatement, Transaction } from '@libsql/client';
import type { EventInput, OfferInput, ProviderInput, RadarRowInput, StandInput } from '@markt/sdk';
import { EventSchema, OfferSchema, ProviderSchema, RadarRowSchema, StandSchema, parse } from '@markt/sdk/schemas';
import { randomId, hashToken, newStandTokenRev, standToken } from '../security/tokens.js';
import type { Services } from '../services.js';
import { checkStandNumbers } from './events.js';

/** A whole fair as plain data: the shape of `@markt/demo-fair` and of an event template. */
export interface FairData {
  event: EventInput;
  providers: readonly ProviderInput[];
  offers: readonly OfferInput[];
  stands: readonly StandInput[];
  radar: readonly RadarRowInput[];
}

/**
 * Creates a tenant (a Jobcenter, or the agency it hires).
 * @returns the new tenant's id
 * @example const tenantId = await createTenant(services, 'Jobcenter Pankow');
 */
export async function createTenant(services: Services, name: string, id: string = randomId()): Promise<string> {
  await services.queue.run((tx) =>
    tx.execute({
      sql: 'INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)',
      args: [id, name, services.now().toISOString()],
    }),
  );
  return id;
}

/**
 * Writes a whole fair for a tenant in one transaction, validating every record with the SDK's schemas
 * first (a bad record throws a ValidationError naming it, and nothing is written). Stands get their
 * QR token hash; `event.id` (and every stand's `eventId`) may be replaced by `eventId`. Two stands with one
 * number (trimmed, case-insensitive) are refused inside the write job, and nothing is written.
 * @param services the server services
 * @param tenantId the owning tenant
 * @param fair the data
 * @param eventId the id of the new event (default: the data's own)
 * @param options `standsPath`: where the stands sit in the caller's input, for the 409 details
 *   (default `stands`, so a detail reads `stands.3.number`)
 * @returns the event id
 * @throws ValidationError for an invalid record; HttpError 409 `STAND_NUMBER_TAKEN` for a repeated stand number
 * @example await insertFair(services, tenantId, demoFair);
 */
export async function insertFair(
  services: Services,
  tenantId: string,
  fair: FairData,
  eventId = fair.event.id,
  { standsPath = 'stands' }: { standsPath?: string } = {},
): Promise<string> {
  const now = services.now().toISOString();
  const event = parse(EventSchema, { ...fair.event, id: eventId }, 'event');
  const providers = fair.providers.map((p, i) => parse(ProviderSchema, p, `provider ${i + 1}`));
  const offers = fair.offers.map((o, i) => parse(OfferSchema, o, `offer ${i + 1}`));
  const stands = fair.stands.map((s, i) => parse(StandSchema, { ...s, eventId }, `stand ${i + 1}`));
  const radar = fair.radar.map((r, i) => parse(RadarRowSchema, r, `radar row ${i + 1}`));

  const statements: InStatement[] = [
    {
      sql: `INSERT INTO events (id, tenant_id, data, starts_at, ends_at, retention_days, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [eventId, tenantId, JSON.stringify(event), event.startsAt, event.endsAt, event.retentionDays, now, now],
    },
    ...providers.map((p) => ({
      sql: 'INSERT INTO providers (event_id, id, data) VALUES (?, ?, ?)',
      args: [eventId, p.id, JSON.stringify(p)],
    })),
    ...offers.map((o) => ({
      sql: 'INSERT INTO offers (event_id, id, provider_id, data) VALUES (?, ?, ?, ?)',
      args: [eventId, o.id, o.providerId, JSON.stringify(o)],
    })),
    ...stands.map((s) => {
      const rev = newStandTokenRev();
      return {
        sql: 'INSERT INTO stands (event_id, id, provider_id, data, token_rev, token_hash) VALUES (?, ?, ?, ?, ?, ?)',
        args: [eventId, s.id, s.providerId, JSON.stringify(s), rev, hashToken(standToken(services.secret, eventId, s.id, rev))],
      };
    }),
    ...radar.map((r, line) => ({
      sql: 'INSERT INTO radar_rows (event_id, line, data) VALUES (?, ?, ?)',
      args: [eventId, line + 1, JSON.stringify(r)],
    })),
  ];
  const standIndex = new Map(stands.map((s, i) => [s.id, i]));
  await services.queue.run(async (tx: Transaction) => {
    await tx.batch(statements);
    await checkStandNumbers(tx, eventId, [...standIndex.keys()], (id) => ({ path: `${standsPath}.${standIndex.get(id)}.number` }));
  });
  return eventId;
}

/**
 * The QR token of a stand as printed on its poster (derived, never stored in clear).
 * @example const url = `${publicUrl}/s/${await standTokenOf(services, eventId, standId)}`;
 */
export async function standTokenOf(services: Services, eventId: string, standId: string): Promise<string | undefined> {
  const row = (
    await services.db.execute({ sql: 'SELECT token_rev FROM stands WHERE event_id = ? AND id = ?', args: [eventId, standId] })
  ).rows[0];
  return row ? standToken(services.secret, eventId, standId, Number(row.token_rev)) : undefined;
}
