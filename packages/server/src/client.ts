/**
 * @markt/server/client — a typed client for the markt HTTP API (docs/api.md). Isomorphic: it only uses
 * `fetch`, so it runs in browsers, Node 20 and workers, and it imports nothing of the server at run time.
 * @packageDocumentation
 */
import type {
  Event,
  EventInput,
  FeedbackInput,
  InterestProfile,
  LeadInput,
  Locale,
  Offer,
  OfferInput,
  Provider,
  ProviderInput,
  RadarRow,
  RadarRowInput,
  Stand,
  StandInput,
  VisitInput,
} from '@markt/sdk';

/** `POST /api/kiosk/sessions`: how long an `active` report lasts (a kiosk in use repeats it well before). */
export interface KioskSessionAnswer {
  state: 'active' | 'idle';
  ttlSeconds: number;
}

/** One field the server refused: its path with dots (`title.de`, `0.kldb`) and why; CSV issues add `line`. */
export interface ApiIssue {
  path: string;
  message: string;
  line?: number;
}

/**
 * An error answer of the API, `{ error: { code, message, details? } }`, with its HTTP status.
 * @example
 * try { await markt.org.offers(eventId).create(offer); }
 * catch (e) { if (e instanceof MarktApiError && e.status === 400) showFieldErrors(e.details); else throw e; }
 */
export class MarktApiError extends Error {
  override readonly name = 'MarktApiError';
  /** The HTTP status (400, 401, 403, 404, 409, 413, 415, 429, 500…). */
  readonly status: number;
  /** The stable error code, e.g. `INVALID_INPUT`, `BAD_LOGIN`, `RATE_LIMITED` (docs/api.md, "Errors"). */
  readonly code: string;
  /** The fields that were wrong, for `400` answers. */
  readonly details: ApiIssue[];

  /**
   * @param status the HTTP status
   * @param code the error code from the body (`HTTP_<status>` when the body was not the API's error JSON)
   * @param message the message from the body
   * @param details the field issues from the body
   */
  constructor(status: number, code: string, message: string, details: ApiIssue[] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

// ---------------------------------------------------------------- request bodies

/** A visit sent from a stand's page: the stand comes from the QR token. */
export type StandVisitInput = Omit<VisitInput, 'standId' | 'source'>;
/** A lead as the client sends it: `locale` defaults to `de` on the server. */
export type LeadRequest = Omit<LeadInput, 'locale'> & { locale?: Locale };
/** A contact request sent from a stand's page: provider and stand come from the QR token. */
export type StandLeadInput = Omit<LeadRequest, 'providerId' | 'standId'>;
/** Feedback as the client sends it: `locale` defaults to `de`. */
export type FeedbackRequest = Omit<FeedbackInput, 'locale'> & { locale?: Locale };
/** An anonymous quiz result from a kiosk. */
export interface QuizRecordInput {
  /** Holland code, up to 3 of R, I, A, S, E, C. */
  code: string;
  interests: InterestProfile;
  idempotencyKey: string;
}
/** A kiosk search (kept only when it found nothing). */
export interface SearchRecordInput {
  query: string;
  resultCount: number;
  locale: Locale;
  /** The same key sent again stores nothing more. */
  idempotencyKey?: string;
  /** The random id of the kiosk's visitor session (16–64 of A–Z, a–z, 0–9, `_`, `-`): the report counts a term once per session. */
  session?: string;
}
/** What a booth may change on a lead; at least one field. `null` clears rating or notes. */
export interface LeadPatchInput {
  rating?: number | null;
  notes?: string | null;
  tags?: string[];
  status?: LeadStatus;
  /** Send the same key with every retry of one change: a change already applied is not applied again. */
  idempotencyKey?: string;
}
/** `POST …/devices`: a pairing code for a booth tablet (with its provider) or a kiosk. */
export type DeviceRequest = ({ role: 'booth'; providerId: string; name: string } | { role: 'kiosk'; name: string }) & {
  /** For a code prepared ahead (a code sheet): when it expires, at most the event's end and 14 days from now (default: 10 minutes). */
  expiresAt?: string;
};
/**
 * An event as a template file (`GET …/template`): its settings and radar, optionally its providers, offers and
 * stands; never anything visitors, devices or staff left there. Another tenant imports it as a new event.
 */
export interface EventTemplate {
  format: 'markt-template';
  version: 1;
  event: Omit<EventInput, 'id'>;
  providers?: ProviderInput[];
  offers?: OfferInput[];
  stands?: StandInput[];
  radar: RadarRowInput[];
}
/** `POST /api/org/events/import-template`: a template file as a new event of the caller's tenant. */
export interface ImportTemplateRequest {
  template: EventTemplate;
  startsAt: string;
  endsAt: string;
  venue?: EventInput['venue'];
  title?: EventInput['title'];
  id?: string;
}
/** `POST …/clone`: a new event from this one as a template. */
export interface CloneRequest {
  startsAt: string;
  endsAt: string;
  venue: EventInput['venue'];
  id?: string;
  title?: EventInput['title'];
  tenantId?: string;
  includeProviders?: boolean;
  includeOffers?: boolean;
}
/** `PATCH` of an event: a full event, or the top-level fields to change (`null` removes an optional one). */
export type EventPatch = { [K in keyof EventInput]?: EventInput[K] | null };

// ---------------------------------------------------------------- answers

/** A visit or lead as recorded: `seq` is its per-event sequence number. */
export interface Recorded {
  id: string;
  seq: number;
}
/** An event's public data (stands without QR tokens). */
export interface PublicEventData {
  event: Event;
  providers: Provider[];
  offers: Offer[];
  stands: Stand[];
  radar: RadarRow[];
}
/** `getPublicEvent`: new data with its ETag, or `notModified` when the `etag` passed in is still current. */
export type PublicEventResult = { notModified: false; etag: string; data: PublicEventData } | { notModified: true; etag: string };
/** What a phone sees after scanning a stand's QR code. */
export interface StandPage {
  event: Event;
  stand: Stand;
  provider: Provider;
  offers: Offer[];
}
/** How many records `eraseVisitor` deleted. */
export interface Erased {
  visits: number;
  leads: number;
}
/** What pairing hands to the device, once: the device token in clear. */
export interface Pairing {
  token: string;
  role: 'booth' | 'kiosk';
  eventId: string;
  providerId?: string;
  deviceId: string;
}
/** A paired device as the server shows it to itself. */
export interface DeviceInfo {
  id: string;
  eventId: string;
  role: 'booth' | 'kiosk';
  providerId: string | null;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}
/** `GET /api/kiosk/me`. */
export interface KioskMe {
  device: DeviceInfo;
  event: Event | null;
}
/** `GET /api/booth/me`: `stands` by number (`stand` is the first), `tags` the event's lead tags. */
export interface BoothMe {
  device: DeviceInfo;
  provider: Provider | null;
  event: Event | null;
  stand: Stand | null;
  stands: Stand[];
  tags: string[];
}
/** Where a booth has got with a lead. */
export type LeadStatus = 'new' | 'contacted' | 'done';
/** A lead as its provider's booth tablets see it. */
export interface BoothLead {
  id: string;
  seq: number;
  createdAt: string;
  offerId: string | null;
  standId: string | null;
  contact: { name?: string; phone?: string; email?: string };
  locale: string;
  message: string | null;
  rating: number | null;
  notes: string | null;
  tags: string[];
  status: string;
}
/** An organizer's session: who, which tenant, and the CSRF token for unsafe requests. */
export interface OrganizerSession {
  user: { id: string; tenantId: string; email: string; name: string };
  tenant: { id: string; name: string };
  csrfToken: string;
}
/** A stand as the organizer sees it: with `url`, the phone URL in its QR code. */
export type StandWithUrl = Stand & { url: string };
/** A device in the organizer's list. */
export interface DeviceView {
  id: string;
  role: 'booth' | 'kiosk';
  providerId: string | null;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  /** Seen within the last 2 minutes. */
  online: boolean;
  revoked: boolean;
  revokedAt: string | null;
  /** Contact requests of this device the server refused for good (the kiosk drops them): a kiosk losing requests. */
  refusedLeads: number;
  /** When the last of them was refused; null when none was. */
  lastRefusedAt: string | null;
}
/** A pairing code made but not used yet, as `GET …/pairing-codes` lists it (never the code). */
export interface PendingPairingCode {
  id: string;
  role: 'booth' | 'kiosk';
  providerId: string | null;
  name: string;
  createdAt: string;
  expiresAt: string;
}
/** The body of `POST …/erasure`: the person's e-mail address and/or phone number (at least one). */
export interface ErasureRequest {
  email?: string;
  phone?: string;
}

/** A single-use pairing code (10 minutes, or until the `expiresAt` asked for) and the page URL that pairs with it. */
export interface PairingCode {
  code: string;
  expiresAt: string;
  pairUrl: string;
  /** The code's id in `pairingCodes(eventId).list()`. */
  id: string;
}
/** One stand on the poster sheet. */
export interface Poster {
  standId: string;
  standNumber: string;
  providerName: string;
  /** The phone URL in the QR code, `<base>/s/<token>`. */
  url: string;
  /** The same URL without the scheme, for typing by hand. */
  shortUrl: string;
  qrSvg: string;
}
/**
 * The evaluation (Auswertung) of one event: counts only. A count between 1 and 4 is withheld: `null` with
 * `suppressed: true` (server store/report.ts, `MIN_COUNT`). Totals are exact.
 */
export interface EventReport {
  eventId: string;
  generatedAt: string;
  totals: { visits: number; visitors: number; leads: number; quizzes: number; searches: number; feedback: number };
  /** Until the event's end the totals and lists count only what was written before this 5-minute boundary; `null` once final. */
  listsUntil: string | null;
  visitsPerStand: { standId: string; standNumber: string; providerName: string; visits: number | null; suppressed?: true }[];
  visitsPerHour: { hour: string; visits: number | null; suppressed?: true }[];
  leadsPerProvider: { providerId: string; providerName: string; leads: number | null; suppressed?: true }[];
  leadsPerOfferKind: { kind: string; leads: number | null; suppressed?: true }[];
  interestCodes: { code: string; count: number | null; suppressed?: true }[];
  /** Cleaned search terms that at least 5 kiosk visitor sessions share (`count`: sessions; a search without a session counts alone). */
  zeroResultSearches: { query: string; count: number }[];
  /**
   * `count`: the listed ratings; `average` from 5 ratings on and only when it gives no withheld count away;
   * `missing`: cleaned texts that at least 5 visitors wrote alike.
   */
  feedback: { count: number; average: number | null; ratings: { rating: number; count: number | null; suppressed?: true }[]; missing: string[] };
  /** Offers of different providers that look like the same offer. */
  nearDuplicateOffers: NearDuplicatePair[];
}
/** Two offers of different providers that look alike, with the title similarity (0–1) and the reasons. */
export interface NearDuplicatePair {
  a: { offerId: string; providerId: string; title: string };
  b: { offerId: string; providerId: string; title: string };
  similarity: number;
  reasons: string[];
}
/** One shift of the staffing rota (Dienstplan): who covers which stand or help desk, and when. */
export interface RotaShift {
  id: string;
  standId: string;
  staffName: string;
  role?: string | undefined;
  startsAt: string;
  endsAt: string;
}
/** A booth's view of the rota: its provider's stands (and, for the Jobcenter, the help desks) and their shifts. */
export interface BoothRota {
  stands: { id: string; number: string; label?: string }[];
  shifts: RotaShift[];
}
/** What a CSV import can hold. */
export type ImportKind = 'providers' | 'offers' | 'radar' | 'stands';
/** The outcome of a CSV import. */
export interface ImportResult {
  kind: ImportKind;
  imported: number;
  /** Stands only: of the rows imported, how many updated a stand that existed. */
  updated?: number;
  rejected: number;
  errors: (ApiIssue & { line: number })[];
}
/** The websites that may embed this tenant's events (CORS for `/embed.js` and public data). */
export interface TenantOrigins {
  origins: string[];
}

// ---------------------------------------------------------------- the client

/** Options of `createMarktClient`. */
export interface MarktClientOptions {
  /** The server, e.g. `https://markt.example` or `http://127.0.0.1:8080` (no trailing `/api`). */
  baseUrl: string;
  /** The fetch to use (default: the global `fetch`). */
  fetch?: typeof fetch;
  /** A booth's or kiosk's token from `pair()`, sent as `Authorization: Bearer …`. */
  deviceToken?: string;
  /** An organizer's CSRF token (`login()` and `auth.me()` set it). */
  csrfToken?: string;
}

/** The answer of `PUT /api/org/events/:id/floor-plan-image`. */
export interface FloorPlanImageUpload {
  /** The image's public address, now the event's `floorPlan.imageUrl`. */
  imageUrl: string;
  type: 'image/png' | 'image/svg+xml';
  size: number;
  etag: string;
}

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** A non-JSON body (CSV, an image). */
  text?: { type: string; value: string | Uint8Array };
  headers?: Record<string, string>;
}

const enc = encodeURIComponent;

/**
 * Creates a typed client for the markt HTTP API. Every method resolves with the parsed answer or rejects
 * with a `MarktApiError` carrying the server's `status`, `code`, `message` and `details`.
 *
 * Organizer calls use the session cookie `markt_session`: a browser keeps it by itself; where `fetch` cannot
 * (Node), the client keeps it in a small cookie jar of its own. `login()` remembers the CSRF token and sends it
 * on every POST, PUT, PATCH and DELETE.
 * @param options `baseUrl`; `fetch` (default global); `deviceToken` for booth/kiosk calls; `csrfToken`
 * @returns the client: `health`, `public`, `pair`, `kiosk`, `booth`, `auth`, `org`, and `setDeviceToken`
 * @example
 * import { createMarktClient } from '@markt/server/client';
 * const markt = createMarktClient({ baseUrl: 'http://127.0.0.1:8080' });
 * await markt.auth.login({ email: 'demo@markt.example', password });
 * const events = await markt.org.events.list();
 */
export function createMarktClient(options: MarktClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  let deviceToken = options.deviceToken;
  let csrfToken = options.csrfToken;
  // Browsers hide Set-Cookie from scripts and manage the cookie themselves; this jar only fills where fetch cannot (Node).
  let sessionCookie: string | undefined;

  const send = async (call: Call): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
    if (deviceToken) headers.authorization = `Bearer ${deviceToken}`;
    if (csrfToken && call.method !== 'GET') headers['x-csrf-token'] = csrfToken;
    if (sessionCookie) headers.cookie = `markt_session=${sessionCookie}`;
    let body: string | Uint8Array | undefined;
    if (call.text) {
      headers['content-type'] = call.text.type;
      body = call.text.value;
    } else if (call.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(call.body);
    }
    // Default credentials ("same-origin"): the organizer's pages share the server's origin, and embeds on other
    // origins read public data, whose CORS answers never allow credentials ("include" would make them fail).
    const res = await doFetch(`${base}${call.path}`, { method: call.method, headers, ...(body === undefined ? {} : { body }) });
    const setCookies = typeof res.headers.getSetCookie === 'function' ? res.headers.getSetCookie() : [res.headers.get('set-cookie') ?? ''];
    for (const line of setCookies) {
      const match = /^\s*markt_session=([^;]*)/.exec(line);
      if (!match) continue;
      const cleared = match[1] === '' || /;\s*max-age=0\b/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line);
      sessionCookie = cleared ? undefined : match[1];
    }
    if (!res.ok && res.status !== 304) throw await errorOf(res);
    return res;
  };
  const json = async <T>(call: Call): Promise<T> => (await send(call)).json() as Promise<T>;
  const text = async (call: Call): Promise<string> => (await send(call)).text();
  const none = async (call: Call): Promise<void> => {
    await (await send(call)).arrayBuffer();
  };

  const E = (eventId: string) => `/api/org/events/${enc(eventId)}`;

  /** CRUD of one kind of an event's records. */
  const resource = <Out, In>(kind: 'providers' | 'offers' | 'stands') => (eventId: string) => ({
    /** Every record of the event. */
    list: () => json<Out[]>({ method: 'GET', path: `${E(eventId)}/${kind}` }),
    /** Creates a record (`409 CONFLICT` when the id is taken); a stand's `eventId` comes from the path. */
    create: (record: Omit<In, 'eventId'> & { eventId?: string }) => json<Out>({ method: 'POST', path: `${E(eventId)}/${kind}`, body: record }),
    /** One record (`404` when unknown). */
    get: (id: string) => json<Out>({ method: 'GET', path: `${E(eventId)}/${kind}/${enc(id)}` }),
    /** Replaces a record; the body's `id` (and a stand's `eventId`) may be left out. */
    replace: (id: string, record: Omit<In, 'id' | 'eventId'> & { id?: string; eventId?: string }) =>
      json<Out>({ method: 'PUT', path: `${E(eventId)}/${kind}/${enc(id)}`, body: record }),
    /** Deletes a record (`409 IN_USE` for a provider that still has offers or stands). */
    delete: (id: string) => none({ method: 'DELETE', path: `${E(eventId)}/${kind}/${enc(id)}` }),
  });

  return {
    /** Replaces (or with `undefined` forgets) the device token sent as `Authorization: Bearer …`. */
    setDeviceToken(token: string | undefined): void {
      deviceToken = token;
    },
    /** The CSRF token the client sends on unsafe organizer requests (set by `auth.login` and `auth.me`). */
    get csrfToken(): string | undefined {
      return csrfToken;
    },
    /** `GET /api/health`. */
    health: () => json<{ ok: boolean }>({ method: 'GET', path: '/api/health' }),
    /** `GET /api/openapi.json`: the OpenAPI 3.1 document. */
    openApi: () => json<Record<string, unknown>>({ method: 'GET', path: '/api/openapi.json' }),

    /**
     * Public routes (kiosks and phones, no login).
     * @example
     * let cached = await markt.public.event('fair-1');
     * const again = await markt.public.event('fair-1', { etag: cached.etag }); // again.notModified === true
     * await markt.public.standVisit(token, { deviceId, idempotencyKey: crypto.randomUUID() });
     */
    public: {
      /** `GET /api/events/:id/public`; pass the last `etag` to get `{ notModified: true }` (a 304) while nothing changed. */
      async event(eventId: string, opts: { etag?: string } = {}): Promise<PublicEventResult> {
        const res = await send({ method: 'GET', path: `/api/events/${enc(eventId)}/public`, headers: opts.etag ? { 'if-none-match': opts.etag } : {} });
        const etag = res.headers.get('etag') ?? opts.etag ?? '';
        if (res.status === 304) return { notModified: true, etag };
        return { notModified: false, etag, data: (await res.json()) as PublicEventData };
      },
      /** `GET /api/stand/:token`: the stand's page data. */
      stand: (token: string) => json<StandPage>({ method: 'GET', path: `/api/stand/${enc(token)}` }),
      /** `POST /api/stand/:token/visits` (idempotent by `idempotencyKey`). */
      standVisit: (token: string, visit: StandVisitInput) => json<Recorded>({ method: 'POST', path: `/api/stand/${enc(token)}/visits`, body: visit }),
      /** `POST /api/stand/:token/leads` (idempotent by `idempotencyKey`; rate-limited per device and stand). */
      standLead: (token: string, lead: StandLeadInput) => json<Recorded>({ method: 'POST', path: `/api/stand/${enc(token)}/leads`, body: lead }),
      /** `GET /api/events/:id/floor-plan-image`: the event's floor-plan image (PNG or SVG) as bytes. */
      async floorPlanImage(eventId: string): Promise<Uint8Array> {
        return new Uint8Array(await (await send({ method: 'GET', path: `/api/events/${enc(eventId)}/floor-plan-image` })).arrayBuffer());
      },
      /** `DELETE /api/visitor/:deviceId`: erases that device's visits and leads. */
      eraseVisitor: (deviceId: string) => json<Erased>({ method: 'DELETE', path: `/api/visitor/${enc(deviceId)}` }),
    },

    /**
     * `POST /api/pair { code }`: exchanges a single-use pairing code for a device token. The client does not keep
     * the token by itself: call `setDeviceToken(pairing.token)` (and store it on the device).
     * @example
     * const pairing = await markt.pair('ABCD-EFGH');
     * markt.setDeviceToken(pairing.token);
     */
    pair: (code: string) => json<Pairing>({ method: 'POST', path: '/api/pair', body: { code } }),

    /**
     * A paired kiosk's routes (device token, role kiosk).
     * @example
     * await markt.kiosk.visit({ standId: 's-12', deviceId, source: 'kiosk', idempotencyKey });
     */
    kiosk: {
      me: () => json<KioskMe>({ method: 'GET', path: '/api/kiosk/me' }),
      visit: (visit: VisitInput) => json<Recorded>({ method: 'POST', path: '/api/kiosk/visits', body: visit }),
      lead: (lead: LeadRequest) => json<Recorded>({ method: 'POST', path: '/api/kiosk/leads', body: lead }),
      quiz: (quiz: QuizRecordInput) => json<{ id: string }>({ method: 'POST', path: '/api/kiosk/quizzes', body: quiz }),
      search: (search: SearchRecordInput) => json<{ stored: boolean }>({ method: 'POST', path: '/api/kiosk/searches', body: search }),
      feedback: (feedback: FeedbackRequest) => json<{ id: string }>({ method: 'POST', path: '/api/kiosk/feedback', body: feedback }),
      /** "This kiosk is in use" (`active`, repeat within `ttlSeconds`) or not (`idle`), for the organizer's visitors now. */
      session: (state: 'active' | 'idle') => json<KioskSessionAnswer>({ method: 'POST', path: '/api/kiosk/sessions', body: { state } }),
    },

    /**
     * A paired booth tablet's routes (device token, role booth): only its provider's leads.
     * @example
     * const { leads } = await markt.booth.leads({ after: lastSeq });
     * await markt.booth.patchLead(leads[0].id, { rating: 5, status: 'contacted' });
     * await markt.booth.deleteLead(leads[1].id); // the visitor withdrew consent at the stand
     * const csv = await markt.booth.leadsCsv();
     */
    booth: {
      me: () => json<BoothMe>({ method: 'GET', path: '/api/booth/me' }),
      /** The provider's leads with `seq` greater than `after` (default 0), in seq order. */
      leads: (opts: { after?: number } = {}) =>
        json<{ leads: BoothLead[] }>({ method: 'GET', path: `/api/booth/leads${opts.after === undefined ? '' : `?after=${opts.after}`}` }),
      patchLead: (leadId: string, patch: LeadPatchInput) => json<BoothLead>({ method: 'PATCH', path: `/api/booth/leads/${enc(leadId)}`, body: patch }),
      /** Erases one of the provider's leads (its visitor withdrew consent); the provider's tablets get `erased`. */
      deleteLead: (leadId: string) => none({ method: 'DELETE', path: `/api/booth/leads/${enc(leadId)}` }),
      /** Who is on duty at the provider's stands (and the Jobcenter's help desks). */
      rota: () => json<BoothRota>({ method: 'GET', path: '/api/booth/rota' }),
      /** The leads as CSV text (UTF-8). */
      leadsCsv: () => text({ method: 'GET', path: '/api/booth/leads.csv', headers: { accept: 'text/csv' } }),
    },

    /**
     * Organizer login. In Node the client keeps the `markt_session` cookie itself; in a browser the browser does.
     * @example
     * const { csrfToken, tenant } = await markt.auth.login({ email, password });
     */
    auth: {
      async login(credentials: { email: string; password: string }): Promise<OrganizerSession> {
        const session = await json<OrganizerSession>({ method: 'POST', path: '/api/auth/login', body: credentials });
        csrfToken = session.csrfToken;
        return session;
      },
      /** The session of a reloaded page (and its CSRF token, which the client keeps). */
      async me(): Promise<OrganizerSession> {
        const session = await json<OrganizerSession>({ method: 'GET', path: '/api/auth/me' });
        csrfToken = session.csrfToken;
        return session;
      },
      async logout(): Promise<void> {
        await json<{ ok: boolean }>({ method: 'POST', path: '/api/auth/logout' });
        csrfToken = undefined;
        sessionCookie = undefined;
      },
    },

    /**
     * The organizer's resources (session + CSRF): events and, below one event, its records, devices, posters,
     * report and CSV import; and the tenant's embed origins.
     * @example
     * const ev = await markt.org.events.create({ title: { de: 'Jobmesse' }, startsAt, endsAt, venue });
     * await markt.org.providers(ev.id).create(provider);
     * const { code } = await markt.org.devices(ev.id).create({ role: 'booth', providerId: provider.id, name: 'Tablet 1' });
     * const report = await markt.org.report(ev.id);
     */
    org: {
      events: {
        list: () => json<Event[]>({ method: 'GET', path: '/api/org/events' }),
        /** Creates an event; the `id` is generated when left out. */
        create: (event: Omit<EventInput, 'id'> & { id?: string }) => json<Event>({ method: 'POST', path: '/api/org/events', body: event }),
        get: (eventId: string) => json<Event>({ method: 'GET', path: E(eventId) }),
        /** A full event, or only the top-level fields to change; `null` removes an optional field. */
        patch: (eventId: string, patch: EventPatch) => json<Event>({ method: 'PATCH', path: E(eventId), body: patch }),
      },
      providers: resource<Provider, ProviderInput>('providers'),
      offers: resource<Offer, OfferInput>('offers'),
      stands: resource<StandWithUrl, StandInput>('stands'),
      radar: (eventId: string) => ({
        get: () => json<RadarRow[]>({ method: 'GET', path: `${E(eventId)}/radar` }),
        /** Replaces the whole radar table. */
        replace: (rows: RadarRowInput[]) => json<RadarRow[]>({ method: 'PUT', path: `${E(eventId)}/radar`, body: rows }),
      }),
      devices: (eventId: string) => ({
        list: () => json<DeviceView[]>({ method: 'GET', path: `${E(eventId)}/devices` }),
        /** A pairing code for a booth tablet (of one provider) or a kiosk. */
        create: (request: DeviceRequest) => json<PairingCode>({ method: 'POST', path: `${E(eventId)}/devices`, body: request }),
        /** Revokes a device: its token is refused at once and its sockets get `revoked`. */
        revoke: (deviceId: string) => none({ method: 'DELETE', path: `${E(eventId)}/devices/${enc(deviceId)}` }),
      }),
      /** Pairing codes made but not used yet (never the codes); withdraw one when its sheet went missing. */
      pairingCodes: (eventId: string) => ({
        list: () => json<PendingPairingCode[]>({ method: 'GET', path: `${E(eventId)}/pairing-codes` }),
        /** Withdraws an unused code: pairing with it then fails as with an unknown code. */
        withdraw: (codeId: string) => none({ method: 'DELETE', path: `${E(eventId)}/pairing-codes/${enc(codeId)}` }),
        /** Withdraws every unused code of the event (a whole code sheet went missing). */
        withdrawAll: () => json<{ withdrawn: number }>({ method: 'DELETE', path: `${E(eventId)}/pairing-codes` }),
      }),
      /**
       * Erases a person's leads by e-mail address or phone number (Art. 17 GDPR): in one event, or with `eventId`
       * null in all the tenant's events. Answers only how many.
       */
      erase: (eventId: string | null, request: ErasureRequest) =>
        json<{ deleted: number }>({ method: 'POST', path: eventId === null ? '/api/org/erasure' : `${E(eventId)}/erasure`, body: request }),
      /** A stand's QR code as SVG text. */
      qrSvg: (eventId: string, standId: string) => text({ method: 'GET', path: `${E(eventId)}/stands/${enc(standId)}/qr.svg` }),
      /** A stand's QR code as PNG bytes. */
      async qrPng(eventId: string, standId: string): Promise<Uint8Array> {
        return new Uint8Array(await (await send({ method: 'GET', path: `${E(eventId)}/stands/${enc(standId)}/qr.png` })).arrayBuffer());
      },
      /** The staffing rota (Dienstplan); a shift must lie within the event's days. */
      rota: (eventId: string) => ({
        list: () => json<RotaShift[]>({ method: 'GET', path: `${E(eventId)}/rota` }),
        /** Adds a shift; the `id` is generated when left out. */
        create: (shift: Omit<RotaShift, 'id'> & { id?: string }) => json<RotaShift>({ method: 'POST', path: `${E(eventId)}/rota`, body: shift }),
        replace: (shiftId: string, shift: Omit<RotaShift, 'id'> & { id?: string }) =>
          json<RotaShift>({ method: 'PUT', path: `${E(eventId)}/rota/${enc(shiftId)}`, body: shift }),
        delete: (shiftId: string) => none({ method: 'DELETE', path: `${E(eventId)}/rota/${enc(shiftId)}` }),
      }),
      posters: (eventId: string) => json<Poster[]>({ method: 'GET', path: `${E(eventId)}/posters` }),
      /** A new event from this one as a template (never visits, leads or devices). */
      clone: (eventId: string, request: CloneRequest) => json<Event>({ method: 'POST', path: `${E(eventId)}/clone`, body: request }),
      /** The event as a template file for another tenant; offers and stands come only with their providers. */
      template: (eventId: string, opts: { providers?: boolean; offers?: boolean } = {}) =>
        json<EventTemplate>({
          method: 'GET',
          path: `${E(eventId)}/template?providers=${opts.providers === false ? 0 : 1}&offers=${opts.offers === false ? 0 : 1}`,
        }),
      /** Imports a template file (from any tenant) as a new event of this organizer's tenant. */
      importTemplate: (request: ImportTemplateRequest) =>
        json<{ id: string }>({ method: 'POST', path: '/api/org/events/import-template', body: request }),
      report: (eventId: string) => json<EventReport>({ method: 'GET', path: `${E(eventId)}/report` }),
      reportCsv: (eventId: string) => text({ method: 'GET', path: `${E(eventId)}/report.csv` }),
      /**
       * Imports providers, offers or radar rows from CSV text. By default nothing is imported unless every row is
       * valid (`400 INVALID_CSV` with `details` by line); `validOnly` imports the valid rows and lists the others.
       */
      import: (eventId: string, kind: ImportKind, csv: string, opts: { validOnly?: boolean } = {}) =>
        json<ImportResult>({
          method: 'POST',
          path: `${E(eventId)}/import?kind=${kind}${opts.validOnly ? '&mode=valid-only' : ''}`,
          text: { type: 'text/csv; charset=utf-8', value: csv },
        }),
      /** The floor-plan image drawn under the stands (served publicly at `floorPlan.imageUrl`). */
      floorPlanImage: (eventId: string) => ({
        /** Uploads a PNG, or an SVG without scripts, event handlers or external links (up to 2 MB), and sets `floorPlan.imageUrl`. */
        upload: (type: 'image/png' | 'image/svg+xml', image: Uint8Array | string) =>
          json<FloorPlanImageUpload>({ method: 'PUT', path: `${E(eventId)}/floor-plan-image`, text: { type, value: image } }),
        /** Removes the image and `floorPlan.imageUrl`. */
        delete: () => none({ method: 'DELETE', path: `${E(eventId)}/floor-plan-image` }),
      }),
      tenant: {
        /** The origins whose pages may embed this tenant's events. */
        origins: () => json<TenantOrigins>({ method: 'GET', path: '/api/org/tenant/origins' }),
        /** Replaces the origins (at most 20, like `https://www.example.org`). */
        setOrigins: (origins: string[]) => json<TenantOrigins>({ method: 'PUT', path: '/api/org/tenant/origins', body: { origins } }),
      },
    },
  };
}

/** The client `createMarktClient` returns. */
export type MarktClient = ReturnType<typeof createMarktClient>;

/** Turns an error answer into a `MarktApiError`, whatever its body. */
async function errorOf(res: Response): Promise<MarktApiError> {
  const raw = await res.text();
  try {
    const body = JSON.parse(raw) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const error = body.error;
    if (error && typeof error.code === 'string' && typeof error.message === 'string') {
      return new MarktApiError(res.status, error.code, error.message, Array.isArray(error.details) ? (error.details as ApiIssue[]) : []);
    }
  } catch {
    // Not JSON (a proxy's error page): keep the status, say what came back.
  }
  return new MarktApiError(res.status, `HTTP_${res.status}`, `The server answered ${res.status} ${res.statusText}: ${raw.slice(0, 200)}`);
}
