import { ApiError, type ApiErrorDetail } from '../../net/api-client.js';
import type {
  ErasureRequest,
  ErasureResult,
  EventInput,
  Event,
  ImportResult,
  OrgDevice,
  OrgSession,
  PairingCode,
  PendingPairingCode,
  Poster,
  ReportData,
  RotaShift,
} from './types.js';

export { ApiError };
export type { ApiErrorDetail };

/** Options of an {@link OrgApi}. */
export interface OrgApiOptions {
  /** Prefix of every path; default `''` (same origin, where the session cookie lives). */
  baseUrl?: string;
  /** The fetch to use; default the global one (tests inject their own). */
  fetch?: typeof fetch;
}

/** The body of `POST /api/org/events/:id/clone` (packages/server/src/routes/org.ts, `CloneRequestSchema`). */
export interface CloneRequest {
  startsAt: string;
  endsAt: string;
  venue: Event['venue'];
  /** The new event's id; default a random one. */
  id?: string;
  /** The new title; default the template's. */
  title?: Event['title'];
  /** Copy the providers and their stands; default true. */
  includeProviders?: boolean;
  /** Copy the offers (only together with the providers); default true. */
  includeOffers?: boolean;
}

/** The lists below an event that share GET / POST / PUT / DELETE. */
export type EventCollection = 'providers' | 'offers' | 'stands';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Accepts a bare array or `{ items | <key>: [...] }`, since list answers may be wrapped. */
function listOf<T>(body: unknown, key: string): T[] {
  if (Array.isArray(body)) return body as T[];
  if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>;
    const inner = record[key] ?? record['items'];
    if (Array.isArray(inner)) return inner as T[];
  }
  return [];
}

/**
 * The organizer API over the session cookie: remembers the CSRF token from login / me and sends it
 * as `x-csrf-token` with every unsafe method; errors arrive as {@link ApiError}.
 * @example
 * const api = new OrgApi();
 * await api.login('a@jobcenter.de', 'secret');
 * const events = await api.events();
 */
export class OrgApi {
  readonly baseUrl: string;
  csrfToken: string | undefined;
  /**
   * Called when a request is refused with 401 because the session ended (not for a wrong password at
   * login, nor for the check at start): the organizer pages show the sign-in form again. When it returns a
   * promise that resolves to true (signed in again), the refused request is sent once more and its answer
   * returned, so what the organizer typed is saved after all.
   */
  onUnauthorized: (() => void | Promise<boolean>) | undefined;
  readonly #fetch: typeof fetch;

  constructor({ baseUrl = '', fetch: fetchImpl }: OrgApiOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.#fetch = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** Signs in; keeps the CSRF token. */
  async login(email: string, password: string): Promise<OrgSession> {
    const session = await this.request<OrgSession>('POST', '/api/auth/login', { email, password });
    this.csrfToken = session.csrfToken;
    return session;
  }

  /** The current session, or an ApiError 401 when there is none. */
  async me(): Promise<OrgSession> {
    const session = await this.request<OrgSession>('GET', '/api/auth/me');
    this.csrfToken = session.csrfToken;
    return session;
  }

  /** Signs out and forgets the CSRF token. */
  async logout(): Promise<void> {
    await this.request('POST', '/api/auth/logout');
    this.csrfToken = undefined;
  }

  /** The tenant's events. */
  async events(): Promise<Event[]> {
    return listOf<Event>(await this.request('GET', '/api/org/events'), 'events');
  }

  /** Creates an event. */
  createEvent(event: EventInput): Promise<Event> {
    return this.request<Event>('POST', '/api/org/events', event);
  }

  /** Changes an event (send only what changed, or all of it; `null` removes an optional field). */
  updateEvent(id: string, patch: { [K in keyof EventInput]?: EventInput[K] | null }): Promise<Event> {
    return this.request<Event>('PATCH', `/api/org/events/${encodeURIComponent(id)}`, patch);
  }

  /**
   * Makes a new event from an existing one as a template (`POST /api/org/events/:id/clone`): its settings and
   * radar, and if asked its providers with their stands and their offers; never visits, leads or devices.
   * @param templateId the template event's id
   * @param request dates, venue, new title and what to copy
   * @returns the new event
   * @example const copy = await api.clone('markt-pankow', { startsAt, endsAt, venue: { name: 'Rathaus' }, includeProviders: true, includeOffers: false });
   */
  clone(templateId: string, request: CloneRequest): Promise<Event> {
    return this.request<Event>('POST', `/api/org/events/${encodeURIComponent(templateId)}/clone`, request);
  }

  /** A list below an event (providers, offers, stands). */
  async list<T>(eventId: string, what: EventCollection): Promise<T[]> {
    return listOf<T>(await this.request('GET', this.#below(eventId, what)), what);
  }

  /** Adds an item below an event. */
  create<T>(eventId: string, what: EventCollection, item: unknown): Promise<T> {
    return this.request<T>('POST', this.#below(eventId, what), item);
  }

  /** Replaces an item below an event. */
  put<T>(eventId: string, what: EventCollection, id: string, item: unknown): Promise<T> {
    return this.request<T>('PUT', `${this.#below(eventId, what)}/${encodeURIComponent(id)}`, item);
  }

  /** Deletes an item below an event. */
  remove(eventId: string, what: EventCollection, id: string): Promise<unknown> {
    return this.request('DELETE', `${this.#below(eventId, what)}/${encodeURIComponent(id)}`);
  }

  /** The event's paired devices. */
  async devices(eventId: string): Promise<OrgDevice[]> {
    return listOf<OrgDevice>(await this.request('GET', this.#below(eventId, 'devices')), 'devices');
  }

  /** Creates a pairing code for a booth (of a provider) or a kiosk: 10 minutes, or until `expiresAt` (a code sheet made ahead). */
  pairDevice(eventId: string, body: { role: 'booth' | 'kiosk'; providerId?: string; name: string; expiresAt?: string }): Promise<PairingCode> {
    return this.request<PairingCode>('POST', this.#below(eventId, 'devices'), body);
  }

  /** Revokes a device. */
  revokeDevice(eventId: string, deviceId: string): Promise<unknown> {
    return this.request('DELETE', `${this.#below(eventId, 'devices')}/${encodeURIComponent(deviceId)}`);
  }

  /** The pairing codes made but not used yet (never the codes themselves), newest first. */
  async pairingCodes(eventId: string): Promise<PendingPairingCode[]> {
    return listOf<PendingPairingCode>(await this.request('GET', this.#below(eventId, 'pairing-codes')), 'codes');
  }

  /**
   * Withdraws a pairing code that was not used (a code sheet went missing): pairing with it fails from now on.
   * @param eventId the event
   * @param codeId the code's id from {@link OrgApi.pairingCodes}
   * @returns nothing (the server answers 204)
   * @example await api.withdrawPairingCode('markt-pankow', codes[0].id);
   */
  withdrawPairingCode(eventId: string, codeId: string): Promise<unknown> {
    return this.request('DELETE', `${this.#below(eventId, 'pairing-codes')}/${encodeURIComponent(codeId)}`);
  }

  /**
   * Withdraws every pairing code of the event that was not used (a whole code sheet went missing).
   * @param eventId the event
   * @returns how many codes were withdrawn
   * @example const { withdrawn } = await api.withdrawAllPairingCodes('markt-pankow');
   */
  withdrawAllPairingCodes(eventId: string): Promise<{ withdrawn: number }> {
    return this.request<{ withdrawn: number }>('DELETE', this.#below(eventId, 'pairing-codes'));
  }

  /**
   * Erases a person's contact requests on their request (Art. 17 GDPR), by e-mail address or phone number,
   * in one event or, with `eventId` null, in every event of the tenant. The answer is only the number.
   * @param eventId the event, or null for all the tenant's events
   * @param request the e-mail address and/or phone number
   * @returns how many contact requests were erased
   * @example const { deleted } = await api.erase('markt-pankow', { phone: '030 1234567' });
   */
  erase(eventId: string | null, request: ErasureRequest): Promise<ErasureResult> {
    return this.request<ErasureResult>('POST', eventId === null ? '/api/org/erasure' : this.#below(eventId, 'erasure'), request);
  }

  /** Every stand's poster. */
  async posters(eventId: string): Promise<Poster[]> {
    return listOf<Poster>(await this.request('GET', this.#below(eventId, 'posters')), 'posters');
  }

  /** The staffing rota: every shift of the event, by start time. */
  async rota(eventId: string): Promise<RotaShift[]> {
    return listOf<RotaShift>(await this.request('GET', this.#below(eventId, 'rota')), 'shifts');
  }

  /** Adds a shift (the server makes an id when it has none). */
  createShift(eventId: string, shift: Omit<RotaShift, 'id'> & { id?: string }): Promise<RotaShift> {
    return this.request<RotaShift>('POST', this.#below(eventId, 'rota'), shift);
  }

  /** Replaces a shift. */
  updateShift(eventId: string, shift: RotaShift): Promise<RotaShift> {
    return this.request<RotaShift>('PUT', `${this.#below(eventId, 'rota')}/${encodeURIComponent(shift.id)}`, shift);
  }

  /** Deletes a shift. */
  deleteShift(eventId: string, shiftId: string): Promise<unknown> {
    return this.request('DELETE', `${this.#below(eventId, 'rota')}/${encodeURIComponent(shiftId)}`);
  }

  /** The evaluation report. */
  report(eventId: string): Promise<ReportData> {
    return this.request<ReportData>('GET', this.#below(eventId, 'report'));
  }

  /**
   * Imports CSV text. Without `validOnly` the server imports all rows or none and lists every bad row.
   * @param eventId the event
   * @param kind what the rows are
   * @param csv the file's text
   * @param validOnly import the valid rows and skip the bad ones
   * @returns how many rows were imported
   */
  importCsv(eventId: string, kind: 'providers' | 'offers' | 'radar' | 'stands', csv: string, validOnly = false): Promise<ImportResult> {
    const query = new URLSearchParams({ kind, ...(validOnly ? { mode: 'valid-only' } : {}) });
    return this.request<ImportResult>('POST', `${this.#below(eventId, 'import')}?${query}`, csv, 'text/csv');
  }

  #below(eventId: string, what: string): string {
    return `/api/org/events/${encodeURIComponent(eventId)}/${what}`;
  }

  /**
   * Any request; a string or Blob (File) body is sent as is with `contentType`, anything else as JSON.
   * @throws {ApiError} for a non-2xx answer (status, code, message, details) or no answer (status 0)
   */
  async request<T = unknown>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    return this.#request<T>(method, path, body, contentType, true);
  }

  async #request<T>(method: string, path: string, body: unknown, contentType: string, mayRetry: boolean): Promise<T> {
    const headers = new Headers({ accept: 'application/json' });
    if (body !== undefined) headers.set('content-type', contentType);
    if (UNSAFE.has(method) && this.csrfToken) headers.set('x-csrf-token', this.csrfToken);
    let response: Response;
    try {
      response = await this.#fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(0, 'network', 'The server cannot be reached. Check the connection and try again.');
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    if (!response.ok) {
      if (response.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/me') {
        const signedIn = this.onUnauthorized?.();
        // Signed in again: the same request once more (with the new session's CSRF token).
        if (mayRetry && signedIn && (await signedIn)) return this.#request<T>(method, path, body, contentType, false);
      }
      const error = (parsed as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
      throw new ApiError(
        response.status,
        typeof error?.code === 'string' ? error.code : `http_${response.status}`,
        typeof error?.message === 'string' ? error.message : response.statusText || `HTTP ${response.status}`,
        Array.isArray(error?.details) ? (error.details as ApiErrorDetail[]) : [],
      );
    }
    return parsed as T;
  }
}
