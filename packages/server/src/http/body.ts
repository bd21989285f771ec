import { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';

/**
 * The Node request behind a Hono context when the app runs on `@hono/node-server` (`c.env.incoming`);
 * `undefined` under `app.request(...)` in tests or any other runtime.
 */
function incomingOf(c: Context): IncomingMessage | undefined {
  const env = c.env as { incoming?: unknown } | undefined;
  return env?.incoming instanceof IncomingMessage ? env.incoming : undefined;
}

/** Reads a Node request's body as UTF-8 text (a leading byte-order mark dropped, as `Request.text()` does). */
function readIncoming(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => chunks.push(chunk);
    const onEnd = () => {
      cleanup();
      const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('The client closed the connection before the request body was complete.'));
    };
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    incoming.on('data', onData);
    incoming.once('end', onEnd);
    incoming.once('error', onError);
    incoming.once('close', onClose);
  });
}

/**
 * One request header, from Node's parsed headers when the app runs on Node (no web `Headers` object is built
 * for it), else from Hono's request.
 * @param c the request context
 * @param name the header's name, lower case
 * @returns its value (several joined as Node joins them), or `undefined`
 * @example const type = requestHeader(c, 'content-type') ?? '';
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = incomingOf(c);
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The request body as text. On Node it is read straight from the `IncomingMessage`, without building the
 * web `Request`, its `ReadableStream` and `AbortSignal` that `c.req.text()` would create: on the busiest
 * routes (a visit, a lead) that is a good share of the server's CPU per request. Anywhere else, when the web
 * `Request` was built already (e.g. by Hono's `bodyLimit`) and when something already started reading the
 * body (the chunked branch of `bodyLimit`), `c.req.text()`.
 * @param c the request context
 * @returns the body, decoded as UTF-8
 * @example const body = JSON.parse(await bodyText(c));
 */
export function bodyText(c: Context): Promise<string> {
  const incoming = incomingOf(c);
  if (incoming && untouched(c.req.raw) && !incoming.readableDidRead && !incoming.readableEnded && !incoming.destroyed) return readIncoming(incoming);
  return c.req.text();
}

/**
 * True while `raw` is still `@hono/node-server`'s lightweight request that has not built its web `Request`.
 * Once built (anything that touched `body`, `signal`, … — Hono's own `bodyLimit` does), that `Request`'s
 * stream starts pulling from the `IncomingMessage` by itself: a second reader would then race it for the
 * chunks and wait for an end that never comes, so the body must be read through `c.req.text()`.
 */
function untouched(raw: Request): boolean {
  let lightweight = false;
  for (const symbol of Object.getOwnPropertySymbols(raw)) {
    if (symbol.description === 'requestCache') return false;
    if (symbol.description === 'incomingKey') lightweight = true;
  }
  return lightweight;
}

/**
 * Refuses request bodies larger than `maxSize` bytes, like Hono's `bodyLimit`, but decides from the
 * `Content-Length` header alone whenever it can (Node's HTTP parser delivers exactly that many bytes), so
 * the body stays unread for `bodyText`. A body without a length (chunked) goes through Hono's `bodyLimit`,
 * which counts it while reading.
 * @param options `maxSize` in bytes; `onError` answers (or throws) for a body that is too large
 * @returns the middleware
 * @example app.use('/api/*', bodyLimit({ maxSize: 100 * 1024, onError: () => { throw tooLarge(); } }));
 */
export function bodyLimit(options: { maxSize: number; onError: (c: Context) => Response | Promise<Response> }): MiddlewareHandler {
  const counting = honoBodyLimit(options);
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = requestHeader(c, 'content-length');
    const chunked = requestHeader(c, 'transfer-encoding') !== undefined;
    if (length !== undefined && !chunked && /^\d+$/.test(length)) {
      return Number(length) > options.maxSize ? options.onError(c) : next();
    }
    return counting(c, next);
  };
}

/**
 * The address a request came from (the TCP peer; behind a reverse proxy, the proxy's), or `'unknown'` when the
 * app runs without a Node request (tests through `app.request`). Rate limits key by it where a shared limit
 * would let anyone lock everyone out.
 * @param c the Hono context
 * @returns the peer address
 * @example await limiter.hit(`login:${clientAddress(c)}`);
 */
export function clientAddress(c: Context): string {
  return incomingOf(c)?.socket.remoteAddress ?? 'unknown';
}
