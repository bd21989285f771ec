/**
 * Live-sync and ingest benchmark (`npm run bench`): writes bench/results/live.json and prints it.
 *
 * One run on loopback, the server in a child process (bench/live-server.ts):
 * 1. 1,000 booth-tablet sockets (socket.io-client, websocket only) connect and `sync`; RSS of the server.
 * 2. `latency_ms`: 200 visits/s for 30 s over HTTP to the stands of the tablets' providers, from the POST
 *    to the `feed` arrival on every tablet of that provider.
 * 3. `raw_broadcast_ms`: the same rate, same rooms, same sockets, a bare `io.to(room).emit` in the server,
 *    from the parent's request to the arrival.
 *    `details.latency_emit_ms`: the same rate and stands, visits sent by 50 paired kiosks as socket events
 *    (`visit` with an ack), from the emit to the arrival on every tablet.
 * 4. `ingest_acked_per_s`: 50 concurrent HTTP senders (keep-alive), each waiting for its acknowledgement,
 *    which the server gives only after COMMIT with synchronous=FULL.
 *    `ingest_socket_acked_per_s`: the same from 50 paired kiosks over socket.io events (`visit` with an ack).
 * 5. `raw_batched_insert_per_s`: plain libSQL batched inserts of as many visit rows, in the server child.
 *
 * Settings (environment): MARKT_BENCH_SOCKETS (1000), MARKT_BENCH_RATE (200/s), MARKT_BENCH_SECONDS (30),
 * MARKT_BENCH_INGEST_SECONDS (10), MARKT_BENCH_SENDERS (50), MARKT_BENCH_CPU_PROF (a directory: profile the server),
 * MARKT_BENCH_SERVER_FLAGS (Node flags for the server child, e.g. "--max-semi-space-size=64").
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { io as connect, type Socket } from 'socket.io-client';
import { percentiles, postJson, sleep } from './live-tools.js';
import type { BenchLayout, ParentMessage, ServerReady, ServerReply, ServerTrace } from './live-protocol.js';

const here = dirname(fileURLToPath(import.meta.url));
const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const SOCKETS = env('MARKT_BENCH_SOCKETS', 1000);
const RATE = env('MARKT_BENCH_RATE', 200);
const SECONDS = env('MARKT_BENCH_SECONDS', 30);
const INGEST_SECONDS = env('MARKT_BENCH_INGEST_SECONDS', 10);
const SENDERS = env('MARKT_BENCH_SENDERS', 50);
const TABLETS_PER_PROVIDER = 20;
const RAW_BATCH = SENDERS;

/** Open-file limit of this shell: each socket is a file descriptor in both processes. */
function fileLimit(): { soft: number; hard: number } {
  const read = (flag: string) => {
    const text = execFileSync('sh', ['-c', `ulimit ${flag}`], { encoding: 'utf8' }).trim();
    return text === 'unlimited' ? Infinity : Number(text);
  };
  return { soft: read('-Sn'), hard: read('-Hn') };
}

/** Re-runs this script under a raised `ulimit -n` when the current one is too low for the sockets. */
function raiseFileLimit(): boolean {
  const needed = SOCKETS + 512;
  const { soft, hard } = fileLimit();
  if (soft >= needed || process.env.MARKT_BENCH_ULIMIT_RAISED) return false;
  const target = Math.min(hard, Math.max(needed, 4096));
  const child = spawn('sh', ['-c', `ulimit -n ${target} && exec "$0" "$@"`, process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, MARKT_BENCH_ULIMIT_RAISED: '1' },
  });
  child.on('exit', (code) => process.exit(code ?? 1));
  return true;
}

/**
 * Compiles the server child to one plain JS file (dependencies stay external), so it runs on bare Node as
 * in production: under tsx, the loader thread alone would add tens of MB to the RSS being measured.
 */
async function bundleServer(): Promise<string> {
  const outfile = join(here, '..', 'node_modules', '.cache', 'markt-bench', 'live-server.mjs');
  await build({ entryPoints: [join(here, 'live-server.ts')], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'warning' });
  return outfile;
}

/** A request to the server child, before it gets its id. */
type Request = ParentMessage extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

class ServerChild {
  readonly #child: ChildProcess;
  #next = 1;
  readonly #waiting = new Map<number, (reply: ServerReply) => void>();
  readonly ready: Promise<ServerReady>;

  constructor(layout: BenchLayout, script: string) {
    const profile = process.env.MARKT_BENCH_CPU_PROF;
    const args = [...(process.env.MARKT_BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []), ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), script];
    this.#child = spawn(process.execPath, args, {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, MARKT_BENCH_LAYOUT: JSON.stringify(layout) },
    });
    this.ready = new Promise((resolve, reject) => {
      this.#child.once('exit', (code) => reject(new Error(`The bench server exited early (${code}).`)));
      this.#child.on('message', (message: ServerReady | ServerReply) => {
        if (message.type === 'ready') resolve(message);
        else this.#waiting.get(message.id)?.(message);
      });
    });
  }

  /** Sends a request and waits for the reply with the same id. */
  ask<T extends ServerReply['type']>(message: Request): Promise<Extract<ServerReply, { type: T }>> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.set(id, (reply) => resolve(reply as Extract<ServerReply, { type: T }>));
      this.#child.send({ ...message, id });
    });
  }

  /** Sends without waiting for an answer. */
  tell(message: ParentMessage): void {
    this.#child.send(message);
  }
}

async function connectTablets(url: string, tablets: ServerReady['tablets'], onFeed: (socket: number, id: string) => void, onRaw: (n: number) => void): Promise<Socket[]> {
  const sockets: Socket[] = [];
  // 50 handshakes at a time: a realistic morning, not a thundering herd that only measures the accept queue.
  for (let start = 0; start < tablets.length; start += 50) {
    const group = tablets.slice(start, start + 50).map(async (tablet, offset) => {
      const socket = connect(url, { transports: ['websocket'], auth: { token: tablet.token }, forceNew: true, reconnection: false });
      socket.on('feed', (message: { item: { id: string } }) => onFeed(start + offset, message.item.id));
      socket.on('raw', (message: { n: number }) => onRaw(message.n));
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const ack = (await socket.timeout(10_000).emitWithAck('sync', { after: 0 })) as { ok: boolean };
      if (!ack.ok) throw new Error('sync refused');
      return socket;
    });
    sockets.push(...(await Promise.all(group)));
  }
  return sockets;
}

/** Measures `fdatasync` of a small temp file every 50 ms (off the event loop) until stopped. */
function fsyncProbe(): { stop: () => Promise<number[]> } {
  const samples: number[] = [];
  let running = true;
  const done = (async () => {
    const path = join(tmpdir(), `markt-fsync-probe-${process.pid}`);
    const file = await open(path, 'w');
    try {
      while (running) {
        await file.write(Buffer.alloc(4096, 1));
        const started = performance.now();
        await file.datasync();
        samples.push(performance.now() - started);
        await sleep(50);
      }
    } finally {
      await file.close();
      await rm(path, { force: true });
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return samples;
    },
  };
}

/** Calls `fire(i)` `rate` times a second for `seconds`, on a steady schedule. */
async function paced(rate: number, seconds: number, fire: (i: number) => void): Promise<number> {
  const started = performance.now();
  const total = Math.round(rate * seconds);
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    while (sent < due) fire(sent++);
    await sleep(1);
  }
  return sent;
}

async function main(): Promise<void> {
  if (raiseFileLimit()) return;
  const layout: BenchLayout = { providers: Math.ceil(SOCKETS / TABLETS_PER_PROVIDER), tabletsPerProvider: TABLETS_PER_PROVIDER, kiosks: SENDERS };
  const server = new ServerChild(layout, await bundleServer());
  const ready = await server.ready;
  const agent = new Agent({ keepAlive: true, maxSockets: SENDERS });
  const startedAt = new Date();
  const load = loadavg();
  const log = (line: string) => console.error(`[bench ${((performance.now() / 1000) | 0).toString().padStart(3)} s] ${line}`);

  // 1. Sockets.
  const arrivals: { id: string; at: number }[] = [];
  const rawArrivals: { n: number; at: number }[] = [];
  const connectStarted = performance.now();
  const sockets = await connectTablets(
    ready.url,
    ready.tablets.slice(0, SOCKETS),
    (_socket, id) => arrivals.push({ id, at: performance.now() }),
    (n) => rawArrivals.push({ n, at: performance.now() }),
  );
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  await sleep(1000);
  const rss = await server.ask<'rss'>({ type: 'rss' });
  log(`${sockets.length} sockets connected and synced in ${connectSeconds.toFixed(1)} s; server RSS ${(rss.rss / 2 ** 20).toFixed(0)} MB`);

  /** Server and client CPU (% of one core) and server RSS over one phase. */
  const phase = async () => {
    const [server0, client0, t0] = [await server.ask<'stats'>({ type: 'stats' }), process.cpuUsage(), performance.now()];
    return async () => {
      const server1 = await server.ask<'stats'>({ type: 'stats' });
      const client1 = process.cpuUsage(client0);
      const ms = performance.now() - t0;
      const memory = await server.ask<'rss'>({ type: 'rss' });
      return {
        server_cpu_pct: Math.round(((server1.cpuMicros - server0.cpuMicros) / 1000 / ms) * 100),
        client_cpu_pct: Math.round(((client1.user + client1.system) / 1000 / ms) * 100),
        server_rss_mb_after: Math.round(memory.rss / 2 ** 20),
      };
    };
  };

  // 2. Visits over HTTP, 200/s, to the providers' stands in turn; latency from the POST to each tablet.
  const liveDone = await phase();
  await server.ask<'trace'>({ type: 'trace', on: true });
  const probe = fsyncProbe();
  const abs = () => performance.timeOrigin + performance.now();
  const clientGc: [number, number][] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) clientGc.push([performance.timeOrigin + entry.startTime, entry.duration]);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const postedAt: number[] = [];
  const idOf: string[] = [];
  const sentAt = new Map<string, number>();
  const ackLatencies: number[] = [];
  const failures: string[] = [];
  const pending: Promise<void>[] = [];
  const visits = await paced(RATE, SECONDS, (i) => {
    const provider = i % layout.providers;
    const t0 = performance.now();
    postedAt[i] = abs();
    pending.push(
      postJson(
        agent,
        `${ready.url}/api/stand/${ready.standTokens[provider]}/visits`,
        { deviceId: `bench_phone_${i % 997}_00000000`, idempotencyKey: `live_${i}_0123456789abcdef` },
        { 'x-bench-n': String(i) },
      ).then(({ status, body }) => {
        if (status !== 201) failures.push(`${status} ${JSON.stringify(body)}`);
        else {
          idOf[i] = (body as { id: string }).id;
          sentAt.set((body as { id: string }).id, t0);
          ackLatencies.push(performance.now() - t0);
        }
      }),
    );
  });
  await Promise.all(pending);
  await sleep(2000);
  const trace = await server.ask<'trace'>({ type: 'trace', on: false });
  gcObserver.disconnect();
  const liveUsage = await liveDone();
  const fdatasync = percentiles(await probe.stop());
  const latencies = arrivals.flatMap(({ id, at }) => {
    const t0 = sentAt.get(id);
    return t0 === undefined ? [] : [at - t0];
  });
  const expectedDeliveries = visits * TABLETS_PER_PROVIDER;
  const breakdown = decompose(trace, postedAt, idOf, arrivals, performance.timeOrigin, clientGc);
  log(`${visits} visits, ${latencies.length}/${expectedDeliveries} deliveries, ${failures.length} failed`);

  // 3. Bare broadcast, same rate, same rooms.
  const rawDone = await phase();
  const rawSent: number[] = [];
  const broadcasts = await paced(RATE, SECONDS, (n) => {
    rawSent[n] = performance.now();
    server.tell({ type: 'raw', provider: n % layout.providers, n });
  });
  await sleep(2000);
  const rawUsage = await rawDone();
  const rawLatencies = rawArrivals.map(({ n, at }) => at - rawSent[n]!);
  log(`${broadcasts} broadcasts, ${rawLatencies.length}/${broadcasts * TABLETS_PER_PROVIDER} deliveries`);

  // 3b. Visits sent as socket events by paired kiosks (the "or emit"), same rate and stands:
  // latency from the emit to each tablet. Reported next to the POST figure, which stays the headline.
  const kiosks = await Promise.all(
    ready.kioskTokens.map(async (token) => {
      const socket = connect(ready.url, { transports: ['websocket'], auth: { token }, forceNew: true, reconnection: false });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return socket;
    }),
  );
  const emittedAt = new Map<string, number>();
  const emitFailures: string[] = [];
  const emitPending: Promise<void>[] = [];
  const firstEmitArrival = arrivals.length;
  const emitted = await paced(RATE, SECONDS, (i) => {
    const provider = i % layout.providers;
    const t0 = performance.now();
    emitPending.push(
      kiosks[i % kiosks.length]!
        .timeout(10_000)
        .emitWithAck('visit', { standId: `st-p-${provider}`, deviceId: `bench_kiosk_${i % 997}_0000000`, source: 'kiosk', idempotencyKey: `emit_${i}_0123456789abcdef` })
        .then(
          (ack: { ok: boolean; id?: string }) => {
            if (ack.ok && ack.id) emittedAt.set(ack.id, t0);
            else emitFailures.push(JSON.stringify(ack));
          },
          (error: unknown) => void emitFailures.push(String(error)),
        ),
    );
  });
  await Promise.all(emitPending);
  await sleep(2000);
  const emitLatencies = arrivals.slice(firstEmitArrival).flatMap(({ id, at }) => {
    const t0 = emittedAt.get(id);
    return t0 === undefined ? [] : [at - t0];
  });
  log(`${emitted} emitted visits, ${emitLatencies.length}/${emitted * TABLETS_PER_PROVIDER} deliveries, ${emitFailures.length} failed`);

  // 4. Acknowledged ingest: 50 senders, each sends its next visit when the last one is acknowledged.
  const before = await server.ask<'stats'>({ type: 'stats' });
  let acked = 0;
  let ingestFailures = 0;
  const ingestStarted = performance.now();
  const deadline = ingestStarted + INGEST_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: SENDERS }, async (_, s) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const { status } = await postJson(agent, `${ready.url}/api/stand/${ready.ingestToken}/visits`, {
          deviceId: `bench_sender_${s}_000000`,
          idempotencyKey: `ingest_${s}_${i}_0123456789`,
        });
        if (status === 201) acked++;
        else ingestFailures++;
      }
    }),
  );
  const ingestSeconds = (performance.now() - ingestStarted) / 1000;
  const after = await server.ask<'stats'>({ type: 'stats' });
  const afterIngest = await server.ask<'rss'>({ type: 'rss' });
  const commits = after.commits - before.commits;
  const jobs = after.jobs - before.jobs;
  log(`ingest: ${acked} acknowledged in ${ingestSeconds.toFixed(1)} s, ${commits} commits`);

  // 4b. The same over socket events: the 50 paired kiosks, each sending its next visit when the last is acknowledged.
  const socketBefore = await server.ask<'stats'>({ type: 'stats' });
  let socketAcked = 0;
  let socketFailures = 0;
  const socketStarted = performance.now();
  const socketDeadline = socketStarted + INGEST_SECONDS * 1000;
  await Promise.all(
    kiosks.map(async (socket, s) => {
      for (let i = 0; performance.now() < socketDeadline; i++) {
        const ack = (await socket.timeout(10_000).emitWithAck('visit', {
          standId: 'st-p-ingest',
          deviceId: `bench_kiosk_${s}_0000000`,
          source: 'kiosk',
          idempotencyKey: `socket_${s}_${i}_0123456789`,
        })) as { ok: boolean; created?: boolean };
        if (ack.ok && ack.created) socketAcked++;
        else socketFailures++;
      }
    }),
  );
  const socketSeconds = (performance.now() - socketStarted) / 1000;
  const socketAfter = await server.ask<'stats'>({ type: 'stats' });
  for (const socket of kiosks) socket.disconnect();
  const socketPerSecond = socketAcked / socketSeconds;
  const afterSocketIngest = await server.ask<'rss'>({ type: 'rss' });
  log(`ingest over socket events: ${socketAcked} acknowledged in ${socketSeconds.toFixed(1)} s`);

  // 5. Plain libSQL batched inserts of as many rows.
  const raw = await server.ask<'rawInsert'>({ type: 'rawInsert', rows: Math.max(acked, socketAcked, 5000), batch: RAW_BATCH });
  log(`raw batched insert: ${raw.rows} rows in ${raw.seconds.toFixed(2)} s`);
  const end = await server.ask<'rss'>({ type: 'rss' });

  for (const socket of sockets) socket.disconnect();
  agent.destroy();
  await server.ask<'closed'>({ type: 'close' });

  const latency = percentiles(latencies);
  const rawBroadcast = percentiles(rawLatencies);
  const ingestPerSecond = acked / ingestSeconds;
  const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  const result = {
    latency_ms: latency,
    raw_broadcast_ms: rawBroadcast,
    ingest_acked_per_s: Math.round(ingestPerSecond),
    ingest_socket_acked_per_s: Math.round(socketPerSecond),
    raw_batched_insert_per_s: Math.round(raw.perSecond),
    rss_mb_at_1000_sockets: mb(rss.rss),
    targets: {
      latency_p99_max_25_ms: latency.p99 <= 25,
      latency_p99_max_3x_raw: latency.p99 <= 3 * rawBroadcast.p99,
      ingest_min_15000_or_half_raw: ingestPerSecond >= 15_000 || ingestPerSecond >= 0.5 * raw.perSecond,
      ingest_socket_min_15000_or_half_raw: socketPerSecond >= 15_000 || socketPerSecond >= 0.5 * raw.perSecond,
      rss_max_150_mb: mb(rss.rss) <= 150,
    },
    details: {
      sockets: sockets.length,
      providers: layout.providers,
      tablets_per_provider: TABLETS_PER_PROVIDER,
      connect_and_sync_s: round(connectSeconds),
      visits_per_s: RATE,
      seconds: SECONDS,
      visits_sent: visits,
      visit_failures: failures.length,
      deliveries: latencies.length,
      deliveries_expected: expectedDeliveries,
      raw_deliveries: rawLatencies.length,
      raw_deliveries_expected: broadcasts * TABLETS_PER_PROVIDER,
      latency_p99_over_raw_p99: round(latency.p99 / rawBroadcast.p99),
      // The same visits sent by paired kiosks as socket events (emit → tablet), same rate and stands.
      latency_emit_ms: percentiles(emitLatencies),
      latency_emit_p99_over_raw_p99: round(percentiles(emitLatencies).p99 / rawBroadcast.p99),
      emit_deliveries: emitLatencies.length,
      emit_deliveries_expected: emitted * TABLETS_PER_PROVIDER,
      emit_failures: emitFailures.length,
      // Where a visit's POST-to-tablet time goes (ms, percentiles over visits; `wire` over deliveries). See `decompose`.
      latency_breakdown_ms: breakdown,
      // POST → its HTTP answer, which comes after the durable COMMIT: the share of the latency that is the write.
      ack_ms: percentiles(ackLatencies),
      ingest_senders: SENDERS,
      ingest_transport: 'HTTP/1.1 keep-alive (node:http Agent), POST /api/stand/:token/visits',
      ingest_seconds: round(ingestSeconds),
      ingest_acked: acked,
      ingest_failures: ingestFailures,
      ingest_commits: commits,
      ingest_rows_per_commit: round(jobs / Math.max(commits, 1)),
      ingest_over_raw: round(ingestPerSecond / raw.perSecond),
      // CPU time is steadier than wall time on a shared machine: it shows the cost of the write path itself.
      ingest_server_cpu_us_per_visit: Math.round((after.cpuMicros - before.cpuMicros) / Math.max(acked, 1)),
      raw_insert_cpu_us_per_row: Math.round(raw.cpuMicros / raw.rows),
      ingest_socket_transport: "socket.io event 'visit' with ack, from 50 paired kiosks",
      ingest_socket_acked: socketAcked,
      ingest_socket_failures: socketFailures,
      ingest_socket_commits: socketAfter.commits - socketBefore.commits,
      ingest_socket_rows_per_commit: round((socketAfter.jobs - socketBefore.jobs) / Math.max(socketAfter.commits - socketBefore.commits, 1)),
      ingest_socket_over_raw: round(socketPerSecond / raw.perSecond),
      ingest_socket_server_cpu_us_per_visit: Math.round((socketAfter.cpuMicros - socketBefore.cpuMicros) / Math.max(socketAcked, 1)),
      raw_insert_rows: raw.rows,
      raw_insert_batch: RAW_BATCH,
      usage_live_phase: liveUsage,
      // What one durable commit costs on this disk meanwhile: a 4 KB write and fdatasync every 50 ms.
      fdatasync_ms_during_live_phase: fdatasync,
      usage_raw_phase: rawUsage,
      rss_mb_after_ingest: mb(afterIngest.rss),
      rss_mb_after_socket_ingest: mb(afterSocketIngest.rss),
      rss_mb_end: mb(end.rss),
      heap_used_mb_end: mb(end.heapUsed),
      external_mb_end: mb(end.external),
      rss_mb_peak: mb(end.peakRss),
      durability: 'WAL, synchronous=FULL; a visit is acknowledged only after its group COMMIT returned',
    },
    machine: {
      date: startedAt.toISOString(),
      node: process.version,
      cpus: cpus().length,
      loadavg_at_start: load.map(round),
      note: 'Loopback, client and server on the same cores; other jobs may share the machine (see loadavg_at_start).',
    },
  };
  // Only a run with the settings is the record; a quick run with overrides goes to the temp directory.
  const custom = Object.keys(process.env).some((name) => name.startsWith('MARKT_BENCH_') && name !== 'MARKT_BENCH_ULIMIT_RAISED' && name !== 'MARKT_BENCH_LAYOUT');
  const file = custom ? join(tmpdir(), 'markt-live-bench.json') : join(here, '..', '..', '..', 'bench', 'results', 'live.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.error(`written to ${file}`);
  process.exit(0);
}

/**
 * Splits each traced visit's POST-to-tablet time into consecutive stages, from the server's trace (absolute
 * times, the same clock as this process's `performance.timeOrigin + now`):
 * `to_server` POST → the server's HTTP layer has the request (client, loopback, waiting for the event loop);
 * `to_group` → its group's transaction begins (body, validation, waiting for the group to gather);
 * `statements` → COMMIT sent; `commit` → COMMIT returned (the fsync); `to_publish` → the live hub has it;
 * `emit` → every tablet's emit done; `wire` → arrival on a tablet (per delivery: socket.io encode happened
 * in `emit`, so this is the kernel, the client's event loop and its decoding).
 * A visit's group is the last one committed before the hub got the visit (publishing follows COMMIT in the
 * same synchronous step, in the write queue's after-commit hooks, before any next group).
 */
function decompose(
  trace: ServerTrace,
  postedAt: readonly number[],
  idOf: readonly string[],
  arrivals: readonly { id: string; at: number }[],
  origin: number,
  clientGc: readonly [number, number][],
) {
  const groups = [...trace.groups].sort((a, b) => a[4] - b[4]);
  const stages: Record<'to_server' | 'to_group' | 'statements' | 'commit' | 'to_publish' | 'emit', number[]> = {
    to_server: [],
    to_group: [],
    statements: [],
    commit: [],
    to_publish: [],
    emit: [],
  };
  const emitDone = new Map<string, number>();
  const jobs: number[] = [];
  const stagesOf = new Map<string, number[]>();
  idOf.forEach((id, i) => {
    const received = trace.received[String(i)];
    const published = id === undefined ? undefined : trace.published[id];
    if (received === undefined || published === undefined) return;
    let lo = 0;
    let hi = groups.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (groups[mid]![4] <= published[0]) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return;
    const [n, , began, committing, committed] = groups[found]!;
    jobs.push(n);
    stages.to_server.push(received - postedAt[i]!);
    stages.to_group.push(began - received);
    stages.statements.push(committing - began);
    stages.commit.push(committed - committing);
    stages.to_publish.push(published[0] - committed);
    stages.emit.push(published[1] - published[0]);
    emitDone.set(id, published[1]);
    stagesOf.set(id, [received - postedAt[i]!, began - received, committing - began, committed - committing, published[0] - committed, published[1] - published[0]]);
  });
  // The tail: deliveries at or above the p99 of all deliveries, and the mean of each stage of their visits.
  const indexOf = new Map(idOf.flatMap((id, i) => (id === undefined ? [] : [[id, i] as const])));
  const deliveries = arrivals.flatMap(({ id, at }) => {
    const i = indexOf.get(id);
    return i === undefined ? [] : [{ id, ms: origin + at - postedAt[i]! }];
  });
  const p99 = percentiles(deliveries.map((d) => d.ms)).p99;
  const tail = deliveries.filter((d) => d.ms >= p99 && stagesOf.has(d.id));
  const mean = (pick: (s: number[], d: { id: string; ms: number }) => number) =>
    round(tail.reduce((sum, d) => sum + pick(stagesOf.get(d.id)!, d), 0) / Math.max(tail.length, 1));
  const gcFigures = (pauses: readonly (readonly [number, number])[]) => ({
    pauses: pauses.length,
    pause_ms: percentiles(pauses.map(([, ms]) => ms)),
    total_ms: round(pauses.reduce((sum, [, ms]) => sum + ms, 0)),
    tail_overlapping: round(
      tail.filter((d) => {
        const from = postedAt[indexOf.get(d.id)!]!;
        return pauses.some(([start, ms]) => start < from + d.ms && start + ms > from);
      }).length / Math.max(tail.length, 1),
    ),
  });
  const wire = arrivals.flatMap(({ id, at }) => {
    const done = emitDone.get(id);
    return done === undefined ? [] : [origin + at - done];
  });
  return {
    ...Object.fromEntries(Object.entries(stages).map(([name, samples]) => [name, percentiles(samples)])),
    wire: percentiles(wire),
    // Deliveries at or above the p99: how many, and the mean time of each stage for them (ms).
    tail_at_p99: {
      deliveries: tail.length,
      total: mean((_, d) => d.ms),
      ...Object.fromEntries(Object.keys(stages).map((name, k) => [name, mean((st) => st[k]!)])),
      wire: mean((st, d) => d.ms - st.reduce((a, b) => a + b, 0)),
    },
    visits_per_group_mean: round(jobs.reduce((a, b) => a + b, 0) / Math.max(jobs.length, 1)),
    event_loop_delay_ms: trace.loopDelayMs,
    // Garbage collection in each process while visits were traced, and the share of the tail deliveries whose
    // way (POST to arrival) overlapped a pause of that process.
    gc: { server: gcFigures(trace.gc), client: gcFigures(clientGc) },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
