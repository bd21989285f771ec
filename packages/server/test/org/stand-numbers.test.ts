import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStandNumbers, writeResource } from '../../src/store/events.js';
import { smallFair } from '../fixtures.js';
import { orgWorld, type Login, type OrgWorld } from './setup.js';

// fair-test holds st-1 (number "1", provider p-care) and st-2 (number "2", provider p-debt).
let w: OrgWorld;
let org: Login;
beforeAll(async () => {
  w = await orgWorld();
  org = await w.org1();
});
afterAll(async () => w.dispose());

const E = '/api/org/events/fair-test';
type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string; line?: number }[] } };

/** Every stand of every event and the events themselves: a refused write must leave this unchanged. */
async function snapshot(): Promise<string> {
  const stands = (await w.services.db.execute('SELECT * FROM stands ORDER BY event_id, id')).rows;
  const events = (await w.services.db.execute('SELECT id, data, updated_at FROM events ORDER BY id')).rows;
  return JSON.stringify([stands, events]);
}

const numbers = async (eventId = 'fair-test') =>
  Object.fromEntries(
    (await w.services.db.execute({ sql: "SELECT id, json_extract(data, '$.number') AS n FROM stands WHERE event_id = ? ORDER BY id", args: [eventId] })).rows.map(
      (r) => [String(r.id), String(r.n)],
    ),
  );

async function expectTaken(res: Response, details: { path: string; message: string }[]): Promise<ErrorBody> {
  expect(res.status).toBe(409);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe('STAND_NUMBER_TAKEN');
  expect(body.error.message).toMatch(/already used by another stand/);
  expect(body.error.details?.map(({ path, message }) => ({ path, message }))).toEqual(details);
  return body;
}

describe('organizer API: a stand number is unique within its event', () => {
  it('refuses a new stand with a number another stand has (trimmed, any case), names the field and writes nothing', async () => {
    const before = await snapshot();
    await expectTaken(await w.send('POST', `${E}/stands`, { id: 'st-new', providerId: 'p-care', number: ' 1 ' }, org), [
      { path: 'number', message: 'is already stand st-1' },
    ]);
    expect(await snapshot()).toBe(before);

    expect((await w.send('POST', `${E}/stands`, { id: 'st-12a', providerId: 'p-care', number: '12a' }, org)).status).toBe(201);
    const after12a = await snapshot();
    await expectTaken(await w.send('POST', `${E}/stands`, { id: 'st-12b', providerId: 'p-debt', number: '12A' }, org), [
      { path: 'number', message: 'is already stand st-12a' },
    ]);
    expect(await snapshot()).toBe(after12a);
    expect((await w.send('DELETE', `${E}/stands/st-12a`, undefined, org)).status).toBe(204);
  });

  it('refuses to renumber a stand to another stand\'s number and leaves both unchanged', async () => {
    const before = await snapshot();
    await expectTaken(await w.send('PUT', `${E}/stands/st-2`, { providerId: 'p-debt', number: '1' }, org), [
      { path: 'number', message: 'is already stand st-1' },
    ]);
    expect(await snapshot()).toBe(before);
    expect(await numbers()).toEqual({ 'st-1': '1', 'st-2': '2' });
  });

  it('accepts a stand saved with its own number (moved on the plan), and a number only another event uses', async () => {
    const res = await w.send('PUT', `${E}/stands/st-1`, { providerId: 'p-care', number: '1', position: { x: 12, y: 6 } }, org);
    expect(res.status).toBe(200);
    const stored = await w.send('GET', `${E}/stands/st-1`, undefined, org);
    expect(((await stored.json()) as { position: unknown }).position).toEqual({ x: 12, y: 6 });
    // fair-other (another tenant) has a stand "2" too; renumbering within fair-test to a free number works.
    expect((await w.send('PUT', `${E}/stands/st-2`, { providerId: 'p-debt', number: ' 3 ' }, org)).status).toBe(200);
    expect((await w.send('PUT', `${E}/stands/st-2`, { providerId: 'p-debt', number: '2' }, org)).status).toBe(200);
    expect(await numbers()).toEqual({ 'st-1': '1', 'st-2': '2' });
  });

  it('lets exactly one of two concurrent requests take a free number (the check runs inside the write job)', async () => {
    const [a, b] = await Promise.all([
      w.send('POST', `${E}/stands`, { id: 'st-race-a', providerId: 'p-care', number: '40' }, org),
      w.send('POST', `${E}/stands`, { id: 'st-race-b', providerId: 'p-debt', number: '40' }, org),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const rows = (await w.services.db.execute("SELECT id FROM stands WHERE event_id = 'fair-test' AND json_extract(data, '$.number') = '40'")).rows;
    expect(rows).toHaveLength(1);
    expect((await w.send('DELETE', `${E}/stands/${String(rows[0]!.id)}`, undefined, org)).status).toBe(204);
  });

  it('lets a database that already holds duplicates be fixed: other stands still save, a duplicate must be renumbered', async () => {
    // What an older database may hold (there is deliberately no UNIQUE index, so migrations never fail on it).
    const legacy = { id: 'st-legacy', eventId: 'fair-test', providerId: 'p-debt', number: '1' };
    await w.services.db.execute({
      sql: "INSERT INTO stands (event_id, id, provider_id, data, token_rev, token_hash) VALUES ('fair-test', 'st-legacy', 'p-debt', ?, 1, 'x')",
      args: [JSON.stringify(legacy)],
    });
    expect((await w.send('PUT', `${E}/stands/st-2`, { providerId: 'p-debt', number: '2', label: 'Schuldnerberatung' }, org)).status).toBe(200);
    const before = await snapshot();
    await expectTaken(await w.send('PUT', `${E}/stands/st-legacy`, { providerId: 'p-debt', number: '1', label: 'Neu' }, org), [
      { path: 'number', message: 'is already stand st-1' },
    ]);
    expect(await snapshot()).toBe(before);
    expect((await w.send('PUT', `${E}/stands/st-legacy`, { providerId: 'p-debt', number: '1b' }, org)).status).toBe(200);
    expect((await w.send('DELETE', `${E}/stands/st-legacy`, undefined, org)).status).toBe(204);
  });
});

describe('clone: an event whose stands repeat a number', () => {
  it('is cloned with its providers only once the number is fixed; without providers it clones at once', async () => {
    const legacy = { id: 'st-x-legacy', eventId: 'fair-test', providerId: 'p-debt', number: '1 ' };
    await w.services.db.execute({
      sql: "INSERT INTO stands (event_id, id, provider_id, data, token_rev, token_hash) VALUES ('fair-test', 'st-x-legacy', 'p-debt', ?, 1, 'x')",
      args: [JSON.stringify(legacy)],
    });
    const clone = (id: string, includeProviders: boolean) =>
      w.send('POST', `${E}/clone`, { id, startsAt: '2027-09-01T09:00:00+02:00', endsAt: '2027-09-01T15:00:00+02:00', venue: { name: 'Halle' }, includeProviders, includeOffers: false }, org);
    const before = await snapshot();
    await expectTaken(await clone('fair-copy', true), [
      { path: 'stands.0.number', message: 'is already stand st-x-legacy' },
      { path: 'stands.2.number', message: 'is already stand st-1' },
    ]);
    expect(await snapshot()).toBe(before);
    expect((await clone('fair-copy-plain', false)).status).toBe(201);
    expect((await w.send('PUT', `${E}/stands/st-x-legacy`, { providerId: 'p-debt', number: '1b' }, org)).status).toBe(200);
    expect((await clone('fair-copy', true)).status).toBe(201);
    expect(await numbers('fair-copy')).toEqual({ 'st-1': '1', 'st-2': '2', 'st-x-legacy': '1b' });
    expect((await w.send('DELETE', `${E}/stands/st-x-legacy`, undefined, org)).status).toBe(204);
  });
});

describe('write transactions: the end state decides', () => {
  it('accepts swapping two numbers inside one write job, and refuses a job whose end state repeats one', async () => {
    const { services } = w;
    const stand = (id: string, providerId: string, number: string) => ({ id, eventId: 'fair-test', providerId, number });
    await services.queue.run(async (tx) => {
      await writeResource(tx, services, 'fair-test', 'stands', stand('st-1', 'p-care', '2'), 'replace', { deferStandNumberCheck: true });
      await writeResource(tx, services, 'fair-test', 'stands', stand('st-2', 'p-debt', '1'), 'replace', { deferStandNumberCheck: true });
      await checkStandNumbers(tx, 'fair-test', ['st-1', 'st-2']);
    });
    expect(await numbers()).toEqual({ 'st-1': '2', 'st-2': '1' });

    const before = await snapshot();
    const job = services.queue.run(async (tx) => {
      await writeResource(tx, services, 'fair-test', 'stands', stand('st-1', 'p-care', '1'), 'replace', { deferStandNumberCheck: true });
      await checkStandNumbers(tx, 'fair-test', ['st-1']);
    });
    await expect(job).rejects.toMatchObject({ status: 409, code: 'STAND_NUMBER_TAKEN', details: [{ path: 'number', message: 'is already stand st-2' }] });
    expect(await snapshot()).toBe(before);

    // Back to the fixture's numbers for the other tests.
    await services.queue.run(async (tx) => {
      await writeResource(tx, services, 'fair-test', 'stands', stand('st-1', 'p-care', '1'), 'replace', { deferStandNumberCheck: true });
      await writeResource(tx, services, 'fair-test', 'stands', stand('st-2', 'p-debt', '2'), 'replace', { deferStandNumberCheck: true });
      await checkStandNumbers(tx, 'fair-test', ['st-1', 'st-2']);
    });
    expect(await numbers()).toEqual({ 'st-1': '1', 'st-2': '2' });
  });
});

describe('template import: a stand number is unique within the new event', () => {
  const dates = { startsAt: '2027-09-01T09:00:00+02:00', endsAt: '2027-09-01T15:00:00+02:00' };
  function template(stands: { id: string; providerId: string; number: string }[]) {
    const { event, providers, offers, radar } = smallFair('ignored');
    const { id: _id, ...rest } = event;
    return { format: 'markt-template', version: 1, event: rest, providers, offers, stands, radar };
  }

  it('refuses a template whose stands repeat a number (trimmed, any case), naming the rows, and creates no event', async () => {
    const before = await snapshot();
    const body = {
      ...dates,
      id: 'ev-dupes',
      template: template([
        { id: 's-a', providerId: 'p-care', number: '12a' },
        { id: 's-b', providerId: 'p-debt', number: '7' },
        { id: 's-c', providerId: 'p-debt', number: ' 12A' },
      ]),
    };
    await expectTaken(await w.send('POST', '/api/org/events/import-template', body, org), [
      { path: 'template.stands.0.number', message: 'is already stand s-c' },
      { path: 'template.stands.2.number', message: 'is already stand s-a' },
    ]);
    expect(await snapshot()).toBe(before);
    expect((await w.services.db.execute("SELECT 1 FROM events WHERE id = 'ev-dupes'")).rows).toHaveLength(0);
  });

  it('imports a template whose stands swapped numbers compared with the source (only the file\'s end state counts)', async () => {
    const body = {
      ...dates,
      id: 'ev-swapped',
      template: template([
        { id: 'st-1', providerId: 'p-care', number: '2' },
        { id: 'st-2', providerId: 'p-debt', number: '1' },
      ]),
    };
    const res = await w.send('POST', '/api/org/events/import-template', body, org);
    expect(res.status).toBe(201);
    expect(await numbers('ev-swapped')).toEqual({ 'st-1': '2', 'st-2': '1' });
  });
});
