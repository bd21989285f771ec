import type { Client, Transaction } from '@libsql/client';

/**
 * A unit of work run inside the queue's write transaction. It must only use `tx`. `afterCommit` registers
 * what to do once its group is durable (publishing to live clients): hooks run synchronously right after
 * COMMIT, in the order the jobs ran (so in sequence-number order), before any job's promise resolves; the
 * hooks of a job that rolled back are dropped.
 */
export type WriteJob<T> = (tx: Transaction, afterCommit: (hook: () => void) => void) => Promise<T>;

interface Pending {
  job: WriteJob<unknown>;
  isolated: boolean;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Most event-loop turns a group waits for more jobs (each turn only while the last one brought some). */
const MAX_GATHER_TURNS = 4;

/** How one group commit went (for benchmarks): times are `performance.now()` milliseconds. */
export interface GroupTiming {
  /** Jobs in the group. */
  jobs: number;
  /** When the group started gathering (the event-loop turns it waits for more jobs begin). */
  gatheringAt: number;
  /** When its transaction began (BEGIN), after gathering. */
  beganAt: number;
  /** When its jobs' statements were done and COMMIT was sent (COMMIT's fsync follows). */
  committingAt: number;
  /** When COMMIT returned: the group is durable. */
  committedAt: number;
}

export interface WriteQueueOptions {
  /** Most jobs committed together in one transaction. */
  maxBatch?: number;
}

/**
 * All writes of the process pass through this queue (group commit).
 *
 * Jobs that arrive while a transaction is being committed wait, then run together in the next
 * transaction: one fsync for many acknowledged writes. Each job runs in its own SAVEPOINT, so a job
 * that throws (a constraint, a validation) is rolled back alone and rejects alone, while the others
 * commit. A job's promise resolves only after COMMIT has returned, i.e. after the write is durable:
 * acknowledge a client only then.
 *
 * One queue also serialises writers, which avoids the local-file client's known locking problems under
 * concurrent writers ("database is locked", a write lock left held after a busy error).
 *
 * @example
 * const queue = new WriteQueue(db);
 * const seq = await queue.run(async (tx) => nextSeq(tx, eventId));
 */
export class WriteQueue {
  readonly #db: Client;
  readonly #maxBatch: number;
  #pending: Pending[] = [];
  #running = false;
  #drained: Promise<void> = Promise.resolve();
  #closed = false;
  /** Writes that arrived (jobs, and writes that joined a queued job): a gathering group waits while it grows. */
  #arrivals = 0;
  /** Transactions committed so far, and jobs in them (for benchmarks and tests). */
  readonly stats = { commits: 0, jobs: 0 };
  #observer: ((timing: GroupTiming) => void) | undefined;

  constructor(db: Client, { maxBatch = 1000 }: WriteQueueOptions = {}) {
    this.#db = db;
    this.#maxBatch = maxBatch;
  }

  /**
   * Runs a job in the next group transaction.
   * @param job the work; receives the open transaction
   * @param options `isolated: false` skips the job's SAVEPOINT for jobs that cannot fail halfway
   *   (a failing job then fails the whole group, which is retried job by job)
   * @returns what the job returned, once its transaction is committed
   */
  run<T>(job: WriteJob<T>, { isolated = true }: { isolated?: boolean } = {}): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('The write queue is closed: the server is shutting down.'));
    this.#arrivals += 1;
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ job, isolated, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#running) {
        this.#running = true;
        this.#drained = this.#drain();
      }
    });
  }

  /**
   * Tells the queue that a write joined a job already queued (a batcher such as `VisitBatcher`), so a group
   * that is gathering waits another turn for more, as it would for a job of its own.
   * @returns nothing
   * @example if (alreadyScheduled) queue.joined();
   */
  joined(): void {
    this.#arrivals += 1;
  }

  /**
   * Calls `listener` after each committed group with its timings (benchmarks decompose latency with it).
   * @param listener the observer, or `undefined` to stop
   * @returns nothing
   * @example queue.observe((t) => samples.push(t.committedAt - t.beganAt));
   */
  observe(listener: ((timing: GroupTiming) => void) | undefined): void {
    this.#observer = listener;
  }

  /** Waits for every queued job, then refuses new ones. */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#running) await this.#drained;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#pending.length > 0) {
        // The local libSQL binding commits synchronously and so blocks the event loop: requests that
        // arrived meanwhile are still waiting in it. One turn of the loop lets them queue their jobs,
        // so they join this group instead of each paying for a commit of its own. While turns keep bringing
        // jobs (a burst being parsed), a few more turns fill the group further; a lone job waits one turn only.
        const gatheringAt = performance.now();
        let seen = -1;
        for (let turn = 0; turn < MAX_GATHER_TURNS && this.#arrivals !== seen && this.#pending.length < this.#maxBatch; turn++) {
          seen = this.#arrivals;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        const batch = this.#pending.splice(0, this.#maxBatch);
        await this.#commit(batch, gatheringAt);
      }
    } finally {
      // Cleared in the same synchronous step as the last emptiness check: a job queued at any later
      // moment sees `#running === false` and starts a new drain, so no job can be left waiting.
      this.#running = false;
    }
  }

  async #commit(batch: Pending[], gatheringAt = performance.now()): Promise<void> {
    const beganAt = performance.now();
    let tx: Transaction;
    try {
      tx = await this.#db.transaction('write');
      // Every write zeroes the bytes it frees (a lead's earlier notes after a change, a deleted row), so an
      // erasure or the purge leaves no old copy of a visitor's data in the file's free space. A connection
      // setting, and the client opens a connection per transaction: hence in every group.
      await tx.execute('PRAGMA secure_delete = ON');
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    const outcomes: { ok: boolean; value: unknown }[] = [];
    const hooks: (() => void)[] = [];
    let committingAt = 0;
    try {
      for (const item of batch) outcomes.push(await runOne(tx, item, hooks));
      committingAt = performance.now();
      await tx.commit();
    } catch (error) {
      tx.close();
      // The group failed as a whole (a non-isolated job, or COMMIT itself): retry each job alone,
      // so one bad job cannot take the others down with it.
      if (batch.length > 1) {
        for (const item of batch) await this.#commit([{ ...item, isolated: true }]);
      } else {
        for (const item of batch) item.reject(error);
      }
      return;
    }
    const committedAt = performance.now();
    // Durable now: publish in job order, before anyone hears of the commit (a later group cannot overtake).
    for (const hook of hooks) {
      try {
        hook();
      } catch (error) {
        console.error('markt: a hook after COMMIT failed', error);
      }
    }
    this.stats.commits += 1;
    this.stats.jobs += batch.length;
    this.#observer?.({ jobs: batch.length, gatheringAt, beganAt, committingAt, committedAt });
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.value);
    });
  }
}

async function runOne(tx: Transaction, item: Pending, hooks: (() => void)[]): Promise<{ ok: boolean; value: unknown }> {
  const own: (() => void)[] = [];
  const afterCommit = (hook: () => void): void => void own.push(hook);
  if (!item.isolated) {
    const value = await item.job(tx, afterCommit);
    hooks.push(...own);
    return { ok: true, value };
  }
  await tx.execute('SAVEPOINT job');
  try {
    const value = await item.job(tx, afterCommit);
    await tx.execute('RELEASE job');
    hooks.push(...own);
    return { ok: true, value };
  } catch (error) {
    await tx.execute('ROLLBACK TO job');
    await tx.execute('RELEASE job');
    return { ok: false, value: error };
  }
}
