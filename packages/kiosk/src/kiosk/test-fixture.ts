// A small, realistic fair in Berlin-Pankow for the kiosk's tests: five providers, eight offers, six stands,
// a floor plan with an entrance, and illustrative radar rows for three Ortsteile. Validated through the SDK's schemas.
import type { EventInput, OfferInput, ProviderInput, RadarRowInput, StandInput } from '@markt/sdk';
import { EventSchema, OfferSchema, ProviderSchema, RadarRowSchema, StandSchema, parse } from '@markt/sdk/schemas';
import type { KioskData } from './kiosk.component.js';

const event: EventInput = {
  id: 'pankow-2026',
  title: { de: 'Markt der Möglichkeiten Pankow', en: 'Opportunities fair Pankow' },
  startsAt: '2026-03-12T10:00:00+01:00',
  endsAt: '2026-03-12T15:00:00+01:00',
  venue: { name: 'Jobcenter Pankow, Halle', district: 'Prenzlauer Berg' },
  languages: ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'],
  retentionDays: 30,
  floorPlan: { width: 400, height: 300, entrance: { x: 200, y: 290 } },
};

const providers: ProviderInput[] = [
  { id: 'pflege-nord', name: 'Pflegeschule Nord', kind: 'training', certifications: ['azav'] },
  { id: 'kita-verbund', name: 'Kita-Verbund Pankow', kind: 'employer' },
  { id: 'werkstatt-weissensee', name: 'Werkstatt Weißensee gGmbH', kind: 'integration' },
  { id: 'schuldnerberatung', name: 'Schuldnerberatung Pankow', kind: 'counselling' },
  { id: 'sprachschule', name: 'Sprachschule Brücke', kind: 'training' },
];

const offers: OfferInput[] = [
  {
    id: 'altenpflege-helfer',
    providerId: 'pflege-nord',
    kind: 'qualification',
    title: { de: 'Pflegehelfer/in in der Altenpflege', en: 'Care assistant for older people' },
    summary: { de: 'Zwölf Wochen Kurs mit Praktikum, danach Arbeit in der Pflege.', en: 'Twelve-week course with a placement, then work in care.' },
    occupations: ['82102'],
    riasec: 'SR',
    funding: ['bildungsgutschein'],
    schedule: { partTime: true, start: '08:30', end: '14:30', days: [1, 2, 3, 4, 5] },
    requirements: { germanLevel: 'A2' },
    place: { district: 'Pankow' },
    keywords: ['Pflege', 'Altenpflege', 'Senioren'],
  },
  {
    id: 'erzieher-quereinstieg',
    providerId: 'kita-verbund',
    kind: 'job',
    title: { de: 'Quereinstieg als Erzieher/in', en: 'Career change into childcare' },
    summary: { de: 'Berufsbegleitende Ausbildung mit Gehalt in unseren Kitas.', en: 'Paid training on the job in our day-care centres.' },
    occupations: ['83112'],
    riasec: 'SA',
    funding: ['paid-job'],
    schedule: { partTime: true, flexible: true },
    requirements: { germanLevel: 'B2', schoolCertificate: 'mittlere-reife' },
    place: { district: 'Prenzlauer Berg' },
    keywords: ['Kita', 'Kinder', 'Erzieher'],
  },
  {
    id: 'kita-helfer',
    providerId: 'kita-verbund',
    kind: 'job',
    title: { de: 'Helfer/in in der Kita-Küche', en: 'Kitchen helper in a day-care centre' },
    summary: { de: 'Teilzeit am Vormittag, Kochen und Ausgeben des Mittagessens.', en: 'Part time in the mornings, cooking and serving lunch.' },
    occupations: ['29302'],
    funding: ['paid-job'],
    schedule: { partTime: true, start: '08:00', end: '13:00', hoursPerWeek: 20 },
    place: { district: 'Weißensee' },
    keywords: ['Küche', 'Kochen'],
  },
  {
    id: 'fahrrad-werkstatt',
    providerId: 'werkstatt-weissensee',
    kind: 'integration',
    title: { de: 'Fahrradwerkstatt: Arbeitsgelegenheit', en: 'Bicycle workshop: work opportunity' },
    summary: { de: 'Fahrräder reparieren im Team, Einstieg in Arbeit, mit Anleitung.', en: 'Repair bicycles in a team, a first step into work, with guidance.' },
    occupations: ['25212'],
    riasec: 'R',
    funding: ['avgs'],
    schedule: { partTime: true, start: '09:00', end: '14:00' },
    targetGroups: ['long-term-unemployed', 'over-45'],
    place: { district: 'Weißensee' },
    keywords: ['Fahrrad', 'Werkstatt', 'reparieren'],
  },
  {
    id: 'lager-logistik',
    providerId: 'werkstatt-weissensee',
    kind: 'qualification',
    title: { de: 'Fachkraft Lagerlogistik mit Staplerschein', en: 'Warehouse logistics with forklift licence' },
    summary: { de: 'Qualifizierung im Lager, Staplerschein inklusive.', en: 'Warehouse training, forklift licence included.' },
    occupations: ['51311'],
    riasec: 'RC',
    funding: ['bildungsgutschein'],
    schedule: { start: '07:00', end: '15:30', hoursPerWeek: 38 },
    requirements: { physicalLoad: 'medium' },
    place: { district: 'Heinersdorf' },
    keywords: ['Lager', 'Stapler', 'Logistik'],
  },
  {
    id: 'schulden-beratung',
    providerId: 'schuldnerberatung',
    kind: 'counselling',
    title: { de: 'Schuldnerberatung', en: 'Debt counselling' },
    summary: { de: 'Kostenlose, vertrauliche Beratung bei Schulden.', en: 'Free, confidential advice on debts.' },
    topics: ['debt'],
    funding: ['free'],
    schedule: { flexible: true },
    languages: ['tr', 'ar'],
    place: { district: 'Pankow' },
    keywords: ['Schulden', 'Geld'],
  },
  {
    id: 'deutsch-b1-beruf',
    providerId: 'sprachschule',
    kind: 'language',
    title: { de: 'Berufssprachkurs Deutsch B1', en: 'German for work, level B1' },
    summary: { de: 'Deutsch für den Beruf, vormittags, mit Kinderbetreuung.', en: 'German for work, mornings, with childcare.' },
    funding: ['free'],
    schedule: { partTime: true, start: '08:30', end: '12:30' },
    targetGroups: ['migrants'],
    requirements: { germanLevel: 'A2' },
    languages: ['uk', 'ru', 'ar'],
    place: { district: 'Prenzlauer Berg' },
    keywords: ['Deutsch', 'Sprache', 'Kurs'],
  },
  {
    id: 'buero-kaufleute',
    providerId: 'pflege-nord',
    kind: 'qualification',
    title: { de: 'Kaufleute für Büromanagement (Umschulung)', en: 'Office management (retraining)' },
    summary: { de: 'Umschulung in Teilzeit mit IHK-Abschluss.', en: 'Part-time retraining with a chamber certificate.' },
    occupations: ['71402'],
    riasec: 'CE',
    funding: ['bildungsgutschein'],
    schedule: { partTime: true, start: '08:00', end: '14:00' },
    place: { district: 'Pankow' },
    keywords: ['Büro', 'Verwaltung', 'Computer'],
  },
];

const stands: StandInput[] = [
  { id: 's1', eventId: 'pankow-2026', providerId: 'pflege-nord', number: '1', position: { x: 60, y: 230 }, size: { w: 60, h: 40 } },
  { id: 's2', eventId: 'pankow-2026', providerId: 'kita-verbund', number: '2', position: { x: 60, y: 60 }, size: { w: 60, h: 40 } },
  { id: 's3', eventId: 'pankow-2026', providerId: 'werkstatt-weissensee', number: '3', position: { x: 200, y: 60 }, size: { w: 60, h: 40 } },
  { id: 's4', eventId: 'pankow-2026', providerId: 'schuldnerberatung', number: '4', position: { x: 340, y: 60 }, size: { w: 60, h: 40 } },
  { id: 's5', eventId: 'pankow-2026', providerId: 'sprachschule', number: '5', position: { x: 340, y: 230 }, size: { w: 60, h: 40 } },
  { id: 's6', eventId: 'pankow-2026', providerId: 'jobcenter', number: 'Info', position: { x: 200, y: 160 }, size: { w: 50, h: 30 }, label: 'Information' },
];

const radar: RadarRowInput[] = [
  { regionCode: 'pankow-ot', regionName: 'Pankow', regionLevel: 'ortsteil', kldb: '82102', vacancies: 120, jobSeekers: 80, vacancyDurationDays: 160, changeVsLastYear: 0.12, illustrative: true },
  { regionCode: 'weissensee', regionName: 'Weißensee', regionLevel: 'ortsteil', kldb: '25212', vacancies: 30, jobSeekers: 60, vacancyDurationDays: 90, changeVsLastYear: 0.02, illustrative: true },
  { regionCode: 'prenzlberg', regionName: 'Prenzlauer Berg', regionLevel: 'ortsteil', kldb: '83112', vacancies: 90, jobSeekers: 40, vacancyDurationDays: 150, changeVsLastYear: 0.08, illustrative: true },
  { regionCode: 'heinersdorf', regionName: 'Heinersdorf', regionLevel: 'ortsteil', kldb: '51311', vacancies: 40, jobSeekers: 70, vacancyDurationDays: 70, changeVsLastYear: -0.03, illustrative: true },
];

/** The fixture as `GET /api/events/:eventId/public` would answer it (validated, defaults filled in). */
export function fixtureData(): KioskData {
  return {
    event: parse(EventSchema, event, 'event'),
    providers: providers.map((p) => parse(ProviderSchema, p, 'provider')),
    offers: offers.map((o) => parse(OfferSchema, o, 'offer')),
    stands: stands.map((s) => parse(StandSchema, s, 'stand')),
    radar: radar.map((r) => parse(RadarRowSchema, r, 'radar row')),
  };
}
