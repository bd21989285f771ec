import { MarktError } from '@markt/sdk';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One field at fault, as the SDK's validation reports it. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/**
 * The one error type route handlers throw. `app.onError` turns it into
 * `{ error: { code, message, details? } }` with its status.
 * @example throw new HttpError(404, 'NOT_FOUND', 'No stand has this QR code.');
 */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: readonly ErrorDetail[],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string) => new HttpError(404, 'NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'This device or account may not do that.') =>
  new HttpError(403, 'FORBIDDEN', message);
export const unauthorized = (message = 'Log in or pair this device first.') =>
  new HttpError(401, 'UNAUTHORIZED', message);

/**
 * Maps every error to a JSON body: a 4xx for anything the caller can fix, a logged 500 for the rest,
 * never a stack trace to the client.
 */
export function errorHandler(log: (line: Record<string, unknown>) => void) {
  return (error: Error, c: Context): Response => {
    if (error instanceof HttpError) {
      return c.json(
        { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
        error.status,
      );
    }
    if (error instanceof MarktError) {
      return c.json({ error: { code: error.code, message: error.message, details: error.details } }, 400);
    }
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      const code = status === 413 ? 'BODY_TOO_LARGE' : `HTTP_${status}`;
      const message = status === 413 ? 'The request body is too large.' : error.message || 'The request was refused.';
      return c.json({ error: { code, message } }, status);
    }
    log({ level: 'error', msg: 'unhandled error', method: c.req.method, route: c.req.routePath, error: String(error) });
    return c.json({ error: { code: 'INTERNAL', message: 'Something went wrong on the server; it has been logged.' } }, 500);
  };
}
