/**
 * The server half of the live-sync benchmark (bench/live.bench.ts starts it as a child process, so the
 * server's RSS and CPU are its own). It builds a fair in a fresh SQLite file, pairs the booth tablets,
 * starts the real server on 127.0.0.1:0 and then answers the parent's IPC requests:
 * `rss`, `stats`, `raw` (a bare socket.io broadcast), `rawInsert` (plain libSQL batched inserts) and `close`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import type { Server } from 'socket.io';
import { loadConfig } from '../src/config.js';
import { migrate } from '../src/db/migrate.js';
import { providerRoom } from '../src/live/socket.js';
import { hashToken, randomToken } from '../src/security/tokens.js';
import { startServer } from '../src/server.js';
import { createServices } from '../src/services.js';
import { orderedId } from '../src/store/ordered-id.js';
import { tuneServerRuntime } from '../src/runtime.js';
import { createTenant, insertFair, standTokenOf, type FairData } from '../src/store/fair.js';
import type { BenchLayout, ParentMessage, ServerReady, ServerReply, ServerTrace } from './live-protocol.js';

const EVENT_ID = 'fair-bench';

/** A fair with `providers` providers of one stand each, plus one provider without tablets for the ingest run. */
function benchFair(providers: number): FairData {
  const ids = [...Array.from({ length: providers }, (_, i) => `p-${i}`), 'p-ingest'];
  return {
    event: {
      id: EVENT_ID,
      title: { de: 'Lasttest', en: 'Load test' },
      startsAt: '2027-03-10T09:00:00+01:00',
      endsAt: '2027-03-10T15:00:00+01:00',
      venue: { name: 'Rathaus Pankow', district: 'Pankow' },
      retentionDays: 30,
      floorPlan: { width: 200, height: 200, entrance: { x: 0, y: 0 } },
    },
    providers: ids.map((id) => ({ id, name: `Anbieter ${id}`, kind: 'training' as const })),
    offers: [],
    stands: ids.map((id, i) => ({ id: `st-${id}`, eventId: EVENT_ID, providerId: id, number: String(i + 1), position: { x: i % 200, y: Math.floor(i / 200) } })),
    radar: [],
  };
}

/** CPU time this process has used (user + system), in microseconds. */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

const send = (message: ServerReady | ServerReply): void => {
  process.send?.(message);
};

async function main(): Promise<void> {
  const layout = JSON.parse(process.env.MARKT_BENCH_LAYOUT ?? '{}') as BenchLayout;
  const dir = mkdtempSync(join(tmpdir(), 'markt-bench-'));
  const config = loadConfig({}, { port: 0, host: '127.0.0.1', dbUrl: `file:${join(dir, 'markt.db')}`, log: () => {} });
  // As `markt start` does (src/runtime.ts): the bench measures the server as it runs in production.
  tuneServerRuntime();
  const services = await createServices(config);
  // Tracing (the parent turns it on for the live phase): subscribed before the socket layer, this listener
  // sees an item when the hub gets it; the one subscribed after the server started, when every tablet's
  // emit is done.
  const now = () => performance.timeOrigin + performance.now();
  let trace: (ServerTrace & { loop: ReturnType<typeof monitorEventLoopDelay> }) | undefined;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) trace?.gc.push([performance.timeOrigin + entry.startTime, entry.duration]);
  }).observe({ entryTypes: ['gc'] });
  services.live.subscribe((item) => {
    if (trace) trace.published[String(item.item.id)] = [now(), 0];
  });
  const server = await startServer(config, services);
  services.live.subscribe((item) => {
    const times = trace?.published[String(item.item.id)];
    if (times) times[1] = now();
  });
  (server.io.httpServer as HttpServer).prependListener('request', (req: IncomingMessage) => {
    const n = req.headers['x-bench-n'];
    if (trace && typeof n === 'string') trace.received[n] = now();
  });
  services.queue.observe((g) => {
    const o = performance.timeOrigin;
    trace?.groups.push([g.jobs, o + g.gatheringAt, o + g.beganAt, o + g.committingAt, o + g.committedAt]);
  });
  const tenant = await createTenant(services, 'Jobcenter Lasttest');
  await insertFair(services, tenant, benchFair(layout.providers));

  // Booth tablets, paired directly in the database (pairing through HTTP is measured elsewhere).
  const tablets: { token: string; providerId: string }[] = [];
  for (let p = 0; p < layout.providers; p++) {
    for (let t = 0; t < layout.tabletsPerProvider; t++) tablets.push({ token: randomToken(), providerId: `p-${p}` });
  }
  const createdAt = new Date().toISOString();
  await services.queue.run((tx) =>
    tx.batch(
      tablets.map((tablet, i) => ({
        sql: `INSERT INTO devices (id, event_id, role, provider_id, name, token_hash, created_at) VALUES (?, ?, 'booth', ?, ?, ?, ?)`,
        args: [`bench-tablet-${i}`, EVENT_ID, tablet.providerId, `Tablet ${i}`, hashToken(tablet.token), createdAt],
      })),
    ),
  );
  const kioskTokens = Array.from({ length: layout.kiosks }, () => randomToken());
  await services.queue.run((tx) =>
    tx.batch(
      kioskTokens.map((token, i) => ({
        sql: `INSERT INTO devices (id, event_id, role, provider_id, name, token_hash, created_at) VALUES (?, ?, 'kiosk', NULL, ?, ?, ?)`,
        args: [`bench-kiosk-${i}`, EVENT_ID, `Kiosk ${i}`, hashToken(token), createdAt],
      })),
    ),
  );
  const standTokens: string[] = [];
  for (let p = 0; p < layout.providers; p++) standTokens.push((await standTokenOf(services, EVENT_ID, `st-p-${p}`))!);
  const ingestToken = (await standTokenOf(services, EVENT_ID, 'st-p-ingest'))!;

  const io = server.io as unknown as Server;
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 250);

  process.on('message', (raw: ParentMessage) => {
    void (async () => {
      switch (raw.type) {
        case 'rss':
          {
          const memory = process.memoryUsage();
          send({ type: 'rss', id: raw.id, rss: memory.rss, peakRss, heapUsed: memory.heapUsed, external: memory.external });
          }
          break;
        case 'stats':
          send({ type: 'stats', id: raw.id, commits: services.queue.stats.commits, jobs: services.queue.stats.jobs, sockets: io.sockets.sockets.size, cpuMicros: cpuMicros() });
          break;
        case 'raw':
          // A bare broadcast to one provider's room, as markt's own push would address it; `local` keeps it
          // on this process, as markt's own push does.
          io.local.to(providerRoom(EVENT_ID, `p-${raw.provider}`)).emit('raw', { n: raw.n });
          break;
        case 'trace':
          if (raw.on) {
            const loop = monitorEventLoopDelay({ resolution: 1 });
            loop.enable();
            trace = { received: {}, published: {}, groups: [], loopDelayMs: { p50: 0, p99: 0, max: 0 }, gc: [], loop };
            send({ type: 'trace', id: raw.id, received: {}, published: {}, groups: [], loopDelayMs: trace.loopDelayMs, gc: [] });
          } else if (trace) {
            const { loop, ...rest } = trace;
            loop.disable();
            const ms = (ns: number) => Math.round(ns / 1e4) / 100;
            trace = undefined;
            send({ type: 'trace', id: raw.id, ...rest, loopDelayMs: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) } });
          }
          break;
        case 'rawInsert':
          send({ type: 'rawInsert', id: raw.id, ...(await rawInsert(dir, raw.rows, raw.batch)) });
          break;
        case 'close':
          clearInterval(sampler);
          await server.close();
          rmSync(dir, { recursive: true, force: true });
          send({ type: 'closed', id: raw.id });
          process.exit(0);
      }
    })();
  });
  // The parent gone (killed, crashed): do not linger with a port and a database open.
  process.once('disconnect', () => process.exit(1));
  send({ type: 'ready', url: server.url, eventId: EVENT_ID, tablets, standTokens, ingestToken, kioskTokens });
}

/**
 * Plain libSQL batched inserts of visit rows (the same table, columns and indexes as markt's), into a
 * fresh file with the same pragmas (WAL, synchronous=FULL): the rate that group commit is measured against.
 * The rows are those of the ingest phase: time-ordered ids, one device id per sender, each sender's keys
 * (`ingest_<sender>_<n>_…`), so both write the same index pages per commit.
 */
async function rawInsert(dir: string, rows: number, batch: number): Promise<{ rows: number; seconds: number; perSecond: number; cpuMicros: number }> {
  const url = `file:${join(dir, 'raw.db')}`;
  const db = createClient({ url });
  await db.execute('PRAGMA journal_mode = WAL');
  await migrate(db);
  await db.execute({ sql: `INSERT INTO tenants (id, name, created_at) VALUES ('t', 'raw', ?)`, args: [new Date().toISOString()] });
  await db.execute({
    sql: `INSERT INTO events (id, tenant_id, data, starts_at, ends_at, retention_days, created_at, updated_at) VALUES ('e', 't', '{}', '', '', 30, '', '')`,
    args: [],
  });
  const at = new Date().toISOString();
  const cpuBefore = cpuMicros();
  const started = performance.now();
  for (let done = 0; done < rows; done += batch) {
    const n = Math.min(batch, rows - done);
    // One event-loop turn per batch, as the server's write queue takes between groups: the local libSQL
    // binding frees a statement's native memory only in a finalizer that runs after the loop turns. A loop
    // of nothing but awaited batches never turns it and grew this process to 1.45 GB RSS (about 4 KB per row).
    await new Promise<void>((resolve) => setImmediate(resolve));
    await db.batch(
      Array.from({ length: n }, (_, i) => ({
        sql: `INSERT INTO visits (id, event_id, seq, stand_id, provider_id, device_id, source, at, idempotency_key)
              VALUES (?, 'e', ?, 'st-p-ingest', 'p-ingest', ?, 'qr', ?, ?)`,
        // The rows the HTTP ingest writes: `batch` senders, each with its device id and its own run of keys.
        args: [orderedId(), done + i + 1, `bench_sender_${(done + i) % batch}_000000`, at, `ingest_${(done + i) % batch}_${Math.floor((done + i) / batch)}_0123456789`],
      })),
      'write',
    );
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuMicros() - cpuBefore;
  db.close();
  return { rows, seconds, perSecond: rows / seconds, cpuMicros: cpu };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
