import { Adapter } from 'socket.io-adapter';

/** The in-memory adapter's internal encoder: the packet's encodings, and the WebSocket frame put on `options`. */
type Encode = (this: Adapter, packet: unknown, options: { wsPreEncodedFrame?: unknown }) => unknown[];

const encode = (Adapter.prototype as unknown as { _encode: Encode })._encode;

/**
 * socket.io's in-memory adapter (one server process), with one difference: the WebSocket frame it computes
 * once per broadcast is handed to each socket as ONE buffer instead of two (header, payload).
 *
 * With two, `ws` writes every tablet's copy as cork, two writes, uncork: Node then queues both chunks and
 * sends them with `writev`, building its request objects and arrays anew for every socket of the room. One
 * buffer is one plain `write`. The bytes on the wire are the same; the difference is the garbage and CPU
 * per tablet, which is most of what a pushed visit costs the server (a provider has 20 tablets).
 *
 * @example const io = new Server(httpServer, { adapter: OneFrameAdapter });
 */
export class OneFrameAdapter extends Adapter {}

// `_encode` is private in the adapter's types, so it is wrapped here rather than overridden in the class.
(OneFrameAdapter.prototype as unknown as { _encode: Encode })._encode = function (this: Adapter, packet, options) {
  const encoded = encode.call(this, packet, options);
  const frame = options.wsPreEncodedFrame;
  if (Array.isArray(frame) && frame.length === 2) options.wsPreEncodedFrame = [Buffer.concat(frame as Buffer[])];
  return encoded;
};
