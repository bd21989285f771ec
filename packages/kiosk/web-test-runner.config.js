// Component tests in a real Chromium: Debian's /usr/bin/chromium by default,
// MARKT_CHROMIUM (or CHROME_PATH) to use another Chrome on other machines.
//
// STAND-INS: until packages/server lands, the phone/booth/net tests talk to tiny test stand-ins served
// by the test server itself, clearly under /__test__/: an HTTP API (`/__test__/api/…`, idempotent visits,
// pairing, error bodies) and a real socket.io server (path `/__test__/socket.io`) that speaks the live-sync
// protocol of docs/architecture.md. They exist only for the tests; the real server replaces them.
/* global process, URL */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { Server as SocketServer } from 'socket.io';

const executablePath = process.env.MARKT_CHROMIUM || process.env.CHROME_PATH || '/usr/bin/chromium';

/** State of the HTTP stand-in: visits by idempotency key, and how the next requests should fail. */
const standIn = { visits: new Map(), leads: new Map(), fixtures: new Map(), patches: [], attempts: 0, failNext: 0 };

async function readJson(req) {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : undefined;
}

function send(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

/** Test stand-in for the markt API (see above). */
async function testApiStandIn(ctx, next) {
  if (!ctx.path.startsWith('/__test__/api/')) return next();
  const path = ctx.path.slice('/__test__/api'.length);
  const body = ctx.method === 'GET' ? undefined : await readJson(ctx.req);
  if (path === '/reset') {
    standIn.visits.clear();
    standIn.leads.clear();
    standIn.fixtures.clear();
    standIn.patches.length = 0;
    standIn.attempts = 0;
    standIn.failNext = 0;
    return send(ctx, 200, { ok: true });
  }
  if (path === '/fail-next') {
    standIn.failNext = body.count;
    return send(ctx, 200, { ok: true });
  }
  if (path === '/fixture') {
    standIn.fixtures.set(body.path, body);
    return send(ctx, 200, { ok: true });
  }
  if (ctx.method === 'GET' && standIn.fixtures.has(path)) {
    const fixture = standIn.fixtures.get(path);
    if (typeof fixture.text === 'string') {
      ctx.status = 200;
      ctx.type = fixture.type ?? 'text/plain';
      ctx.body = fixture.text;
      return undefined;
    }
    return send(ctx, fixture.status ?? 200, fixture.body);
  }
  if (path === '/echo') {
    return send(ctx, 200, { method: ctx.method, authorization: ctx.get('authorization') || null, body: body ?? null });
  }
  if (path === '/error') {
    return send(ctx, 422, { error: { code: 'invalid_input', message: 'contact needs a phone number or an e-mail address', details: [{ path: 'contact', message: 'needs a phone number or an e-mail address' }] } });
  }
  const record = /^\/stand\/([\w-]+)\/(visits|leads)$/.exec(path);
  if (record && ctx.method === 'POST') {
    const store = standIn[record[2]];
    standIn.attempts += 1;
    // A stand removed from the event after its page was loaded: the server refuses for good.
    if (record[1].startsWith('gone')) return send(ctx, 410, { error: { code: 'gone', message: 'This stand is no longer at the fair.' } });
    if (standIn.failNext > 0) {
      standIn.failNext -= 1;
      return send(ctx, 503, { error: { code: 'unavailable', message: 'try again' } });
    }
    const known = store.get(body.idempotencyKey);
    if (known) return send(ctx, 200, { id: known.id, seq: known.seq });
    const answer = { id: `${record[2][0]}${store.size + 1}`, seq: store.size + 1 };
    store.set(body.idempotencyKey, { ...answer, token: record[1], body });
    return send(ctx, 201, answer);
  }
  if ((path === '/visits' || path === '/leads') && ctx.method === 'GET') {
    const store = standIn[path.slice(1)];
    return send(ctx, 200, { attempts: standIn.attempts, [path.slice(1)]: [...store.entries()].map(([key, v]) => ({ key, token: v.token, ...v.body })) });
  }
  const leadPatch = /^\/booth\/leads\/([\w-]+)$/.exec(path);
  if (leadPatch && ctx.method === 'PATCH') {
    standIn.patches.push({ id: leadPatch[1], authorization: ctx.get('authorization'), patch: body });
    return send(ctx, 200, { id: leadPatch[1], ...body });
  }
  if (path === '/patches' && ctx.method === 'GET') return send(ctx, 200, { patches: standIn.patches });
  if (path === '/pair' && ctx.method === 'POST') {
    if (body?.code === 'ABC123') return send(ctx, 200, { token: 'booth-token-1', role: 'booth', eventId: 'ev1', providerId: 'p1' });
    return send(ctx, 404, { error: { code: 'pairing_code_unknown', message: 'This code is unknown or expired.' } });
  }
  return send(ctx, 404, { error: { code: 'not_found', message: `no stand-in for ${ctx.method} ${path}` } });
}

/** Test stand-in for live sync: socket.io on /__test__/socket.io; token "revoked" is refused; `push` emits feed items. */
function socketStandIn() {
  return {
    name: 'markt-test-socket-stand-in',
    serverStart({ server }) {
      const io = new SocketServer(server, { path: '/__test__/socket.io', destroyUpgrade: false });
      const log = [];
      io.use((socket, next) => {
        if (socket.handshake.auth?.token === 'revoked') return next(new Error('device revoked'));
        return next();
      });
      io.on('connection', (socket) => {
        socket.on('sync', ({ after }) => {
          socket.emit('sync-seen', { after });
          for (const message of log.filter((m) => m.seq > after)) socket.emit('feed', message);
        });
        // Test control: add items to the log and push them to every other socket, reversed and twice (a flaky network).
        socket.on('test:push', (messages) => {
          for (const m of messages) if (!log.some((l) => l.seq === m.seq)) log.push(m);
          log.sort((a, b) => a.seq - b.seq);
          for (const m of [...messages].reverse()) socket.broadcast.emit('feed', m);
          for (const m of messages) socket.broadcast.emit('feed', m);
        });
        socket.on('test:reset', (ack) => {
          log.length = 0;
          ack?.();
        });
        socket.on('test:kick', () => socket.disconnect(true));
      });
    },
  };
}

/**
 * socket.io-client's development build imports the CommonJS `debug` package, which a browser cannot import
 * as an ES module; the tests get a silent stand-in (the production build has no `debug` at all).
 */
function debugStub() {
  return {
    name: 'markt-test-debug-stub',
    resolveImport({ source }) {
      if (source === 'debug') return '/__test__/debug-stub.js';
      return undefined;
    },
    serve(context) {
      if (context.path === '/__test__/debug-stub.js') {
        return { body: 'const debug = () => { const log = () => {}; log.enabled = false; log.extend = debug; return log; };\nexport default debug;\n', type: 'js' };
      }
      return undefined;
    },
  };
}

/**
 * REAL SERVER for the embed tests (src/embed): starts @markt/server from its source (through tsx) on
 * 127.0.0.1:0 with a temporary SQLite file and the demo fair, lets this test page's origin embed the demo
 * tenant's events (tenants.allowed_origins) and adds a second tenant whose event this origin may NOT read.
 * The tests find it at `/__markt_server__` → `{ url, eventId, otherEventId }` (started on the first request;
 * it stops with the test server).
 */
function marktRealServer() {
  const script = `
    import { mkdtempSync, rmSync } from 'node:fs';
    import { tmpdir } from 'node:os';
    import { join } from 'node:path';
    import { loadConfig } from './src/config.ts';
    import { startServer } from './src/server.ts';
    import { seedDemo } from './src/seed.ts';
    import { createTenant, insertFair } from './src/store/fair.ts';
    import { smallFair } from './test/fixtures.ts';
    const dir = mkdtempSync(join(tmpdir(), 'markt-embed-'));
    const server = await startServer(loadConfig({}, { host: '127.0.0.1', port: 0, dbUrl: 'file:' + join(dir, 'markt.db'), log: () => {} }));
    const { tenantId, eventId } = await seedDemo(server.services);
    await server.services.db.execute({ sql: 'UPDATE tenants SET allowed_origins = ? WHERE id = ?', args: [JSON.stringify([process.env.MARKT_EMBED_ORIGIN]), tenantId] });
    const other = await createTenant(server.services, 'Jobcenter Elsewhere', 'tenant-elsewhere');
    const otherEventId = await insertFair(server.services, other, smallFair('fair-elsewhere'));
    console.log(JSON.stringify({ url: server.url, eventId, otherEventId }));
    const stop = async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); process.exit(0); };
    process.on('SIGTERM', stop);
  `;
  let child;
  let origin;
  let started;
  const start = () => {
    child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: new URL('../server/', import.meta.url),
      env: { ...process.env, MARKT_EMBED_ORIGIN: origin },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the markt server for the embed tests exited (${code})`)));
      lines.once('line', (line) => resolve(line));
    });
  };
  return {
    name: 'markt-real-server',
    serverStart({ config }) {
      origin = `http://${config.hostname ?? 'localhost'}:${config.port}`;
    },
    serverStop() {
      child?.kill('SIGTERM');
    },
    // Started on the first request only, so test runs that do not need it never pay for it.
    async serve(context) {
      if (context.path !== '/__markt_server__') return undefined;
      started ??= start();
      return { body: await started, type: 'json' };
    },
  };
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'], browser: true },
  middleware: [testApiStandIn],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), socketStandIn(), debugStub(), marktRealServer()],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // The fairs are in Germany: pages run in the hall's time zone, so summer/winter time and "…Z" dates are tested.
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: 'Europe/Berlin' }),
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
};
