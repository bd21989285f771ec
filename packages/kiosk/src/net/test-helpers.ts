// Helpers for the net tests (not shipped: only imported by *.test.ts).
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { KeyValueStorage } from './device-id.js';

/** A Map-backed storage that can be shared by two outboxes, like one localStorage after a reload. */
export function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/** Resolves when `check` is true, polling every 10 ms; rejects after `timeout` ms. */
export async function until(check: () => boolean, timeout = 4000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Opens a real socket.io-client socket to the /__test__/ stand-in server, answering `sync` with `{ ok: true }`
 * as the real server does (the stand-in replays but does not ack, and the feed is "live" only after an ack).
 */
export function ackingStandIn(url: string | undefined, options: Partial<ManagerOptions & SocketOptions>): Socket {
  const socket = io(url, options);
  const emit = socket.emit.bind(socket) as (event: string, ...args: unknown[]) => Socket;
  const patched = (event: string, ...args: unknown[]): Socket => {
    const ack = typeof args.at(-1) === 'function' ? (args.pop() as (answer: unknown) => void) : undefined;
    emit(event, ...args);
    if (event === 'sync' && ack) setTimeout(() => ack({ ok: true, replayed: 0 }), 0);
    return socket;
  };
  socket.emit = patched as unknown as Socket['emit'];
  return socket;
}

/** A socket a test drives by hand: what the code under test registered, and every `sync` it sent. */
export interface ScriptedSocket {
  socket: Socket;
  /** The handlers registered with `on`, by event name: call one to play the server. */
  handlers: Map<string, (...args: unknown[]) => void>;
  /** Each `sync` sent: when, its `after`, and the ack to answer it with. */
  syncs: { at: number; after: unknown; ack: (answer: unknown) => void }[];
}

/**
 * A stand-in for a socket.io-client socket that plays the real server where the /__test__/ stand-in cannot
 * (refusals with `data: { code }`, acks of `sync`, `erased`).
 * @param options `connected`: what `socket.connected` says (default false)
 * @returns the socket, its handlers and the syncs it sent
 * @example const { socket, handlers, syncs } = scriptedSocket(); handlers.get('connect')!(); syncs[0]!.ack({ ok: true });
 */
export function scriptedSocket({ connected = false }: { connected?: boolean } = {}): ScriptedSocket {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  const syncs: ScriptedSocket['syncs'] = [];
  const socket = {
    connected,
    on: (name: string, handler: (...args: unknown[]) => void) => void handlers.set(name, handler),
    emit: (name: string, payload?: { after?: unknown }, ack?: (answer: unknown) => void) =>
      void (name === 'sync' && syncs.push({ at: Date.now(), after: payload?.after, ack: ack ?? (() => undefined) })),
    connect: () => undefined,
    removeAllListeners: () => undefined,
    disconnect: () => undefined,
  };
  return { socket: socket as unknown as Socket, handlers, syncs };
}
