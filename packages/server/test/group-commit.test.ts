import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, startServer, type RunningServer } from '../src/index.js';
import { createTenant, insertFair, standTokenOf } from '../src/store/fair.js';
import { smallFair } from './fixtures.js';
import { tempDbUrl } from './helpers.js';

describe('group commit over real HTTP', () => {
  let server: RunningServer;
  let temp: ReturnType<typeof tempDbUrl>;
  let token: string;
  beforeAll(async () => {
    temp = tempDbUrl();
    server = await startServer(loadConfig({}, { port: 0, dbUrl: temp.url, log: () => {} }));
    const tenant = await createTenant(server.services, 'Jobcenter Test');
    const eventId = await insertFair(server.services, tenant, smallFair());
    token = (await standTokenOf(server.services, eventId, 'st-1'))!;
  });
  afterAll(async () => {
    await server.close();
    temp.cleanup();
  });

  it('commits visits from concurrent phones together, not one transaction per request', async () => {
    const { stats } = server.services.queue;
    const before = { ...stats };
    const senders = 40;
    const perSender = 10;
    await Promise.all(
      Array.from({ length: senders }, async (_, s) => {
        for (let i = 0; i < perSender; i++) {
          const res = await fetch(`${server.url}/api/stand/${token}/visits`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ deviceId: `device_${s}_0123456789ab`, idempotencyKey: `visit_${s}_${i}_0123456789` }),
          });
          expect(res.status).toBe(201);
        }
      }),
    );
    const jobs = stats.jobs - before.jobs;
    const commits = stats.commits - before.commits;
    expect(jobs).toBe(senders * perSender);
    // Without a turn of the event loop before each group, every request was committed alone (commits = jobs).
    expect(commits).toBeLessThan(jobs / 4);
  });
});
