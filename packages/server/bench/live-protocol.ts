/** Messages between bench/live.bench.ts (the parent) and bench/live-server.ts (the server child). */

/** How many booth tablets, for how many providers. */
export interface BenchLayout {
  providers: number;
  tabletsPerProvider: number;
  kiosks: number;
}

/** Parent → server child. */
export type ParentMessage =
  | { type: 'rss'; id: number }
  | { type: 'stats'; id: number }
  | { type: 'raw'; provider: number; n: number }
  | { type: 'rawInsert'; id: number; rows: number; batch: number }
  /** Start (`on`) or stop tracing: per-visit server times, group commits, event-loop delay. */
  | { type: 'trace'; id: number; on: boolean }
  | { type: 'close'; id: number };

/** Server child → parent, once it listens. */
export interface ServerReady {
  type: 'ready';
  url: string;
  eventId: string;
  tablets: { token: string; providerId: string }[];
  /** The QR token of provider `p-<i>`'s stand at index i. */
  standTokens: string[];
  /** A stand whose provider has no tablets: ingest there measures the write path, not the client's sockets. */
  ingestToken: string;
  /** Paired kiosks (their device tokens), for ingest over socket events. */
  kioskTokens: string[];
}

/** Server child → parent, answering a request with the same id. */
export type ServerReply =
  | { type: 'rss'; id: number; rss: number; peakRss: number; heapUsed: number; external: number }
  | { type: 'stats'; id: number; commits: number; jobs: number; sockets: number; cpuMicros: number }
  | { type: 'rawInsert'; id: number; rows: number; seconds: number; perSecond: number; cpuMicros: number }
  | ({ type: 'trace'; id: number } & ServerTrace)
  | { type: 'closed'; id: number };

/**
 * Server-side times of the traced visits, as absolute milliseconds (`performance.timeOrigin + performance.now()`,
 * comparable across the two processes of one machine).
 */
export interface ServerTrace {
  /** Per bench visit number (header `x-bench-n`): when the server's HTTP layer got the request. */
  received: Record<string, number>;
  /** Per visit id: when the live hub got it (after COMMIT), and when the socket layer had emitted it to every tablet. */
  published: Record<string, [number, number]>;
  /** Group commits: jobs, gathering start, BEGIN, COMMIT sent, COMMIT returned. */
  groups: [number, number, number, number, number][];
  /** Event-loop delay while tracing (ms). */
  loopDelayMs: { p50: number; p99: number; max: number };
  /** Garbage-collection pauses while tracing: absolute start and duration (ms). */
  gc: [number, number][];
}
