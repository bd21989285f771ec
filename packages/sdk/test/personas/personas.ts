/**
 * Personas a Jobcenter counsellor in Pankow meets, each with what the counsellor would want to see at the
 * top (graded: 3 = must be among the first five, 2 = clearly good, 1 = worth a look) and the offers that
 * cannot work for the person (a stated constraint breaks a hard requirement). Written from the person's
 * situation, not from the engine's weights.
 */
import type { ProfileInput } from '../../src/model/index.js';
import { places } from './places.js';

export interface Persona {
  readonly id: string;
  readonly description: string;
  readonly profile: ProfileInput;
  /** Offer id → grade 1–3. */
  readonly relevant: Readonly<Record<string, 1 | 2 | 3>>;
  /** Offers that break a hard rule for this person: must never be in the top 10. */
  readonly violations: readonly string[];
}

const home = (p: { district: string; lat: number; lon: number }) => ({ district: p.district, lat: p.lat, lon: p.lon });

export const personas: readonly Persona[] = [
  {
    id: 'warehouse-58-back',
    description: '58, former warehouse worker, back pain: only light work; organised, has a car licence',
    profile: {
      age: 58, germanLevel: 'C2', schoolCertificate: 'hauptschule', drivingLicence: true, maxPhysicalLoad: 'light',
      targetGroups: ['long-term-unemployed'], strengths: ['organising', 'driving'],
      interests: { R: 0.7, I: 0.3, A: 0.1, S: 0.4, E: 0.2, C: 0.6 }, home: home(places.weissensee), maxTravelMinutes: 45,
    },
    relevant: { 'q-lager-disp': 3, 'c-gesund': 3, 'c-50plus': 3, 'j-pforte': 2, 'q-busfahrer': 1, 'j-buero-tz': 1 },
    violations: ['q-stapler', 'q-fachkraft-lager', 'j-lagerhelfer', 'j-zusteller', 'j-lkw', 'j-fahrdienst', 'j-hausmeister', 'q-shk', 'q-elektro'],
  },
  {
    id: 'single-mother-school-hours',
    description: '34, single mother of two: can work 08:30–14:30 on weekdays while the children are at school; wants an office qualification',
    profile: {
      age: 34, germanLevel: 'C2', schoolCertificate: 'mittlere-reife', targetGroups: ['single-parents'],
      availability: { from: '08:30', until: '14:30', days: [1, 2, 3, 4, 5] }, partTimeOnly: true,
      interests: { R: 0.1, I: 0.3, A: 0.4, S: 0.7, E: 0.3, C: 0.8 }, strengths: ['organising', 'numbers'], wishedKinds: ['qualification', 'job'],
      home: home(places.prenzlauerBerg), maxTravelMinutes: 40,
    },
    relevant: { 'q-buero-tz': 3, 'c-alleinerz': 3, 'j-buero-tz': 3, 'q-mfa-tz': 2, 'j-kita-assistenz': 2, 'a-mfa-tz': 1 },
    violations: ['q-buero-vz', 'a-verwaltung-tz', 'q-pflegefach-umsch', 'j-kasse', 'j-kasse-frueh', 'j-rezeption', 'j-it-helpdesk', 'q-kita-quer', 'q-fiae'],
  },
  {
    id: 'syrian-engineer-b1',
    description: '41, mechanical engineer from Syria, German B1, degree not yet recognised',
    profile: {
      age: 41, germanLevel: 'B1', languages: ['ar', 'en', 'de'], targetGroups: ['migrants'], foreignQualification: true, schoolCertificate: 'abitur',
      interests: { R: 0.6, I: 0.9, A: 0.2, S: 0.3, E: 0.3, C: 0.5 }, strengths: ['numbers', 'fixing', 'computers'],
      wishedOccupations: ['273'], wishedKinds: ['qualification', 'job'], home: home(places.weissensee),
    },
    relevant: { 'c-iq-anerkennung': 3, 'q-ingenieur': 3, 'l-bsk-b2': 3, 'q-it-support': 1, 'q-elektro': 1 },
    violations: ['j-konstrukteur', 'l-c1-akad', 'j-it-helpdesk', 'q-fiae', 'q-buero-vz'],
  },
  {
    id: 'young-no-certificate',
    description: '19, left school without a certificate, likes working with his hands and creating things',
    profile: {
      age: 19, germanLevel: 'C2', schoolCertificate: 'none', interests: { R: 0.8, I: 0.2, A: 0.6, S: 0.3, E: 0.2, C: 0.1 },
      strengths: ['fixing', 'creating', 'outdoors'], wishedKinds: ['apprenticeship'], home: home(places.weissensee), maxTravelMinutes: 50,
    },
    relevant: { 'c-jba': 3, 'q-hauptschule': 3, 'a-maler': 3, 'q-eq': 2, 'q-produktionsschule': 2 },
    violations: ['a-gartenbau', 'a-mechatronik', 'a-tierpfleger', 'a-verkauf', 'q-elektro', 'q-shk', 'q-fachkraft-lager'],
  },
  {
    id: 'debts-first',
    description: '45, has debts and a garnishment: needs debt counselling before anything else; good at selling',
    profile: {
      age: 45, germanLevel: 'C2', schoolCertificate: 'mittlere-reife', needs: ['debt'],
      interests: { R: 0.2, I: 0.2, A: 0.2, S: 0.5, E: 0.7, C: 0.6 }, strengths: ['selling', 'organising'], home: home(places.pankow), maxTravelMinutes: 40,
    },
    relevant: { 'c-schulden': 3, 'c-schulden-online': 3, 'c-karriere': 1, 'j-buero-tz': 1, 'j-kasse-frueh': 1 },
    violations: ['c-jba', 'q-hauptschule', 'q-produktionsschule'],
  },
  {
    id: 'arabic-only',
    description: '36, arrived last year, speaks only Arabic, no German yet; practical and helpful',
    profile: {
      age: 36, germanLevel: 'none', languages: ['ar'], targetGroups: ['migrants'], locale: 'ar',
      interests: { R: 0.7, I: 0.2, A: 0.2, S: 0.6, E: 0.2, C: 0.3 }, strengths: ['fixing', 'helping'], home: home(places.weissensee),
    },
    relevant: { 'l-integrationskurs': 3, 'c-mbe': 3, 'i-arab-orient': 3, 'l-alpha': 2 },
    violations: ['j-reinigung-buch', 'j-lagerhelfer', 'q-pflegehelfer', 'j-altenpflegehelfer', 'q-kueche', 'l-bsk-b1', 'l-bsk-b2', 'l-bsk-pflege', 'q-kita-helfer'],
  },
  {
    id: 'returner-53-care',
    description: '53, cared for her mother for eight years, wants back into work, at most 30 hours a week',
    profile: {
      age: 53, germanLevel: 'C2', schoolCertificate: 'mittlere-reife', targetGroups: ['returners'], maxHoursPerWeek: 30,
      interests: { R: 0.3, I: 0.2, A: 0.3, S: 0.9, E: 0.2, C: 0.5 }, strengths: ['caring', 'helping', 'organising'],
      home: home(places.niederschoenhausen), maxTravelMinutes: 40,
    },
    relevant: { 'c-wiedereinstieg': 3, 'q-betreuungskraft': 3, 'j-betreuung': 3, 'c-50plus': 2, 'j-altenpflegehelfer': 1, 'j-kita-assistenz': 1 },
    violations: ['q-pflegehelfer', 'q-buero-vz', 'j-pflegefach', 'q-elektro', 'j-it-helpdesk'],
  },
  {
    id: 'truck-driver-retrain',
    description: '47, truck driver for 20 years, wants to retrain as an electrician',
    profile: {
      age: 47, germanLevel: 'C2', schoolCertificate: 'hauptschule', drivingLicence: true,
      interests: { R: 0.8, I: 0.6, A: 0.1, S: 0.2, E: 0.3, C: 0.4 }, strengths: ['driving', 'fixing'],
      wishedKinds: ['qualification'], wishedOccupations: ['262', '263'], home: home(places.heinersdorf), maxTravelMinutes: 45,
    },
    relevant: { 'q-elektro': 3, 'j-elektro-helfer': 2, 'q-shk': 2 },
    violations: ['a-mechatronik', 'q-fiae', 'c-jba', 'c-50plus'],
  },
  {
    id: 'addiction-stable',
    description: '39, alcohol addiction, abstinent for a year; wants structure and outdoor work; lives in Buch',
    profile: {
      age: 39, germanLevel: 'C2', needs: ['addiction'], targetGroups: ['long-term-unemployed'],
      interests: { R: 0.7, I: 0.2, A: 0.5, S: 0.3, E: 0.1, C: 0.2 }, strengths: ['outdoors', 'fixing'], home: home(places.buch),
    },
    relevant: { 'c-sucht': 3, 'c-sucht-arbeit': 3, 'q-gartenbau-agh': 3, 'c-gesund': 1 },
    violations: ['c-jba', 'q-produktionsschule', 'q-hauptschule', 'c-50plus'],
  },
  {
    id: 'ukrainian-teacher-a2',
    description: '32, primary-school teacher from Kyiv, German A2, wants to work with children again',
    profile: {
      age: 32, germanLevel: 'A2', languages: ['uk', 'ru', 'en'], targetGroups: ['migrants'], foreignQualification: true, locale: 'uk',
      interests: { R: 0.1, I: 0.5, A: 0.6, S: 0.9, E: 0.3, C: 0.3 }, strengths: ['explaining', 'languages'], wishedOccupations: ['841'],
      home: home(places.pankow),
    },
    relevant: { 'c-iq-anerkennung': 3, 'l-bsk-b1': 3, 'q-kita-helfer': 3, 'c-ukr': 2, 'i-ukr-jobs': 2, 'l-integrationskurs': 1 },
    violations: ['q-lehrkraft', 'q-kita-quer', 'j-kita-assistenz', 'l-bsk-b2', 'l-c1-akad'],
  },
  {
    id: 'it-long-term-unemployed',
    description: '29, long-term unemployed, Abitur, spends his days on computers and wants into IT',
    profile: {
      age: 29, germanLevel: 'C2', schoolCertificate: 'abitur', targetGroups: ['long-term-unemployed'],
      interests: { R: 0.3, I: 0.8, A: 0.3, S: 0.2, E: 0.2, C: 0.7 }, strengths: ['computers', 'numbers'], wishedOccupations: ['434'],
      home: home(places.prenzlauerBerg),
    },
    relevant: { 'q-fiae': 3, 'q-it-support': 3, 'j-it-helpdesk': 3, 'q-marketing': 1 },
    violations: ['c-jba', 'q-hauptschule', 'q-produktionsschule'],
  },
  {
    id: 'wheelchair-office',
    description: '44, uses a wheelchair, looks for office work; organised and good with computers',
    profile: {
      age: 44, germanLevel: 'C2', schoolCertificate: 'mittlere-reife', targetGroups: ['disability'], maxPhysicalLoad: 'light',
      interests: { R: 0.1, I: 0.4, A: 0.3, S: 0.6, E: 0.3, C: 0.8 }, strengths: ['organising', 'computers'],
      home: home(places.pankow), maxTravelMinutes: 40,
    },
    relevant: { 'c-reha': 3, 'j-buero-tz': 3, 'q-buero-vz': 2, 'q-buero-tz': 2, 'q-it-support': 1 },
    violations: ['j-kasse', 'j-kasse-frueh', 'j-reinigung-buch', 'q-pflegehelfer', 'j-altenpflegehelfer', 'q-kita-quer', 'q-kueche'],
  },
  {
    id: 'young-mother-apprenticeship',
    description: '22, single mother, Mittlere Reife, wants a part-time apprenticeship she can do between 08:00 and 15:00',
    profile: {
      age: 22, germanLevel: 'C2', schoolCertificate: 'mittlere-reife', targetGroups: ['single-parents'],
      availability: { from: '08:00', until: '15:00', days: [1, 2, 3, 4, 5] }, partTimeOnly: true, wishedKinds: ['apprenticeship'],
      interests: { R: 0.2, I: 0.4, A: 0.3, S: 0.8, E: 0.3, C: 0.6 }, home: home(places.weissensee),
    },
    relevant: { 'a-mfa-tz': 3, 'a-verwaltung-tz': 3, 'c-jba': 3, 'c-alleinerz': 2, 'q-mfa-tz': 1 },
    violations: ['a-verkauf', 'a-mechatronik', 'a-tierpfleger', 'a-maler', 'a-gartenbau', 'q-kita-quer'],
  },
  {
    id: 'founder-food-truck',
    description: '37, trained cook, wants to start his own food truck',
    profile: {
      age: 37, germanLevel: 'C1', interests: { R: 0.4, I: 0.3, A: 0.6, S: 0.5, E: 0.9, C: 0.3 }, strengths: ['selling', 'creating'],
      wishedKinds: ['self-employment'], home: home(places.prenzlauerBerg),
    },
    relevant: { 'c-gruendung': 3, 'c-gruend-coach': 3, 'q-marketing': 1, 'j-koch': 1 },
    violations: ['c-jba', 'q-produktionsschule'],
  },
  {
    id: 'cleaner-buch-turkish',
    description: '55, cleaner from Buch, Turkish, German A2, wants more hours close to home (at most 30 minutes)',
    profile: {
      age: 55, germanLevel: 'A2', languages: ['tr'], locale: 'tr', interests: { R: 0.6, I: 0.1, A: 0.2, S: 0.5, E: 0.1, C: 0.6 },
      strengths: ['caring', 'organising'], wishedKinds: ['job'], home: home(places.buch), maxTravelMinutes: 30,
    },
    relevant: { 'j-reinigung-buch': 3, 'j-hausmeister': 2, 'q-gartenbau-agh': 1 },
    violations: ['j-reinigung-spandau', 'c-50plus', 'l-bsk-b1', 'j-kasse', 'q-pflegehelfer'],
  },
  {
    id: 'animals-abitur',
    description: '24, Abitur, wrote "etwas mit Tieren" (something with animals); likes being outdoors',
    profile: {
      age: 24, germanLevel: 'C2', schoolCertificate: 'abitur', wishes: 'etwas mit Tieren',
      interests: { R: 0.7, I: 0.6, A: 0.3, S: 0.4, E: 0.1, C: 0.3 }, strengths: ['outdoors', 'caring'], home: home(places.weissensee),
    },
    relevant: { 'a-tierpfleger': 3, 'c-jba': 2, 'a-gartenbau': 1 },
    violations: ['c-50plus'],
  },
];
