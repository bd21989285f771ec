/**
 * Load benchmark (`npm run bench:load`): writes bench/results/load.json and prints it.
 *
 * Everything on 127.0.0.1. The servers run as child processes (test/field/crash-server.ts) on one SQLite
 * file; "two nodes" adds Debian's redis-server (MARKT_REDIS_URL) and sends the requests round robin to both,
 * as a load balancer would. Per topology and route: CONCURRENCY keep-alive senders, each waiting for its
 * answer, until MAX_REQUESTS are answered or SECONDS have passed (each scenario ≤ 15 s).
 *
 * Routes: `GET /api/events/:id/public` (with its ETag unknown: the full body each time), `POST
 * /api/stand/:token/visits` and `POST /api/stand/:token/leads` (acknowledged after COMMIT, synchronous=FULL).
 *
 * Settings (environment): MARKT_LOAD_SECONDS (8, at most 15), MARKT_LOAD_REQUESTS (40000), MARKT_LOAD_CONCURRENCY (32).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { closeServices, createServices } from '../src/services.js';
import { createTenant, insertFair, standTokenOf } from '../src/store/fair.js';
import { startNode, startRedis, type ClusterNode, type TestRedis } from '../test/cluster/redis.js';
import { smallFair } from '../test/fixtures.js';
import { tempDbUrl } from '../test/helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const SECONDS = Math.min(15, Number(process.env.MARKT_LOAD_SECONDS ?? 8));
const MAX_REQUESTS = Number(process.env.MARKT_LOAD_REQUESTS ?? 40_000);
const CONCURRENCY = Number(process.env.MARKT_LOAD_CONCURRENCY ?? 32);
const SECRET = 'load-bench-secret';

interface Answer {
  status: number;
  ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });

/** One request over a kept-alive connection; resolves with the status and the time to the whole answer. */
function send(url: string, method: string, body?: string): Promise<Answer> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = request(
      url,
      { method, agent, headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - start }));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** The p-th percentile (0–100) of sorted values. */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

let counter = 0;
const id = (prefix: string) => `${prefix}-${process.pid}-${(counter++).toString(36).padStart(8, '0')}`;
const consent = { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: '2027-03-10T10:00:00+01:00' };

interface Scenario {
  name: 'public event data' | 'visit' | 'lead';
  method: 'GET' | 'POST';
  path: (token: string, eventId: string) => string;
  body?: () => string;
}

const SCENARIOS: Scenario[] = [
  { name: 'public event data', method: 'GET', path: (_, eventId) => `/api/events/${eventId}/public` },
  { name: 'visit', method: 'POST', path: (token) => `/api/stand/${token}/visits`, body: () => JSON.stringify({ deviceId: id('phone'), idempotencyKey: id('visit') }) },
  {
    name: 'lead',
    method: 'POST',
    path: (token) => `/api/stand/${token}/leads`,
    body: () => JSON.stringify({ deviceId: id('phone'), contact: { name: 'Load Test', phone: '+49 30 1234567' }, locale: 'de', consent, idempotencyKey: id('lead') }),
  },
];

async function run(nodes: ClusterNode[], scenario: Scenario, token: string, eventId: string) {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const start = performance.now();
  const deadline = start + SECONDS * 1000;
  let issued = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (issued < MAX_REQUESTS && performance.now() < deadline) {
        const node = nodes[issued++ % nodes.length]!;
        const answer = await send(`${node.url}${scenario.path(token, eventId)}`, scenario.method, scenario.body?.());
        latencies.push(answer.ms);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const ok = Object.entries(statuses).filter(([s]) => Number(s) >= 200 && Number(s) < 300).reduce((n, [, c]) => n + c, 0);
  return {
    route: scenario.name,
    nodes: nodes.length,
    requests: latencies.length,
    ok,
    statuses,
    seconds: round(seconds, 2),
    requests_per_s: Math.round(latencies.length / seconds),
    p50_ms: round(percentile(sorted, 50), 2),
    p99_ms: round(percentile(sorted, 99), 2),
    max_ms: round(sorted.at(-1) ?? 0, 2),
  };
}

async function topology(count: 1 | 2, redis: TestRedis | undefined) {
  const db = tempDbUrl();
  process.env.MARKT_SECRET = SECRET; // the stand tokens are derived from it
  const setup = await createServices(loadConfig({}, { dbUrl: db.url, log: () => undefined }));
  const eventId = await insertFair(setup, await createTenant(setup, 'Jobcenter Pankow'), smallFair());
  const token = (await standTokenOf(setup, eventId, 'st-1'))!;
  await closeServices(setup);
  delete process.env.MARKT_SECRET;
  const env: Record<string, string> = {
    MARKT_DB_URL: db.url,
    MARKT_SECRET: SECRET,
    MARKT_LEAD_LIMITS: 'phone=1000000,stand=1000000,kiosk=1000000',
    ...(redis ? { MARKT_REDIS_URL: redis.url } : {}),
  };
  const nodes = await Promise.all(Array.from({ length: count }, () => startNode(env)));
  try {
    const results = [];
    for (const scenario of SCENARIOS) {
      results.push(await run(nodes, scenario, token, eventId));
      console.log(JSON.stringify(results.at(-1)));
    }
    return results;
  } finally {
    for (const node of nodes) node.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    db.cleanup();
  }
}

const oneNode = await topology(1, undefined);
const redis = await startRedis();
let twoNodes;
try {
  twoNodes = await topology(2, redis);
} finally {
  await redis.stop();
}
agent.destroy();

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadavg_at_end: loadavg().map((n) => round(n, 2)) },
  settings: { seconds_per_scenario: SECONDS, max_requests_per_scenario: MAX_REQUESTS, concurrency: CONCURRENCY, host: '127.0.0.1' },
  note: 'Load generator and servers share the same cores; two nodes share one SQLite file (writes serialise on its lock) and talk through a local redis-server.',
  scenarios: [...oneNode, ...twoNodes],
};
// The repository's bench/results/, beside the other benchmarks' figures.
const out = join(here, '..', '..', '..', 'bench', 'results', 'load.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${out}`);
