// Test data and helpers for the embed tests (imported only by *.test.ts).
import type { EventInput, Offer, OfferInput, Provider, ProviderInput, Stand, StandInput } from '@markt/sdk';
import { EventSchema, OfferSchema, ProviderSchema, StandSchema, parse } from '@markt/sdk/schemas';
import type { PublicEventData } from './shared/public-data.js';

// Written as the schemas' input and parsed, so that defaults the SDK adds later are filled in here too.
const offer = (o: OfferInput): Offer => parse(OfferSchema, o);
const provider = (p: ProviderInput): Provider => parse(ProviderSchema, p);
const stand = (st: StandInput): Stand => parse(StandSchema, st);

export const providers: Provider[] = [
  provider({ id: 'p-care', name: 'Pflegeschule Nord', kind: 'training', certifications: ['azav'] }),
  provider({ id: 'p-drive', name: 'Logistik Süd', kind: 'training' }),
];

export const offers: Offer[] = [
  offer({
    id: 'o-care',
    providerId: 'p-care',
    kind: 'qualification',
    title: { de: 'Pflegehelfer*in', en: 'Care assistant' },
    summary: { de: 'Sechs Monate Ausbildung in der Altenpflege.', en: 'Six months of training in elderly care.' },
    occupations: ['82101'],
    riasec: 'S',
    schedule: { partTime: true },
    funding: ['bildungsgutschein'],
    url: 'https://pflegeschule.example/helfer',
  }),
  offer({
    id: 'o-kids',
    providerId: 'p-care',
    kind: 'apprenticeship',
    title: { de: 'Erzieher*in in Teilzeit' },
    summary: { de: 'Berufsbegleitend zur Erzieherin.' },
    riasec: 'SA',
  }),
  offer({
    id: 'o-forklift',
    providerId: 'p-drive',
    kind: 'qualification',
    title: { de: 'Staplerschein', en: 'Forklift licence' },
    summary: { de: 'In zwei Wochen zum Staplerschein.', en: 'A forklift licence in two weeks.' },
    riasec: 'R',
    url: 'https://logistik.example/stapler',
  }),
];

export const stands: Stand[] = [
  stand({ id: 'st-care', eventId: 'ev-test', providerId: 'p-care', number: '12', position: { x: 100, y: 100 } }),
  stand({ id: 'st-drive', eventId: 'ev-test', providerId: 'p-drive', number: '3', position: { x: 300, y: 100 } }),
];

export const eventData: PublicEventData = {
  event: parse(EventSchema, {
    id: 'ev-test',
    title: { de: 'Markt der Möglichkeiten Test', en: 'Fair test' },
    startsAt: '2027-03-10T09:00:00+01:00',
    endsAt: '2027-03-10T15:00:00+01:00',
    venue: { name: 'Rathaus' },
    floorPlan: { width: 400, height: 200, entrance: { x: 200, y: 200 } },
  } satisfies EventInput),
  providers,
  offers,
  stands,
};

/** The real markt server the test runner started (see web-test-runner.config.js, `marktRealServer`). */
export interface RealServer {
  url: string;
  eventId: string;
  otherEventId: string;
}

let server: Promise<RealServer> | undefined;

/** Starts (once) and returns the real markt server for these tests. */
export function realServer(): Promise<RealServer> {
  server ??= fetch('/__markt_server__').then((r) => r.json() as Promise<RealServer>);
  return server;
}

/** The demo fair's public data, read from the real server. */
export async function realData(): Promise<PublicEventData> {
  const { url, eventId } = await realServer();
  return (await fetch(`${url}/api/events/${eventId}/public`)).json() as Promise<PublicEventData>;
}

/** Resolves with the next `type` event from `target`. */
export function nextEvent<T>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));
}
