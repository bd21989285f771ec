import type { Event, EventInput, Offer, OfferKind, Provider, Stand } from '@markt/sdk';

export type { Event, EventInput, Offer, Provider, Stand };

/** The signed-in organizer. */
export interface OrgUser {
  id: string;
  email: string;
  name?: string;
}

/** The organisation (Jobcenter or agency) an organizer belongs to. */
export interface OrgTenant {
  id: string;
  name: string;
}

/** What `POST /api/auth/login` and `GET /api/auth/me` answer. */
export interface OrgSession {
  user: OrgUser;
  tenant: OrgTenant;
  csrfToken: string;
}

/** A paired (or pending) booth tablet or kiosk. */
export interface OrgDevice {
  id: string;
  role: 'booth' | 'kiosk';
  name: string;
  providerId?: string | null;
  online?: boolean;
  revoked?: boolean;
  lastSeenAt?: string;
  /** Contact requests the server refused for good from this kiosk (400/404/409/410/422), and when the last was. */
  refusedLeads?: number;
  lastRefusedAt?: string | null;
}

/** What `POST devices` answers: a short-lived pairing code. */
export interface PairingCode {
  code: string;
  expiresAt: string;
  pairUrl: string;
  /** The code's id in {@link PendingPairingCode} (servers before it answer without). */
  id?: string;
}

/**
 * A pairing code made but not used yet, as `GET pairing-codes` lists it (server store/org.ts,
 * `PendingPairingCode`): never the code itself.
 */
export interface PendingPairingCode {
  id: string;
  role: 'booth' | 'kiosk';
  providerId: string | null;
  name: string;
  createdAt: string;
  expiresAt: string;
}

/** The body of `POST erasure`: the person's e-mail address and/or phone number (at least one). */
export interface ErasureRequest {
  email?: string;
  phone?: string;
}

/** What `POST erasure` answers: how many contact requests were erased, nothing else. */
export interface ErasureResult {
  deleted: number;
}

/** One stand's poster as `GET posters` answers it. */
export interface Poster {
  standId?: string;
  standNumber: string;
  providerName: string;
  url: string;
  shortUrl: string;
  qrSvg?: string;
}

/** One labelled number of a chart. */
export interface CountRow {
  label: string;
  value: number;
}

/** A count the server withheld (between 1 and 4): `null` with `suppressed: true` (server store/report.ts, `MIN_COUNT`). */
export interface Withheld {
  suppressed?: true;
}

/**
 * The evaluation report of one event, as `GET report` answers it (every part optional but totals): counts only; a
 * count between 1 and 4 is withheld (`null`, shown as "withheld"), and so is a count that would tell one.
 */
export interface ReportData {
  totals: Partial<Record<'visits' | 'visitors' | 'leads' | 'quizzes' | 'searches' | 'feedback', number>>;
  /** Until the event's end the lists count only what was written before this 5-minute boundary; `null` once final. */
  listsUntil?: string | null;
  visitsPerStand?: ({ standId?: string; standNumber: string; providerName?: string; visits: number | null } & Withheld)[];
  visitsPerHour?: ({ hour: string; visits: number | null } & Withheld)[];
  leadsPerProvider?: ({ providerId?: string; providerName: string; leads: number | null } & Withheld)[];
  leadsPerOfferKind?: ({ kind: OfferKind | string; leads: number | null } & Withheld)[];
  interestCodes?: ({ code: string; count: number | null } & Withheld)[];
  /** Cleaned search terms that at least 5 kiosk visitor sessions share (a search without a session counts alone). */
  zeroResultSearches?: { query: string; count: number }[];
  /** Offers of different providers that look alike (server: store/near-duplicates.ts). */
  nearDuplicateOffers?: NearDuplicatePair[];
  /** `ratings`: how many gave each rating 1–5; `average` from 5 ratings on and only when it gives no withheld count away; `missing`: cleaned texts at least 5 visitors wrote alike. */
  feedback?: { count: number; average?: number | null; ratings?: ({ rating: number; count: number | null } & Withheld)[]; missing?: string[] };
}

/** What `POST import` answers when it imported. */
export interface ImportResult {
  imported: number;
  /** Stands only: of the rows imported, how many updated a stand that existed. */
  updated?: number;
  /** Bad rows (skipped in valid-only mode). */
  rejected?: number;
  errors?: { line: number; path: string; message: string }[];
}

/** One side of a near-duplicate pair. */
export interface DuplicateSide {
  offerId: string;
  providerId: string;
  title: string;
}

/** Two offers of different providers that look like the same offer, with the reasons. */
export interface NearDuplicatePair {
  a: DuplicateSide;
  b: DuplicateSide;
  /** Title similarity 0–1. */
  similarity: number;
  reasons: string[];
}

/** One shift of the staffing rota (`GET/POST /api/org/events/:id/rota`, server store/rota.ts). */
export interface RotaShift {
  id: string;
  standId: string;
  /** Who covers the stand (an employee; never shown publicly). */
  staffName: string;
  role?: string;
  startsAt: string;
  endsAt: string;
}
