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
