import type { Refusal, SendOutcome } from './outbox.js';
import { serverClock, type ServerClock } from './server-clock.js';

/** The server's error code for a visit or lead sent to an event whose retention period is over (HTTP 410): drop it. */
export const EVENT_CLOSED = 'EVENT_CLOSED';

/** One problem with one field, as the server reports it. */
export interface ApiErrorDetail {
  path: string;
  message: string;
}

/** An error answer of the markt API (`{ error: { code, message, details? } }`), or a network failure (status 0). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly details: readonly ApiErrorDetail[];

  constructor(status: number, code: string, message: string, details: readonly ApiErrorDetail[] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Options of an {@link ApiClient}. */
export interface ApiClientOptions {
  /** Prefix of every path; default `''` (same origin). */
  baseUrl?: string;
  /** A device token, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
  /** Learns the server's time from the `Date` header of every answer; default the page's {@link serverClock}. */
  clock?: ServerClock;
}

/**
 * What a status code means for a queued item: 2xx delivered; 400/404/409/410/422 refused for good;
 * anything else (408, 429, 5xx, no answer) worth another try.
 * @param status the HTTP status, 0 for no answer
 * @returns the outcome for an {@link Outbox}
 * @example outcomeOf(201) // 'ok'
 */
export function outcomeOf(status: number): SendOutcome {
  if (status >= 200 && status < 300) return 'ok';
  if ([400, 404, 409, 410, 422].includes(status)) return 'reject';
  return 'retry';
}

function isErrorBody(body: unknown): body is { error: { code?: unknown; message?: unknown; details?: unknown } } {
  return typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'object';
}

/**
 * A small JSON client for the markt API: JSON in and out, errors as {@link ApiError}.
 * @example
 * const api = new ApiClient({ token });
 * const me = await api.get<BoothMe>('/api/booth/me');
 */
export class ApiClient {
  readonly baseUrl: string;
  token: string | undefined;
  /** The server's clock as this client's answers taught it (stamp device times with `clock.stamp()`). */
  readonly clock: ServerClock;
  readonly #fetch: typeof fetch;

  constructor({ baseUrl = '', token, fetch: fetchImpl, clock = serverClock }: ApiClientOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.token = token;
    this.clock = clock;
    this.#fetch = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** GETs JSON. */
  get<T>(path: string, init: RequestInit = {}): Promise<T> {
    return this.request<T>('GET', path, undefined, init);
  }

  /** POSTs a JSON body, returns the JSON answer. */
  post<T>(path: string, body: unknown, init: RequestInit = {}): Promise<T> {
    return this.request<T>('POST', path, body, init);
  }

  /** PATCHes with a JSON body, returns the JSON answer. */
  patch<T>(path: string, body: unknown, init: RequestInit = {}): Promise<T> {
    return this.request<T>('PATCH', path, body, init);
  }

  /** DELETEs; returns the JSON answer or undefined for an empty one. */
  delete<T = undefined>(path: string, init: RequestInit = {}): Promise<T> {
    return this.request<T>('DELETE', path, undefined, init);
  }

  /** GETs a non-JSON body (e.g. the leads CSV) as a Blob. */
  async blob(path: string, init: RequestInit = {}): Promise<Blob> {
    const response = await this.#raw('GET', path, undefined, init);
    if (!response.ok) throw await this.#error(response);
    return response.blob();
  }

  /**
   * Sends a body for an {@link Outbox}: never throws, answers what the outbox should do.
   * @param path the API path
   * @param body the JSON body
   * @param method default `POST`; `PATCH` for changes that may be repeated
   * @returns 'ok' or 'retry'; for a refusal for good the server's error code (`{ outcome: 'reject', code }`), or
   *   'reject' when the answer names none
   * @example await api.deliver('/api/stand/k3J9x/leads', lead) // { outcome: 'reject', code: 'EVENT_CLOSED' } after the fair
   */
  async deliver(path: string, body: unknown, method = 'POST'): Promise<SendOutcome | Refusal> {
    let response: Response;
    try {
      response = await this.#raw(method, path, body, {});
    } catch {
      return 'retry';
    }
    const outcome = outcomeOf(response.status);
    if (outcome !== 'reject') return outcome;
    const { code } = await this.#error(response);
    // #error names a body without a code after the status; that is no reason the caller could act on.
    return code === `http_${response.status}` ? 'reject' : { outcome: 'reject', code };
  }

  /** Any method with an optional JSON body; throws {@link ApiError} for a non-2xx answer or no answer. */
  async request<T>(method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await this.#raw(method, path, body, init);
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError(0, 'network', 'The server cannot be reached. Check the connection and try again.');
    }
    if (!response.ok) throw await this.#error(response);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async #raw(method: string, path: string, body: unknown, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('accept', 'application/json');
    if (body !== undefined) headers.set('content-type', 'application/json');
    if (this.token) headers.set('authorization', `Bearer ${this.token}`);
    const sentAt = Date.now();
    const response = await this.#fetch(`${this.baseUrl}${path}`, {
      ...init,
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // Every answer, refusals too, says the server's time (the API's answers are never served from a cache
    // unchecked: `no-store`, or `no-cache` with a 304 that brings a fresh Date).
    this.clock.observe(response.headers.get('date'), sentAt);
    return response;
  }

  async #error(response: Response): Promise<ApiError> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (isErrorBody(body)) {
      const { code, message, details } = body.error;
      return new ApiError(
        response.status,
        typeof code === 'string' ? code : `http_${response.status}`,
        typeof message === 'string' ? message : response.statusText,
        Array.isArray(details) ? (details as ApiErrorDetail[]) : [],
      );
    }
    return new ApiError(response.status, `http_${response.status}`, response.statusText || `HTTP ${response.status}`);
  }
}
