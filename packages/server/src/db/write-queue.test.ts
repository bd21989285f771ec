import { createClient } from '@libsql/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDbUrl } from '../../test/helpers.js';
import { WriteQueue, type GroupTiming } from './write-queue.js';

describe('WriteQueue', () => {
  let db: ReturnType<typeof createClient>;
  let temp: ReturnType<typeof tempDbUrl>;

  beforeEach(async () => {
    temp = tempDbUrl();
    db = createClient({ url: temp.url });
    await db.execute('PRAGMA journal_mode = WAL');
    await db.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)');
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('commits concurrent writes together in fewer transactions than jobs (group commit)', async () => {
    const queue = new WriteQueue(db);
    const jobs = Array.from({ length: 300 }, (_, i) =>
      queue.run(async (tx) => (await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?) RETURNING id', args: [`v${i}`] })).rows[0]!.id),
    );
    const ids = await Promise.all(jobs);
    expect(new Set(ids).size).toBe(300);
    expect(queue.stats.jobs).toBe(300);
    expect(queue.stats.commits).toBeLessThan(300);
    expect(Number((await db.execute('SELECT count(*) FROM t')).rows[0]![0])).toBe(300);
  });

  it('runs after-commit hooks in job order before any job resolves, and drops the hooks of a job that rolled back', async () => {
    const queue = new WriteQueue(db);
    const events: string[] = [];
    const job = (v: string, fail = false) =>
      queue
        .run(async (tx, afterCommit) => {
          await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [v] });
          afterCommit(() => events.push(`hook ${v}`));
          if (fail) throw new Error(`${v} fails`);
          return v;
        })
        .then(
          (value) => events.push(`resolved ${value}`),
          () => events.push(`rejected ${v}`),
        );
    // One group: the middle job rolls back to its savepoint.
    await Promise.all([job('a'), job('b', true), job('c')]);
    expect(events.slice(0, 2)).toEqual(['hook a', 'hook c']);
    expect(events.slice(2).sort()).toEqual(['rejected b', 'resolved a', 'resolved c']);
    expect((await db.execute('SELECT v FROM t ORDER BY id')).rows.map((r) => r.v)).toEqual(['a', 'c']);
  });

  it('runs a job queued right after the previous one resolved (no job is left waiting)', async () => {
    const queue = new WriteQueue(db);
    // The next job arrives 0…7 microtask hops after the previous one resolved: one of these lands in
    // the moment between the drain loop seeing an empty queue and the queue being marked idle.
    for (let i = 0; i < 24; i++) {
      await queue.run((tx) => tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [`seq${i}`] }));
      for (let hop = 0; hop < i % 8; hop++) await Promise.resolve();
    }
    expect((await db.execute('SELECT count(*) AS n FROM t')).rows[0]!.n).toBe(24);
  });

  it('rolls back a failing job alone and commits the others of its group', async () => {
    const queue = new WriteQueue(db);
    const results = await Promise.allSettled([
      queue.run((tx) => tx.execute("INSERT INTO t (v) VALUES ('a')")),
      queue.run(async (tx) => {
        await tx.execute("INSERT INTO t (v) VALUES ('half-done')");
        await tx.execute("INSERT INTO t (v) VALUES ('a')"); // violates UNIQUE
      }),
      queue.run((tx) => tx.execute("INSERT INTO t (v) VALUES ('b')")),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const values = (await db.execute('SELECT v FROM t ORDER BY v')).rows.map((r) => r.v);
    expect(values).toEqual(['a', 'b']);
  });

  it('resolves a job only after its data is visible to other connections (committed)', async () => {
    const queue = new WriteQueue(db);
    const other = createClient({ url: temp.url });
    await queue.run((tx) => tx.execute("INSERT INTO t (v) VALUES ('durable')"));
    expect((await other.execute("SELECT count(*) AS n FROM t WHERE v = 'durable'")).rows[0]!.n).toBe(1);
    other.close();
  });

  it('retries each job alone when a non-isolated job fails the whole group', async () => {
    const queue = new WriteQueue(db);
    const results = await Promise.allSettled([
      queue.run((tx) => tx.execute("INSERT INTO t (v) VALUES ('x')"), { isolated: false }),
      queue.run((tx) => tx.execute("INSERT INTO t (v) VALUES ('x')"), { isolated: false }),
      queue.run((tx) => tx.execute("INSERT INTO t (v) VALUES ('y')"), { isolated: false }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await db.execute('SELECT count(*) AS n FROM t')).rows[0]!.n).toBe(2);
  });

  it('reports each committed group to its observer: jobs, and gathering ≤ BEGIN ≤ COMMIT sent ≤ COMMIT returned', async () => {
    const queue = new WriteQueue(db);
    const groups: GroupTiming[] = [];
    queue.observe((timing) => groups.push(timing));
    await Promise.all(['a', 'b', 'c'].map((v) => queue.run((tx) => tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [v] }))));
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group!.jobs).toBe(3);
    expect(group!.gatheringAt).toBeLessThanOrEqual(group!.beganAt);
    expect(group!.beganAt).toBeLessThanOrEqual(group!.committingAt);
    expect(group!.committingAt).toBeLessThanOrEqual(group!.committedAt);
    queue.observe(undefined);
    await queue.run((tx) => tx.execute("INSERT INTO t (v) VALUES ('d')"));
    expect(groups).toHaveLength(1);
  });

  it('refuses work after close() and finishes what was queued before', async () => {
    const queue = new WriteQueue(db);
    const before = queue.run((tx) => tx.execute("INSERT INTO t (v) VALUES ('before')"));
    await queue.close();
    await expect(before).resolves.toBeDefined();
    await expect(queue.run((tx) => tx.execute("INSERT INTO t (v) VALUES ('after')"))).rejects.toThrow(/closed/);
  });
});
