/**
 * A fair with a day of activity, generated deterministically from a seed: the fair itself (providers, offers,
 * stands) and the raw activity (visits, leads, quizzes, searches, feedback) as plain arrays, so that a test can
 * write the activity through the real routes and compute every figure of the report from the arrays itself.
 */
import type { OfferInput, ProviderInput, StandInput } from '@markt/sdk';
import type { FairData } from '../../src/store/fair.js';

/** mulberry32: a small seeded PRNG, the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenVisit { standId: string; deviceId: string; source: 'qr' | 'kiosk'; at: string; idempotencyKey: string }
export interface GenLead { providerId: string; offerId?: string; standId?: string; deviceId: string; idempotencyKey: string; at: string }
export interface GenQuiz { code: string; idempotencyKey: string; at: string }
export interface GenSearch { query: string; resultCount: number; at: string }
export interface GenFeedback { rating: number; idempotencyKey: string; at: string }

export interface GeneratedFair {
  fair: FairData;
  visits: GenVisit[];
  leads: GenLead[];
  quizzes: GenQuiz[];
  searches: GenSearch[];
  feedback: GenFeedback[];
}

const KINDS = ['qualification', 'integration', 'job', 'apprenticeship', 'counselling', 'language'] as const;
const CODES = ['S', 'SA', 'SAE', 'RIC', 'RC', 'CE', 'ESC', 'AI', 'IR', ''] as const;
/** Searches as visitors type them: case and spaces vary, umlauts included. */
const QUERIES = ['Gabelstapler', 'gabelstapler ', ' GABELSTAPLER', 'Imker', 'Ärztin', 'ärztin', 'Tierpflege', 'Pflege', 'Kita', 'Nachtschicht'] as const;

/**
 * Generates the fair and its activity.
 * @param seed the PRNG seed
 * @param eventId the event id
 * @returns the fair and the raw arrays (about 3,000 visits, 300 leads, 400 quizzes, 250 searches, 200 feedback)
 * @example const g = generateFair(7, 'fair-gen');
 */
export function generateFair(seed: number, eventId: string): GeneratedFair {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pad = (prefix: string, i: number) => `${prefix}-${String(i).padStart(6, '0')}`.padEnd(16, 'x');

  const providers: ProviderInput[] = [];
  const offers: OfferInput[] = [];
  const stands: StandInput[] = [];
  for (let p = 0; p < 12; p++) {
    const id = `p-${p}`;
    providers.push({ id, name: `Träger ${p}`, kind: p === 0 ? 'jobcenter' : pick(['training', 'integration', 'counselling', 'employer'] as const) });
    const nOffers = p === 11 ? 0 : 1 + Math.floor(rnd() * 3);
    for (let o = 0; o < nOffers; o++) {
      offers.push({ id: `o-${p}-${o}`, providerId: id, kind: pick(KINDS), title: { de: `Angebot ${p}.${o}` }, summary: { de: 'Kurz' } });
    }
    stands.push({ id: `st-${p}`, eventId, providerId: id, number: String(p + 1) });
    if (p === 3) stands.push({ id: `st-${p}b`, eventId, providerId: id, number: `${p + 1}b` });
  }
  stands.push({ id: 'st-help', eventId, providerId: 'p-0', number: 'H', label: 'Infotheke' });

  // 09:00–15:00 Berlin time (08:00–14:00 UTC) with a peak around noon.
  const day = Date.parse('2027-03-10T08:00:00Z');
  const when = () => new Date(day + Math.floor(((rnd() + rnd() + rnd()) / 3) * 6 * 3600_000)).toISOString();
  const devices = Array.from({ length: 900 }, (_, i) => pad('dev', i));
  const weights = stands.map((_, i) => 1 + ((i * 7) % 5)); // some stands are busier
  const total = weights.reduce((a, b) => a + b, 0);
  const weightedStand = () => {
    let r = rnd() * total;
    for (let i = 0; i < stands.length; i++) if ((r -= weights[i]!) < 0) return stands[i]!;
    return stands[stands.length - 1]!;
  };

  const visits: GenVisit[] = Array.from({ length: 3000 }, (_, i) => ({
    standId: weightedStand().id,
    deviceId: pick(devices),
    source: rnd() < 0.7 ? 'qr' : 'kiosk',
    at: when(),
    idempotencyKey: pad('visit', i),
  }));
  const leads: GenLead[] = Array.from({ length: 300 }, (_, i) => {
    const provider = pick(providers.slice(0, 11)); // p-11 never gets a lead
    const own = offers.filter((o) => o.providerId === provider.id);
    const offer = rnd() < 0.8 ? pick(own) : undefined;
    const stand = rnd() < 0.5 ? stands.find((s) => s.providerId === provider.id) : undefined;
    return {
      providerId: provider.id,
      ...(offer ? { offerId: offer.id } : {}),
      ...(stand ? { standId: stand.id } : {}),
      deviceId: pick(devices),
      idempotencyKey: pad('lead', i),
      at: when(),
    };
  });
  const quizzes: GenQuiz[] = Array.from({ length: 400 }, (_, i) => ({ code: pick(CODES), idempotencyKey: pad('quiz', i), at: when() }));
  const searches: GenSearch[] = Array.from({ length: 250 }, () => ({ query: pick(QUERIES), resultCount: rnd() < 0.6 ? 0 : 1 + Math.floor(rnd() * 5), at: when() }));
  const feedback: GenFeedback[] = Array.from({ length: 200 }, (_, i) => ({ rating: 1 + Math.floor(rnd() * rnd() * 5), idempotencyKey: pad('fb', i), at: when() }));

  return {
    fair: {
      event: {
        id: eventId,
        title: { de: 'Markt der Möglichkeiten (generiert)' },
        startsAt: '2027-03-10T09:00:00+01:00',
        endsAt: '2027-03-10T15:00:00+01:00',
        venue: { name: 'Rathaus Pankow', district: 'Pankow' },
        retentionDays: 30,
      },
      providers,
      offers,
      stands,
      radar: [],
    },
    visits,
    leads,
    quizzes,
    searches,
    feedback,
  };
}
