import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import { sessionFromCookieHeader } from '../auth/session.js';
import type { Services } from '../services.js';
import { deviceByToken } from '../store/devices.js';
import { readFeed } from '../store/feed.js';
import { erasureEvents, providerLeadIds, type Erasure } from '../store/leads.js';
import type { FeedItem, KioskReport } from './hub.js';
import { acceptVisits, type VisitAck } from './ingest.js';
import { ClusterFeed, type FeedNotice } from './redis.js';
import { revokeEvents } from './revocations.js';
import { ActivityCache, BUCKET_MS, bucketEnd, readActivity, readStats, StatsPusher, type StatsMessage } from './stats.js';

/** What one socket may see, fixed at the handshake. */
export type Viewer =
  | { kind: 'booth'; deviceId: string; eventId: string; providerId: string }
  | { kind: 'kiosk'; deviceId: string; eventId: string }
  | { kind: 'organizer'; eventId: string };

/** A pushed item: `feed` carries one of these. */
export interface FeedMessage {
  seq: number;
  kind: 'visit' | 'lead';
  item: Record<string, unknown>;
}

/** The answer to `sync`: how many items were replayed and the last sequence number sent. */
export type SyncAck = { ok: true; replayed: number; lastSeq: number; leadIds?: string[] } | { ok: false; error: { code: string; message: string } };

interface ClientToServer {
  sync: (payload: { after?: unknown }, ack?: (answer: SyncAck) => void) => void;
  /** Kiosks only: a visit, acknowledged after COMMIT (see live/ingest.ts). */
  visit: (payload: unknown, ack?: (answer: VisitAck) => void) => void;
}
interface ServerToClient {
  feed: (message: FeedMessage) => void;
  revoked: (payload: { reason: string }) => void;
  /** Leads of this provider deleted on the server (erased by their visitor, or purged): drop them. */
  erased: (payload: { leadIds: string[] }) => void;
  /**
   * Organizers only: the event's totals (quizzes completed, visitors now, and visits and leads as aggregates per
   * 5 minutes with small counts suppressed; live/stats.ts). Organizers get no `feed` items (privacy review H2).
   */
  stats: (payload: StatsMessage) => void;
}
interface SocketData {
  viewer: Viewer;
  /** Counts `sync` calls, so a newer one supersedes a replay still running. */
  generation: number;
  /** While replaying: live items held back, then sent if newer than the replay. */
  buffer: FeedItem[] | undefined;
  /** False until the first `sync`: items before it come from the replay anyway. */
  live: boolean;
  /** In a cluster: the last seq sent, so that an item replayed and then delivered live is not sent twice. */
  sent: number;
}

/** Between server processes of a cluster (through the Redis adapter, see live/redis.ts). */
interface InterServer {
  'markt:feed': (notice: FeedNotice) => void;
  'markt:revoked': (deviceId: string) => void;
  /** A kiosk's report, with how long an `active` mark has left, so every node counts the cluster's kiosks. */
  'markt:kiosk': (report: KioskReport & { ttlMs: number }) => void;
  /** An event's stats may have changed on another node (a quiz): read them again. */
  'markt:stats': (eventId: string) => void;
}

type LiveSocket = Socket<ClientToServer, ServerToClient, InterServer, SocketData>;
/** The socket.io server with markt's event types. */
export type LiveServer = Server<ClientToServer, ServerToClient, InterServer, SocketData>;

/** Options of `attachLive`. */
export interface LiveOptions {
  /** A cluster adapter (`connectRedis(url).adapter`): items and revocations then reach every node. */
  adapter?: ServerOptions['adapter'] | undefined;
}

const REPLAY_PAGE = 500;

/**
 * The socket.io room of a provider's booth tablets at one event.
 * @param eventId the event
 * @param providerId the provider
 * @returns the room name
 * @example io.to(providerRoom('fair-1', 'p-care')).emit('feed', message);
 */
export const providerRoom = (eventId: string, providerId: string): string => `provider:${eventId}:${providerId}`;

/** The prefix of the organizers' event rooms. */
const EVENT_ROOM = 'event:';

/**
 * The socket.io room of an event's organizers.
 * @param eventId the event
 * @returns the room name
 * @example io.to(eventRoom('fair-1')).emit('feed', message);
 */
export const eventRoom = (eventId: string): string => `${EVENT_ROOM}${eventId}`;

/** An item as its provider's booth tablets see it (no other viewer gets items). */
function shape(item: FeedItem): FeedMessage {
  return { seq: item.seq, kind: item.kind, item: item.item };
}

function refuse(code: string, message: string): Error & { data: { code: string; message: string } } {
  return Object.assign(new Error(code), { data: { code, message } });
}

function sameHost(origin: string, host: string | undefined, publicUrl: string | undefined): boolean {
  try {
    const from = new URL(origin).host;
    return from === host || (publicUrl !== undefined && from === new URL(publicUrl).host);
  } catch {
    return false;
  }
}

async function identify(services: Services, socket: LiveSocket): Promise<Viewer> {
  const auth = (socket.handshake.auth ?? {}) as { token?: unknown; eventId?: unknown };
  if (typeof auth.token === 'string' && auth.token) {
    const device = await deviceByToken(services, auth.token);
    if (!device) throw refuse('UNAUTHORIZED', 'This device token is not known: pair the device again.');
    if (device.revokedAt) throw refuse('DEVICE_REVOKED', 'The organizer revoked this device: pair it again with a new code.');
    if (device.role === 'booth' && device.providerId) {
      return { kind: 'booth', deviceId: device.id, eventId: device.eventId, providerId: device.providerId };
    }
    return { kind: 'kiosk', deviceId: device.id, eventId: device.eventId };
  }
  const { origin, host } = socket.handshake.headers;
  // The session cookie rides along with any page's socket: accept it only from this server's own pages.
  if (origin && !sameHost(origin, host, services.config.publicUrl)) {
    throw refuse('FORBIDDEN', 'Organizer connections are accepted only from this server\'s own pages.');
  }
  const session = await sessionFromCookieHeader(services, socket.handshake.headers.cookie);
  if (!session) throw refuse('UNAUTHORIZED', 'Connect with a device token (auth: { token }) or as a logged-in organizer.');
  const eventId = typeof auth.eventId === 'string' ? auth.eventId : '';
  const event = (await services.db.execute({ sql: 'SELECT tenant_id FROM events WHERE id = ?', args: [eventId] })).rows[0];
  if (!event || String(event.tenant_id) !== session.tenantId) {
    throw refuse('FORBIDDEN', 'Name one of your events in the handshake: auth: { eventId }.');
  }
  return { kind: 'organizer', eventId };
}

/**
 * Sends a socket every item after `after` that it may see, from the database in seq order, then hands
 * over to live items without gap or duplicate: live items that arrive during the replay are held back
 * and sent afterwards only when newer than the last replayed one.
 */
async function replay(services: Services, socket: LiveSocket, after: number, cluster?: ClusterFeed<FeedItem>): Promise<SyncAck> {
  const { viewer } = socket.data;
  const generation = ++socket.data.generation;
  if (viewer.kind !== 'organizer' && (await isRevoked(services, viewer.deviceId))) {
    return { ok: false, error: { code: 'DEVICE_REVOKED', message: 'The organizer revoked this device.' } };
  }
  socket.data.buffer = [];
  let lastSeq = after;
  let replayed = 0;
  // Only booth tablets get items, their provider's own. Organizers get aggregates by `stats` only, never a
  // single visit or lead (privacy review H2); kiosks get nothing.
  if (viewer.kind === 'booth') {
    const { providerId } = viewer;
    // In a cluster, the node follows the event from before this replay's reads: nothing falls in between.
    if (cluster) await cluster.follow(viewer.eventId);
    // Replay up to the items committed by now; later ones reach the buffer. Without this bound, a replay
    // could chase a busy fair's newest items for ever (writes commit faster than pages are read and sent).
    const upTo = await lastCommittedSeq(services, viewer.eventId);
    for (;;) {
      const page = await readFeed(services.db, { eventId: viewer.eventId, providerId, after: lastSeq, limit: REPLAY_PAGE });
      if (generation !== socket.data.generation || socket.disconnected) {
        return { ok: false, error: { code: 'SUPERSEDED', message: 'A newer sync replaced this one.' } };
      }
      for (const item of page) {
        socket.emit('feed', shape(item));
        lastSeq = item.seq;
      }
      replayed += page.length;
      if (page.length === 0 || lastSeq >= upTo) break;
    }
  }
  const held = socket.data.buffer ?? [];
  socket.data.buffer = undefined;
  socket.data.live = true;
  for (const item of held.sort((a, b) => a.seq - b.seq)) {
    if (item.seq <= lastSeq) continue;
    socket.emit('feed', shape(item));
    lastSeq = item.seq;
  }
  socket.data.sent = lastSeq;
  return { ok: true, replayed, lastSeq };
}

/** The event's last sequence number in the database (0 for an unknown event). */
async function lastCommittedSeq(services: Services, eventId: string): Promise<number> {
  const row = (await services.db.execute({ sql: 'SELECT last_seq FROM events WHERE id = ?', args: [eventId] })).rows[0];
  return row ? Number(row.last_seq) : 0;
}

/** Revoked meanwhile, perhaps by another server process that shares the database. */
async function isRevoked(services: Services, deviceId: string): Promise<boolean> {
  const row = (await services.db.execute({ sql: 'SELECT revoked_at FROM devices WHERE id = ?', args: [deviceId] })).rows[0];
  return !row || row.revoked_at != null;
}

function revokeSocket(socket: LiveSocket): void {
  socket.emit('revoked', { reason: 'DEVICE_REVOKED' });
  socket.disconnect(true);
}

function deliver(socket: LiveSocket, item: FeedItem, ordered = false): void {
  if (socket.data.buffer) socket.data.buffer.push(item);
  else if (socket.data.live && !(ordered && item.seq <= socket.data.sent)) {
    socket.emit('feed', shape(item));
    socket.data.sent = item.seq;
  }
}

/**
 * Attaches socket.io to the HTTP server that serves Hono (docs/architecture.md, "Live sync").
 *
 * - Handshake: `auth: { token }` for a paired device, or the organizer's session cookie with
 *   `auth: { eventId }`. Refused with `connect_error` `UNAUTHORIZED`, `DEVICE_REVOKED` or `FORBIDDEN`
 *   (`error.data` is `{ code, message }`).
 * - Rooms: booth tablets join `provider:<eventId>:<providerId>`, organizers `event:<eventId>`; kiosks none.
 * - `sync { after }` (with an optional ack `{ ok, replayed, lastSeq }`): for a booth tablet every later item of
 *   its provider, as `feed { seq, kind, item }` in seq order, then live items. Organizers and kiosks get no
 *   items (the ack says `replayed: 0`): organizers see visits and leads only as aggregates in `stats`
 *   (counts per stand and provider per 5-minute period, small counts suppressed; privacy review H2). A booth's ack also has `leadIds`: the
 *   ids of its provider's leads still stored (after the replay), so a tablet drops those erased or purged.
 * - Leads erased or purged (store/leads.ts `erasureEvents`): `erased { leadIds }` to the provider's room.
 * - A revoked device (see `notifyRevoked`) gets `revoked` and is disconnected; its token is refused after.
 * - With a cluster adapter (`options.adapter`, see live/redis.ts): a committed item is announced to every node
 *   as `{ eventId, seq }` only (`io.serverSideEmit`); each node reads new items from the shared database in
 *   seq order (`ClusterFeed`) and sends them to its own sockets, never a seq twice. Revocations reach every node.
 *
 * @param httpServer the Node HTTP server
 * @param services the server services
 * @param options `adapter`: the Redis adapter when several processes serve one database
 * @returns the socket.io server
 * @example const io = attachLive(httpServer, services);
 */
export function attachLive(httpServer: HttpServer, services: Services, options: LiveOptions = {}): LiveServer {
  const clustered = options.adapter !== undefined;
  let cluster: ClusterFeed<FeedItem> | undefined;
  const io: LiveServer = new Server(httpServer, { serveClient: false, ...(options.adapter ? { adapter: options.adapter } : {}) });
  const { presence } = services.live;
  // Visits and leads reach organizers only as aggregates, read once per 5-minute period (live/stats.ts).
  const activity = new ActivityCache((eventId, now) => readActivity(services.db, eventId, now));
  const statsOf = async (eventId: string): Promise<StatsMessage> => {
    // Phones now by the time in the visit ids (real time, as before); visits and leads by their stored times.
    const [stats, counts] = await Promise.all([readStats(services.db, eventId, presence.count(eventId)), activity.get(eventId, services.now())]);
    return { ...stats, activity: counts };
  };
  // Each node pushes to its own organizers (`io.local`) what it reads; in a cluster every node learns of
  // every change (visits through the cluster feed, kiosks and quizzes below), so all push the same counts.
  const pusher = new StatsPusher({
    read: statsOf,
    send: (eventId, stats) => void io.local.to(eventRoom(eventId)).emit('stats', stats),
    watched: (eventId) => (io.sockets.adapter.rooms.get(eventRoom(eventId))?.size ?? 0) > 0,
    watchedEvents: () => [...io.sockets.adapter.rooms.keys()].filter((room) => room.startsWith(EVENT_ROOM)).map((room) => room.slice(EVENT_ROOM.length)),
    log: services.config.log,
  });

  // Visit and lead figures move on when a period ends: read the watched events then (a second after the
  // boundary), not only at the pusher's next 30-second tick.
  let boundary: ReturnType<typeof setTimeout> | undefined;
  const atBoundary = () => {
    const now = services.now().getTime();
    boundary = setTimeout(() => {
      for (const room of io.sockets.adapter.rooms.keys()) if (room.startsWith(EVENT_ROOM)) pusher.touch(room.slice(EVENT_ROOM.length));
      atBoundary();
    }, bucketEnd(now) + BUCKET_MS - now + 1000);
    boundary.unref?.();
  };
  atBoundary();

  io.use((socket, next) => {
    identify(services, socket).then(
      (viewer) => {
        socket.data = { viewer, generation: 0, buffer: undefined, live: false, sent: 0 };
        next();
      },
      // A refusal (unknown or revoked token) as it is; anything else (the database busy, say) is not the device's
      // fault: UNAVAILABLE, which a tablet retries, where UNAUTHORIZED would make it wipe itself and pair again.
      (error: Error) => {
        if (error.message === 'UNAUTHORIZED' || 'data' in error) return next(error);
        services.config.log({ level: 'error', msg: 'socket handshake check failed', error: String(error) });
        next(refuse('UNAVAILABLE', 'The server could not check this connection just now; try again.'));
      },
    );
  });

  io.on('connection', (socket) => {
    const { viewer } = socket.data;
    if (viewer.kind === 'booth') void socket.join(providerRoom(viewer.eventId, viewer.providerId));
    if (viewer.kind === 'organizer') {
      void socket.join(eventRoom(viewer.eventId));
      // In a cluster the node must follow the event for its phones-now count (QR visits committed on other
      // nodes arrive by the cluster feed); organizers send no `sync` that would start it.
      cluster?.follow(viewer.eventId).catch((error: unknown) => services.config.log({ level: 'error', msg: 'cluster follow failed', error: String(error) }));
      // The current counts at once; afterwards `stats` comes only when they change (see `pusher`).
      statsOf(viewer.eventId).then(
        (stats) => socket.emit('stats', stats),
        (error: unknown) => services.config.log({ level: 'error', msg: 'stats read failed', error: String(error) }),
      );
    }
    if (viewer.kind === 'kiosk') acceptVisits(services, socket, viewer.eventId);

    socket.on('sync', (payload: unknown, ack?: unknown) => {
      // `emit('sync', callback)` puts the callback where the payload would be.
      const reply = typeof ack === 'function' ? ack : typeof payload === 'function' ? payload : undefined;
      const answer = (result: SyncAck) => (reply ? (reply as (answer: SyncAck) => void)(result) : undefined);
      // No payload (socket.io sends a missing one as null) means `{ after: 0 }`.
      const body = typeof payload === 'function' || payload === null ? undefined : payload;
      if (body !== undefined && (typeof body !== 'object' || Array.isArray(body) || ArrayBuffer.isView(body))) {
        answer({ ok: false, error: { code: 'INVALID_INPUT', message: '"sync" takes an object: { after }.' } });
        return;
      }
      const after = (body as { after?: unknown } | undefined)?.after === undefined ? 0 : (body as { after: unknown }).after;
      if (typeof after !== 'number' || !Number.isSafeInteger(after) || after < 0) {
        answer({ ok: false, error: { code: 'INVALID_INPUT', message: '"after" must be a whole number ≥ 0.' } });
        return;
      }
      const withLeadIds = async (result: SyncAck): Promise<SyncAck> =>
        result.ok && viewer.kind === 'booth' ? { ...result, leadIds: await providerLeadIds(services.db, viewer.eventId, viewer.providerId) } : result;
      replay(services, socket, after, cluster).then(withLeadIds).then((result) => {
        answer(result);
        if (!result.ok && result.error.code === 'DEVICE_REVOKED') revokeSocket(socket);
      }, (error: unknown) => {
        socket.data.buffer = undefined;
        services.config.log({ level: 'error', msg: 'sync failed', error: String(error) });
        answer({ ok: false, error: { code: 'INTERNAL', message: 'The server could not replay the feed; try again.' } });
      });
    });
  });

  // A socket still replaying holds live items back, one not yet synced gets none (see `deliver`). In a
  // cluster every socket is checked against the last seq it got. On one node, the sockets of a room that
  // take the item live get it in ONE broadcast (`io.local.to(room).except(…)`): encoded once for the
  // room, not once per tablet, which is most of the time between COMMIT and the last tablet's arrival.
  const deliverHere = (item: FeedItem) => {
    if (item.kind === 'visit' && item.item.source === 'qr') pusher.touch(item.eventId);
    // Items go to the provider's booth tablets only: the event's organizers get aggregates (`stats`), not items.
    for (const room of [providerRoom(item.eventId, item.providerId)]) {
      const members = io.sockets.adapter.rooms.get(room);
      if (!members) continue;
      if (clustered) {
        for (const id of members) {
          const socket = io.sockets.sockets.get(id);
          if (socket) deliver(socket, item, true);
        }
        continue;
      }
      let anyLive = false;
      const held: string[] = [];
      for (const id of members) {
        const socket = io.sockets.sockets.get(id);
        if (!socket) continue;
        if (socket.data.buffer || !socket.data.live) {
          deliver(socket, item);
          held.push(id);
        } else {
          anyLive = true;
          socket.data.sent = item.seq;
        }
      }
      if (anyLive) io.local.to(room).except(held).emit('feed', shape(item));
    }
  };
  const revokeHere = (deviceId: string) => {
    presence.forget(deviceId);
    for (const socket of io.sockets.sockets.values()) {
      const { viewer } = socket.data;
      if (viewer && viewer.kind !== 'organizer' && viewer.deviceId === deviceId) revokeSocket(socket);
    }
  };
  io.on('markt:revoked', revokeHere);
  // In a cluster, items committed by any node are announced by seq only and read back in seq order.
  if (clustered) {
    cluster = new ClusterFeed<FeedItem>(
      (eventId) => lastCommittedSeq(services, eventId),
      (eventId, after) => readFeed(services.db, { eventId, after, limit: REPLAY_PAGE }),
      deliverHere,
      services.config.log,
    );
    io.on('markt:feed', (notice) => cluster?.notify(notice));
  }

  const unsubscribe = services.live.subscribe((item) => {
    if (!cluster) {
      deliverHere(item);
      return;
    }
    const notice = { eventId: item.eventId, seq: item.seq };
    cluster.notify(notice);
    io.serverSideEmit('markt:feed', notice);
  });

  const onRevoked = (deviceId: string) => {
    revokeHere(deviceId);
    if (clustered) io.serverSideEmit('markt:revoked', deviceId);
  };
  const onErased = ({ eventId, providerId, leadIds }: Erasure) => void io.to(providerRoom(eventId, providerId)).emit('erased', { leadIds });
  // Absolute counts, read again by each node for its own organizers (a quiz is announced to the others).
  const unsubscribeStats = services.live.subscribeStats(({ eventId }) => {
    pusher.touch(eventId);
    if (clustered) io.serverSideEmit('markt:stats', eventId);
  });
  const unsubscribePresence = presence.subscribe((eventId) => pusher.touch(eventId));
  const unsubscribeKiosk = services.live.subscribeKiosk((report) => {
    if (clustered) io.serverSideEmit('markt:kiosk', { ...report, ttlMs: presence.activeMs });
  });
  io.on('markt:stats', (eventId) => pusher.touch(eventId));
  io.on('markt:kiosk', ({ eventId, deviceId, state, ttlMs }) => void presence.mark(eventId, deviceId, state, ttlMs));
  erasureEvents.on('erased', onErased);
  revokeEvents.on('revoked', onRevoked);
  httpServer.once('close', () => {
    unsubscribe();
    unsubscribeStats();
    unsubscribePresence();
    unsubscribeKiosk();
    pusher.close();
    clearTimeout(boundary);
    revokeEvents.off('revoked', onRevoked);
    erasureEvents.off('erased', onErased);
  });
  return io;
}
