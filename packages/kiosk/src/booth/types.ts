import type { Event as MarktEvent, Provider, Stand } from '@markt/sdk';

/** A lead as the booth sees it (`feed` items of kind `lead`, `GET /api/booth/leads`). */
export interface BoothLead {
  id: string;
  seq?: number;
  createdAt: string;
  offerId: string | null;
  standId: string | null;
  contact: { name?: string; phone?: string; email?: string };
  locale: string;
  message: string | null;
  rating: number | null;
  notes: string | null;
  tags: string[];
  status: LeadStatus;
}

/** Where the provider's staff are with a lead. */
export type LeadStatus = 'new' | 'contacted' | 'done';

/** What a booth may change on a lead (`PATCH /api/booth/leads/:id`). */
export interface LeadPatch {
  rating?: number | null;
  notes?: string | null;
  tags?: string[];
  status?: LeadStatus;
}

/** `GET /api/booth/me`. */
export interface BoothMe {
  device: { id: string; name?: string | null };
  provider: Provider | null;
  event: MarktEvent | null;
  /** The provider's first stand (by number); see `stands`. */
  stand: Stand | null;
  /** Every stand of the provider at this event, by number (a provider may have several). */
  stands?: Stand[];
  /** The organizer's list of tags for leads (the event's `leadTags`). */
  tags: string[];
}

/** `POST /api/pair` answer. */
export interface Pairing {
  token: string;
  role: 'booth' | 'kiosk';
  eventId: string;
  providerId?: string;
}

/** One shift of the rota as `GET /api/booth/rota` answers it. */
export interface BoothShift {
  id: string;
  standId: string;
  staffName: string;
  role?: string;
  startsAt: string;
  endsAt: string;
}

/** `GET /api/booth/rota`: the provider's stands (and, for the Jobcenter, the help desks) and their shifts. */
export interface BoothRota {
  stands: { id: string; number: string; label?: string }[];
  shifts: BoothShift[];
}
