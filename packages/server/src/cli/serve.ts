import { loadConfig, type ServerConfig } from '../config.js';
import { seedDemo } from '../seed.js';
import { tuneServerRuntime } from '../runtime.js';
import { startServer, type RunningServer } from '../server.js';
import { createServices } from '../services.js';
import { createPairingCode, standUrls } from '../store/org.js';
import { schedulePurge } from '../store/purge.js';
import type { CliIo, Command } from './io.js';

const serverOptions = {
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
} as const;

const serverHelp = `  --port <n>        port (default: PORT or 8787)
  --host <h>        address to listen on (default: HOST or 127.0.0.1)
  --db <url>        database (default: MARKT_DB_URL or file:./data/markt.db)

Environment: MARKT_PUBLIC_URL (address in QR codes), MARKT_SECURE_COOKIES=1 behind HTTPS,
MARKT_SECRET, MARKT_ASSETS_DIR. Ctrl-C stops the server after the pending writes are saved.`;

function configFrom(values: Record<string, string | boolean | undefined>, io: CliIo): ServerConfig {
  const env = { ...io.env };
  if (typeof values.port === 'string') env.PORT = values.port;
  if (typeof values.host === 'string') env.HOST = values.host;
  if (typeof values.db === 'string') env.MARKT_DB_URL = values.db;
  return loadConfig(env);
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Runs the server with the hourly purge until Ctrl-C, then drains the write queue and exits. */
async function runUntilStopped(server: RunningServer, io: CliIo): Promise<number> {
  const stopPurge = schedulePurge(server.services);
  const signal = await untilSignal();
  io.out(`\n${signal}: stopping; saving pending writes…`);
  // A second Ctrl-C while shutting down stops at once.
  const force = () => process.exit(1);
  process.once('SIGINT', force);
  await stopPurge();
  await server.close();
  process.off('SIGINT', force);
  io.out('Stopped.');
  return 0;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the server',
  help: `Usage: markt serve [--port <n>] [--host <h>] [--db <url>]

Runs the HTTP API, socket.io and the kiosk pages; creates the database if missing and applies
migrations. Deletes expired visitor data at start and hourly.

Options:
${serverHelp}`,
  options: serverOptions,
  async run({ values }, io) {
    tuneServerRuntime();
    const server = await startServer(configFrom(values, io));
    io.out(`markt is running at ${server.url}`);
    return runUntilStopped(server, io);
  },
};

export const startCommand: Command = {
  name: 'start',
  summary: 'run the server; with --demo, seed and print the demo addresses',
  help: `Usage: markt start [--demo] [--port <n>] [--host <h>] [--db <url>]

Like "markt serve". With --demo it first seeds the demo (tenant "Jobcenter Pankow (Demo)", the organizer
demo@markt.example with a fresh password, the demo fair when the database is empty) and prints the
kiosk, booth, organizer and API addresses, a stand's phone URL and a booth pairing code.

Options:
  --demo            seed and print the demo
${serverHelp}`,
  options: { demo: { type: 'boolean' }, ...serverOptions },
  async run({ values }, io) {
    tuneServerRuntime();
    const config = configFrom(values, io);
    if (!values.demo) {
      const server = await startServer(config);
      io.out(`markt is running at ${server.url}`);
      return runUntilStopped(server, io);
    }
    const services = await createServices(config);
    const demo = await seedDemo(services);
    const server = await startServer(config, services);
    const base = (config.publicUrl ?? server.url).replace(/\/+$/, '');
    const lines = ['', `markt is running (demo) at ${server.url}`, ''];
    if (demo.eventId) {
      const eventId = demo.eventId;
      lines.push(`  Kiosk:       ${base}/kiosk?event=${encodeURIComponent(eventId)}`);
      lines.push(`  Booth:       ${base}/booth`);
      lines.push(`  Organizer:   ${base}/organizer`);
      lines.push(`  API:         ${base}/api  (OpenAPI: ${base}/api/openapi.json, public data: ${base}/api/events/${eventId}/public)`);
      const stand = (await standUrls(services, eventId, base))[0];
      if (stand) {
        lines.push(`  Phone page of stand ${stand.standNumber} (${stand.providerName}): ${stand.url}`);
        const providerId = (
          await services.db.execute({ sql: 'SELECT provider_id FROM stands WHERE event_id = ? AND id = ?', args: [eventId, stand.standId] })
        ).rows[0]?.provider_id;
        if (providerId != null) {
          const { code } = await createPairingCode(services, { eventId, role: 'booth', providerId: String(providerId), name: 'Demo booth tablet' });
          lines.push(`  Booth pairing code for ${stand.providerName}: ${code}  (10 minutes; or open ${base}/booth#pair=${code})`);
        }
      }
    } else {
      lines.push(`  The database holds other events, so no demo fair was added. Organizer: ${base}/organizer`);
    }
    lines.push(`  Organizer login: ${demo.email} / ${demo.password}`, '', 'Press Ctrl-C to stop.', '');
    for (const line of lines) io.out(line);
    return runUntilStopped(server, io);
  },
};
