import { readFile, writeFile } from 'node:fs/promises';
import { loadConfig } from '../config.js';
import { seedDemo } from '../seed.js';
import { closeServices, createServices, type Services } from '../services.js';
import { IMPORT_KINDS, importCsv, type ImportKind } from '../store/import.js';
import { purgeExpired } from '../store/purge.js';
import { eventReport, reportCsv } from '../store/report.js';
import { createTenant } from '../store/fair.js';
import { createOrganizer, findTenant, findTenantByName } from '../store/users.js';
import { randomToken } from '../security/tokens.js';
import { UsageError, required, type CliIo, type Command } from './io.js';
import { serveCommand, startCommand } from './serve.js';

const dbOption = { db: { type: 'string' } } as const;
const dbHelp = '  --db <url>        database (default: MARKT_DB_URL or file:./data/markt.db)';

/** Opens the services for a one-off command (no HTTP server) and closes them afterwards. */
async function withServices<T>(io: CliIo, db: string | boolean | undefined, job: (services: Services) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env, {
    ...(typeof db === 'string' ? { dbUrl: db } : {}),
    log: (line) => io.err(JSON.stringify(line)),
  });
  const services = await createServices(config);
  try {
    return await job(services);
  } finally {
    await closeServices(services);
  }
}

async function eventExists(services: Services, eventId: string): Promise<boolean> {
  return (await services.db.execute({ sql: 'SELECT 1 FROM events WHERE id = ?', args: [eventId] })).rows.length > 0;
}

const seed: Command = {
  name: 'seed',
  summary: 'seed the demo fair, tenant and organizer',
  help: `Usage: markt seed --demo [--db <url>]

Creates the tenant "Jobcenter Pankow (Demo)", the organizer demo@markt.example (with a fresh password,
printed) and, when the database has no events yet, the demo fair from @markt/demo-fair.

Options:
  --demo            required: seed the demo data
${dbHelp}`,
  options: { demo: { type: 'boolean' }, ...dbOption },
  async run({ values }, io) {
    if (!values.demo) throw new UsageError('only the demo can be seeded: run "markt seed --demo"; import your own data with "markt import"');
    const result = await withServices(io, values.db, (services) => seedDemo(services));
    io.out(result.seeded ? `Seeded the demo fair "${result.eventId}".` : `The database has events already; the demo fair was not added again.`);
    io.out(`Organizer login: ${result.email} / ${result.password}`);
    return 0;
  },
};

const importCmd: Command = {
  name: 'import',
  summary: 'import providers, offers, stands or radar rows from a CSV file',
  help: `Usage: markt import <file.csv> --event <id> --kind providers|offers|stands|radar [--valid-only] [--db <url>]

Reads a CSV file (header line first, "," or ";" separated; columns in docs/api.md and
docs/data-formats.md) into an event. Every bad row is listed with its line and field; nothing is
imported unless all rows are valid, or only the valid ones with --valid-only. Import providers
before their offers and stands. Stands are updated by id, else by number (a second import of the
same file updates them); a stand without x/y gets a free place on the floor plan.

Options:
  --event <id>      the event to import into
  --kind <kind>     providers, offers, stands or radar
  --valid-only      import the valid rows even when others are bad
${dbHelp}`,
  options: { event: { type: 'string' }, kind: { type: 'string' }, 'valid-only': { type: 'boolean' }, ...dbOption },
  positionals: 1,
  async run({ values, positionals }, io) {
    const file = positionals[0];
    if (!file) throw new UsageError('name the CSV file, e.g. markt import offers.csv --event pankow-2026 --kind offers');
    const eventId = required(values, 'event', 'pankow-2026');
    const kind = required(values, 'kind', 'offers');
    if (!IMPORT_KINDS.includes(kind as ImportKind)) throw new UsageError(`--kind must be one of ${IMPORT_KINDS.join(', ')}`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.err(`markt import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the path.`);
      return 1;
    }
    return withServices(io, values.db, async (services) => {
      if (!(await eventExists(services, eventId))) {
        io.err(`markt import: no event has the id "${eventId}". List the events in the organizer pages, or seed the demo with "markt seed --demo".`);
        return 1;
      }
      const result = await importCsv(services, eventId, kind as ImportKind, text, values['valid-only'] ? 'valid-only' : 'all');
      for (const e of result.errors) io.err(`line ${e.line}, ${e.path}: ${e.message}`);
      if (result.errors.length > 0 && !values['valid-only']) {
        io.err(`${result.rejected} row(s) are invalid, so nothing was imported. Fix them, or add --valid-only.`);
        return 1;
      }
      const updated = result.updated ? ` (${result.updated} of them updated existing stands)` : '';
      io.out(`Imported ${result.imported} ${kind} row(s) into ${eventId}${updated}${result.rejected ? `; skipped ${result.rejected} invalid row(s)` : ''}.`);
      return 0;
    });
  },
};

const exportCmd: Command = {
  name: 'export',
  summary: "export an event's report (Auswertung) as CSV or JSON",
  help: `Usage: markt export --event <id> [--out <file>] [--format csv|json] [--db <url>]

Writes the event's report: totals, visits per stand and hour, leads per provider and offer kind,
interest codes, searches without result, feedback. Counts only: no contact data, no device ids.
A count between 1 and 4 is withheld ("withheld" in CSV; null with "suppressed": true in JSON), and with
it every count below 5 of the same list, and the smallest shown count when only one cell would be
withheld, so that it cannot be worked out from the list's total.
The average rating shows from 5 ratings on, and only when it gives no withheld rating count away.
Searches without result and feedback texts appear only when at least 5 visitors typed the same
thing, cut to 3 words, without digits, e-mail addresses or phone numbers. Until the event's end
the totals and lists count only what was written before the last 5-minute boundary
(lists_until / listsUntil; empty or null once final, and then exact). The file is still about visitors: keep it
no longer than the event's retention period.

Options:
  --event <id>      the event
  --out <file>      write to this file (default: standard output)
  --format <f>      csv (default) or json
${dbHelp}`,
  options: { event: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, ...dbOption },
  async run({ values }, io) {
    const eventId = required(values, 'event', 'pankow-2026');
    const format = values.format ?? 'csv';
    if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json');
    return withServices(io, values.db, async (services) => {
      if (!(await eventExists(services, eventId))) {
        io.err(`markt export: no event has the id "${eventId}".`);
        return 1;
      }
      const report = await eventReport(services, eventId);
      const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportCsv(report);
      if (typeof values.out === 'string') {
        await writeFile(values.out, text);
        io.out(`Wrote the report of ${eventId} to ${values.out}.`);
      } else {
        io.out(text.trimEnd());
      }
      return 0;
    });
  },
};

const purge: Command = {
  name: 'purge',
  summary: 'delete visitor data of events past their retention period',
  help: `Usage: markt purge [--db <url>]

Deletes the visits, leads, quiz results, searches and feedback of every event that ended more than
its retentionDays (default 30) ago, then compacts the database file. The server also does this hourly.

Options:
${dbHelp}`,
  options: { ...dbOption },
  async run({ values }, io) {
    const result = await withServices(io, values.db, (services) => purgeExpired(services));
    for (const e of result.events) {
      io.out(`${e.eventId}: deleted ${e.visits} visits, ${e.leads} leads, ${e.quizzes} quiz results, ${e.searches} searches, ${e.feedback} feedback`);
    }
    io.out(result.deleted === 0 ? 'Nothing to purge.' : `Deleted ${result.deleted} rows in all.`);
    return 0;
  },
};

const createOrganizerCmd: Command = {
  name: 'create-organizer',
  summary: 'create an organizer account',
  help: `Usage: markt create-organizer --email <e-mail> --name <name> --tenant <id or name> [--db <url>]

Creates an organizer of a tenant (a Jobcenter). A tenant that does not exist yet is created with that
name. The password is taken from the environment variable MARKT_PASSWORD (at least 10 characters) or
generated and printed once.

Options:
  --email <e-mail>  the login
  --name <name>     the name shown in the organizer pages
  --tenant <t>      tenant id or name, e.g. "Jobcenter Pankow"
${dbHelp}`,
  options: { email: { type: 'string' }, name: { type: 'string' }, tenant: { type: 'string' }, ...dbOption },
  async run({ values }, io) {
    const email = required(values, 'email', 'anna@jobcenter.example');
    const name = required(values, 'name', '"Anna Schmidt"');
    const tenant = required(values, 'tenant', '"Jobcenter Pankow"');
    const password = io.env.MARKT_PASSWORD ?? randomToken(12);
    return withServices(io, values.db, async (services) => {
      let found = (await findTenant(services, tenant)) ?? (await findTenantByName(services, tenant));
      if (!found) {
        found = { id: await createTenant(services, tenant), name: tenant };
        io.out(`Created the tenant "${tenant}" (${found.id}).`);
      }
      try {
        await createOrganizer(services, { tenantId: found.id, email, name, password });
      } catch (error) {
        io.err(`markt create-organizer: ${(error as Error).message}`);
        return 1;
      }
      io.out(`Created the organizer ${email} of "${found.name}".`);
      if (!io.env.MARKT_PASSWORD) io.out(`Password: ${password}  (shown once: it is stored only as a hash)`);
      return 0;
    });
  },
};

/** Every command of `markt`, in the order `markt --help` lists them. */
export const commands: readonly Command[] = [serveCommand, startCommand, seed, importCmd, exportCmd, purge, createOrganizerCmd];
