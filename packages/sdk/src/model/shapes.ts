import { bool, list, num, obj, oneOf, short, str, type Rule } from './guard.js';
import {
  COUNSELLING_TOPICS,
  FUNDINGS,
  GERMAN_LEVELS,
  LOCALES,
  OFFER_KINDS,
  PHYSICAL_LOADS,
  SCHOOL_CERTIFICATES,
  STRENGTHS,
  TARGET_GROUPS,
} from './vocabulary.js';

// The engine's checks of offers and profiles (see guard.ts): the same fields, vocabularies, ranges and
// defaults as OfferSchema and ProfileSchema. Radar rows: radar-row-rule.ts.

const text = str();
const kldb = str(/^\d{2,5}$/);
const time = str(/^([01]\d|2[0-3]):[0-5]\d$/);
const days = list(num(1, 7, true));
const id = str(/^[\w-]{1,64}$/);
const place = obj({ district: short, address: short, lat: num(-90, 90), lon: num(-180, 180), remote: bool }, { remote: false });
const localized = obj({ ...Object.fromEntries(LOCALES.map((l) => [l, text])), de: str(/[^]/) }, {}, 'de');
const words = (vocabulary: readonly string[]): Rule => list(oneOf(vocabulary));

/** An offer as `OfferSchema` reads it. */
export const offerRule = obj(
  {
    id,
    providerId: id,
    kind: oneOf(OFFER_KINDS),
    title: localized,
    summary: localized,
    description: localized,
    occupations: list(kldb),
    riasec: str(/^(?!.*(.).*\1)[RIASEC]{1,3}$/),
    targetGroups: words(TARGET_GROUPS),
    targetGroupsOnly: bool,
    topics: words(COUNSELLING_TOPICS),
    requirements: obj({
      germanLevel: oneOf(GERMAN_LEVELS),
      drivingLicence: bool,
      schoolCertificate: oneOf(SCHOOL_CERTIFICATES),
      physicalLoad: oneOf(PHYSICAL_LOADS),
      minAge: num(14, 99, true),
      maxAge: num(14, 99, true),
    }),
    schedule: obj(
      {
        partTime: bool,
        hoursPerWeek: num(0, 60),
        start: time,
        end: time,
        days,
        flexible: bool,
        startDate: str(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
        durationWeeks: num(0, 520, true),
      },
      { partTime: false, flexible: false },
    ),
    place,
    funding: words(FUNDINGS),
    languages: list(str(/^([a-z]{2,3}|de-x-ls)$/)),
    keywords: list(short),
    url: text,
    contact: text,
  },
  {
    occupations: [],
    targetGroups: [],
    targetGroupsOnly: false,
    topics: [],
    requirements: {},
    schedule: {},
    place: {},
    funding: [],
    languages: [],
    keywords: [],
  },
  'id providerId kind title summary',
);

/** A profile as `ProfileSchema` reads it. */
export const profileRule = obj(
  {
    locale: oneOf(LOCALES),
    interests: obj(Object.fromEntries('RIASEC'.split('').map((d) => [d, num(0, 1)])), {}, 'R I A S E C'),
    strengths: words(STRENGTHS),
    wishedOccupations: list(kldb),
    wishedKinds: words(OFFER_KINDS),
    wishes: text,
    needs: words(COUNSELLING_TOPICS),
    targetGroups: words(TARGET_GROUPS),
    age: num(14, 99, true),
    germanLevel: oneOf(GERMAN_LEVELS),
    languages: list(str(/^[a-z]{2,3}(-x-ls)?$/)),
    home: place,
    maxTravelMinutes: num(5, 240),
    availability: obj({ from: time, until: time, days }, {}, 'from until'),
    maxHoursPerWeek: num(1, 60),
    partTimeOnly: bool,
    drivingLicence: bool,
    schoolCertificate: oneOf(SCHOOL_CERTIFICATES),
    maxPhysicalLoad: oneOf(PHYSICAL_LOADS),
    foreignQualification: bool,
  },
  {
    locale: 'de',
    strengths: [],
    wishedOccupations: [],
    wishedKinds: [],
    needs: [],
    targetGroups: [],
    languages: [],
    partTimeOnly: false,
    foreignQualification: false,
  },
);
