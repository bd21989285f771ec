import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { OneFrameAdapter } from './one-frame-adapter.js';

/** The `ws` sender behind a server-side engine.io socket (what the adapter's frame is written with). */
interface Sender {
  sendFrame(list: Buffer[], cb?: () => void): void;
}

describe('OneFrameAdapter', () => {
  let http: HttpServer | undefined;
  let io: Server | undefined;
  const clients: ClientSocket[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await io?.close();
    http?.close();
  });

  it('sends a room broadcast to every socket as one frame buffer with the same bytes, and the clients get the message', async () => {
    http = createServer();
    io = new Server(http, { serveClient: false, adapter: OneFrameAdapter });
    await new Promise<void>((resolve) => http!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    io.on('connection', (socket) => void socket.join('room'));
    for (let i = 0; i < 3; i++) {
      const client = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
      clients.push(client);
      await new Promise<void>((resolve) => client.once('connect', resolve));
    }

    const frames: Buffer[][] = [];
    for (const socket of io.sockets.sockets.values()) {
      const sender = (socket.conn.transport as unknown as { socket: { _sender: Sender } }).socket._sender;
      const send = sender.sendFrame.bind(sender);
      sender.sendFrame = (list, cb) => {
        frames.push(list);
        send(list, cb);
      };
    }
    const received = clients.map((client) => new Promise((resolve) => client.once('feed', resolve)));
    io.to('room').emit('feed', { seq: 7, text: 'Grüße' });

    expect(await Promise.all(received)).toEqual([1, 2, 3].map(() => ({ seq: 7, text: 'Grüße' })));
    expect(frames).toHaveLength(3);
    const payload = Buffer.from('42["feed",{"seq":7,"text":"Grüße"}]');
    for (const list of frames) {
      expect(list).toHaveLength(1);
      // A final text frame (0x81), unmasked, with the payload's length, then the payload.
      expect(list[0]).toEqual(Buffer.concat([Buffer.from([0x81, payload.length]), payload]));
    }
  });
});
