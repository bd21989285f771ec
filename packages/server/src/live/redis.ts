import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';

/** How many cluster messages the Redis stream keeps (memory only; older ones are trimmed). */
export const REDIS_STREAM_MAX_LEN = 1000;

/** The socket.io adapter factory and the way to close its Redis connection. */
export interface RedisLink {
  /** Pass as socket.io's `adapter` option. */
  adapter: ReturnType<typeof createAdapter>;
  /** Closes the Redis connection (after `io.close()`). */
  close(): Promise<void>;
}

/**
 * Connects to Redis and builds socket.io's Redis Streams adapter, so that several server processes behind a
 * load balancer form one cluster: a live item published on one node and a revocation on one node reach the
 * sockets on every node (`attachLive` sends them with `io.serverSideEmit`). Missed items are still replayed
 * from the database by `sync { after }`; Redis only carries what is live. The stream holds at most
 * `REDIS_STREAM_MAX_LEN` messages and Redis should run without persistence (docs/deployment.md).
 * An unreachable Redis fails here at once; a connection lost later is retried, and the node keeps serving.
 * @param url the Redis URL, e.g. `redis://127.0.0.1:6379`
 * @param log where connection errors are logged
 * @returns the adapter factory and a `close()` for the connection
 * @example const redis = await connectRedis(process.env.MARKT_REDIS_URL!); attachLive(http, services, { adapter: redis.adapter });
 */
export async function connectRedis(url: string, log: (line: Record<string, unknown>) => void = () => undefined): Promise<RedisLink> {
  let started = false;
  const client = createClient({
    url,
    // At start a wrong URL fails at once (with the reason); once running, a lost connection is retried.
    socket: { reconnectStrategy: (retries: number, cause: Error) => (started ? Math.min(100 * 2 ** retries, 5000) : cause) },
  });
  // Without an 'error' listener a lost connection would crash the process.
  client.on('error', (error: unknown) => {
    if (started) log({ level: 'warn', msg: 'Redis connection error (reconnecting)', error: String(error) });
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`MARKT_REDIS_URL: cannot connect to Redis at ${redact(url)} (${String(error)}).`);
  }
  started = true;
  // The adapter sends server-side emits with PUBLISH and drops the promise: while Redis is away each one would
  // reject unhandled, which ends a Node process. Handled here; a lost notice is made up by the next one
  // (ClusterFeed reads everything after its cursor).
  const publish = client.publish.bind(client);
  Object.assign(client, {
    publish: (...args: Parameters<typeof publish>) => {
      const sent = publish(...args);
      sent.catch(() => undefined);
      return sent;
    },
  });
  return {
    adapter: createAdapter(client, { streamName: 'markt:live', maxLen: REDIS_STREAM_MAX_LEN, onlyPlaintext: true }),
    async close() {
      if (!client.isOpen) return;
      // A graceful close waits for Redis; if it is away, give up after a second and drop the connection.
      if (client.isReady) await Promise.race([client.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000))]);
      if (client.isOpen) client.destroy();
    },
  };
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an invalid URL)';
  }
}

/** What a node tells the others after a commit: only where to look, never the item (no personal data in Redis). */
export interface FeedNotice {
  eventId: string;
  seq: number;
}

/**
 * A node's view of the live feeds in a cluster. Items committed by any node are announced (`notify`) by event
 * and seq only; the node then reads everything after its cursor for that event from the shared database, in
 * seq order, and hands each item to its own sockets. Notices may arrive late or out of order (they come from
 * several processes); reading from the database puts items back in seq order and fills gaps, even those left
 * by a node that died between its commit and its notice.
 * @example const feed = new ClusterFeed((after) => readFeed(db, { eventId, after }), deliver);
 */
export class ClusterFeed<T extends FeedItemLike> {
  readonly #cursor = new Map<string, number>();
  readonly #pulling = new Set<string>();
  readonly #again = new Set<string>();
  readonly #following = new Map<string, Promise<void>>();

  /**
   * @param lastSeq reads an event's last committed seq
   * @param read reads an event's items after a seq (all providers), in seq order
   * @param deliver hands one item to this node's sockets
   * @param log where a failed read is logged
   */
  constructor(
    private readonly lastSeq: (eventId: string) => Promise<number>,
    private readonly read: (eventId: string, after: number) => Promise<T[]>,
    private readonly deliver: (item: T) => void,
    private readonly log: (line: Record<string, unknown>) => void = () => undefined,
  ) {}

  /**
   * Starts following an event (once per node), from its last committed seq. Call it before a socket's replay
   * reads the database: whatever commits later reaches the socket through `notify`.
   * @param eventId the event
   * @returns when the node follows the event
   */
  follow(eventId: string): Promise<void> {
    if (this.#cursor.has(eventId)) return Promise.resolve();
    let following = this.#following.get(eventId);
    if (!following) {
      following = this.lastSeq(eventId).then((seq) => {
        this.#cursor.set(eventId, seq);
        this.#following.delete(eventId);
        if (this.#again.delete(eventId)) this.notify({ eventId, seq });
      });
      following.catch(() => this.#following.delete(eventId));
      this.#following.set(eventId, following);
    }
    return following;
  }

  /**
   * Something was committed at an event: read and deliver what is new (coalesced while a read runs).
   * @param notice the event and the committed seq
   */
  notify(notice: FeedNotice): void {
    const cursor = this.#cursor.get(notice.eventId);
    if (cursor === undefined) {
      if (this.#following.has(notice.eventId)) this.#again.add(notice.eventId);
      return;
    }
    if (notice.seq <= cursor && !this.#pulling.has(notice.eventId)) return;
    if (this.#pulling.has(notice.eventId)) {
      this.#again.add(notice.eventId);
      return;
    }
    this.#pulling.add(notice.eventId);
    void this.#pull(notice.eventId);
  }

  async #pull(eventId: string): Promise<void> {
    try {
      do {
        this.#again.delete(eventId);
        for (;;) {
          const page = await this.read(eventId, this.#cursor.get(eventId) ?? 0);
          for (const item of page) {
            this.#cursor.set(eventId, item.seq);
            this.deliver(item);
          }
          if (page.length === 0) break;
        }
      } while (this.#again.has(eventId));
    } catch (error) {
      this.log({ level: 'error', msg: 'reading the live feed after a notice failed; the next notice retries', eventId, error: String(error) });
    } finally {
      this.#pulling.delete(eventId);
    }
  }
}

/** The part of a feed item that `ClusterFeed` needs. */
export interface FeedItemLike {
  eventId: string;
  seq: number;
}
