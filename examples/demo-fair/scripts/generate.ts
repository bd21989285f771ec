/**
 * Writes the demo fair's JSON and CSV files in `data/` from the hand-written tables in `tables/`.
 * Deterministic: the same tables give byte-identical files. Run with `npm run generate -w @markt/demo-fair`;
 * an optional argument names another output folder (the test compares that output with `data/`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { EventInput, OfferInput, ProviderInput, RadarRowInput } from '@markt/sdk';
import { EventSchema, OfferSchema, ProviderSchema, RadarRowSchema, StandSchema, check } from '@markt/sdk/schemas';
import { floorPlan, layoutStands } from './floor.js';
import { toRadarCsv } from './radar-csv.js';
import { counselling } from './tables/counselling.js';
import { details } from './tables/details.js';
import { employersCare } from './tables/employers-care.js';
import { employersCraft } from './tables/employers-craft.js';
import { employersTrade } from './tables/employers-trade.js';
import { integration } from './tables/integration.js';
import { jobcenter } from './tables/jobcenter.js';
import { network } from './tables/network.js';
import { berufsgruppen, ortsteile, radarPeriod } from './tables/radar.js';
import { training } from './tables/training.js';
import type { OfferSpec, ProviderSpec } from './tables/types.js';

const eventId = 'pankow-2026';

const specs: readonly ProviderSpec[] = [
  ...jobcenter,
  ...network,
  ...training,
  ...integration,
  ...counselling,
  ...employersCare,
  ...employersTrade,
  ...employersCraft,
];

const event: EventInput = {
  id: eventId,
  title: {
    de: 'Markt der Möglichkeiten Pankow – Frühjahr 2027',
    en: 'Market of Opportunities Pankow – Spring 2027',
    tr: 'Pankow Fırsatlar Pazarı – İlkbahar 2027',
    ar: 'سوق الفرص في بانكوف – ربيع 2027',
    uk: 'Ярмарок можливостей Панков – весна 2027',
    ru: 'Ярмарка возможностей Панков – весна 2027',
    'de-x-ls': 'Markt der Möglichkeiten in Pankow: Arbeit, Lernen und Hilfe',
  },
  startsAt: '2027-04-14T10:00:00+02:00',
  endsAt: '2027-04-14T16:00:00+02:00',
  venue: { name: 'Bürgerhalle an der Panke', address: 'Mühlenstraße 24, 13187 Berlin', district: 'Pankow' },
  theme: {
    targetGroups: ['long-term-unemployed', 'single-parents', 'migrants', 'over-45', 'under-25'],
    offerKinds: ['qualification', 'integration', 'job', 'apprenticeship', 'counselling', 'self-employment', 'health', 'language'],
    employerFocus: false,
  },
  languages: ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'],
  retentionDays: 30,
  floorPlan,
  // Fictional contacts (.example domains) for the Art. 13 notice the visitor pages show.
  privacy: {
    controller: 'Jobcenter Berlin Pankow',
    contact: 'Jobcenter Berlin Pankow, Storkower Straße 133, 10407 Berlin · datenschutz@jobcenter-pankow.example',
    dpo: 'Behördlicher Datenschutzbeauftragter, Storkower Straße 133, 10407 Berlin · dsb@jobcenter-pankow.example',
    url: 'https://jobcenter-pankow.example/datenschutz',
  },
};

function provider(p: ProviderSpec): ProviderInput {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    description: { de: p.description.de, en: p.description.en },
    ...(p.certifications ? { certifications: p.certifications } : {}),
    website: `https://${p.id}.example/`,
    place: p.place,
  };
}

function offer(p: ProviderSpec, o: OfferSpec): OfferInput {
  const title: OfferInput['title'] = { de: o.de[0], en: o.en[0] };
  const summary: OfferInput['summary'] = { de: o.de[1], en: o.en[1] };
  for (const locale of ['tr', 'ar', 'uk', 'ru', 'de-x-ls'] as const) {
    const texts = o.more?.[locale];
    if (!texts) continue;
    title[locale] = texts[0];
    summary[locale] = texts[1];
  }
  const id = `${p.id}-${o.id}`;
  const extra = details[id];
  if (extra?.ls) {
    title['de-x-ls'] = extra.ls[0];
    summary['de-x-ls'] = extra.ls[1];
  }
  return {
    id,
    providerId: p.id,
    kind: o.kind,
    title,
    summary,
    ...(extra?.description ? { description: { de: extra.description.de, en: extra.description.en } } : {}),
    ...(o.occupations ? { occupations: o.occupations } : {}),
    ...(o.riasec ? { riasec: o.riasec } : {}),
    ...(o.targetGroups ? { targetGroups: o.targetGroups } : {}),
    ...(o.targetGroupsOnly ? { targetGroupsOnly: true } : {}),
    ...(o.topics ? { topics: o.topics } : {}),
    ...(o.requirements ? { requirements: o.requirements } : {}),
    ...(o.schedule ? { schedule: o.schedule } : {}),
    place: o.place ?? p.place,
    ...(o.funding ? { funding: o.funding } : {}),
    ...(o.languages ? { languages: o.languages } : {}),
    ...(o.keywords ? { keywords: o.keywords } : {}),
    ...(extra?.contact ? { contact: extra.contact } : {}),
  };
}

/** FNV-1a hash of a string, the seed of one radar cell. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a tiny seeded generator, so that the figures never change between runs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function radarRows(): RadarRowInput[] {
  const rows: RadarRowInput[] = [];
  for (const o of ortsteile) {
    for (const b of berufsgruppen) {
      const rnd = random(hash(`${o.code}:${b.kldb}`));
      const units = o.residents / 10000;
      const focus = o.focus[b.kldb] ?? 1;
      const vacancies = Math.round(b.vacancies * units * focus * (0.8 + 0.4 * rnd()));
      const jobSeekers = Math.round(b.jobSeekers * units * o.jobSeekerFactor * (0.8 + 0.4 * rnd()));
      const vacancyDurationDays = Math.round(b.durationDays * (0.85 + 0.3 * rnd()) * (focus > 1 ? 1.1 : 1));
      const change = b.trend + (rnd() - 0.5) * 0.1 + (focus > 1 ? 0.03 : 0);
      rows.push({
        regionCode: o.code,
        regionName: o.name,
        regionLevel: 'ortsteil',
        kldb: b.kldb,
        vacancies,
        jobSeekers,
        vacancyDurationDays,
        changeVsLastYear: Math.round(change * 1000) / 1000 || 0,
        period: radarPeriod,
        illustrative: true,
      });
    }
  }
  return rows;
}

function validated(schema: Parameters<typeof check>[0], what: string, items: readonly unknown[]): void {
  items.forEach((item, i) => {
    const r = check(schema, item);
    if (!r.ok) throw new Error(`${what} #${i}: ${r.issues.map((x) => `${x.path}: ${x.message}`).join('; ')}`);
  });
}

const providers = specs.map(provider);
const offers = specs.flatMap((p) => p.offers.map((o) => offer(p, o)));
const unknownDetails = Object.keys(details).filter((id) => !offers.some((o) => o.id === id));
if (unknownDetails.length > 0) throw new Error(`details.ts names offers that do not exist: ${unknownDetails.join(', ')}`);
const stands = layoutStands(specs, eventId);
const radar = radarRows();

validated(EventSchema, 'event', [event]);
validated(ProviderSchema, 'provider', providers);
validated(OfferSchema, 'offer', offers);
validated(StandSchema, 'stand', stands);
validated(RadarRowSchema, 'radar row', radar);

const names = new Map(berufsgruppen.map((b) => [b.kldb, b.name]));
const dir = process.argv[2] ? pathToFileURL(`${process.argv[2].replace(/\/$/, '')}/`) : new URL('../data/', import.meta.url);
mkdirSync(dir, { recursive: true });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(new URL('event.json', dir), json(event));
writeFileSync(new URL('providers.json', dir), json(providers));
writeFileSync(new URL('offers.json', dir), json(offers));
writeFileSync(new URL('stands.json', dir), json(stands));
writeFileSync(new URL('radar.json', dir), json(radar));
writeFileSync(new URL('radar.csv', dir), toRadarCsv(radar, (kldb) => names.get(kldb) ?? ''));
console.log(`demo fair: ${providers.length} providers, ${offers.length} offers, ${stands.length} stands, ${radar.length} radar rows`);
