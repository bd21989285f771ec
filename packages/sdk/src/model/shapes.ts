import { bool, list, need, num, obj, oneOf, or, short, str, type Rule } from './guard.js';
import {
  COUNSELLING_TOPICS,
  FUNDINGS,
  GERMAN_LEVELS,
  LOCALES,
  OFFER_KINDS,
  PHYSICAL_LOADS,
  RIASEC,
  SCHOOL_CERTIFICATES,
  STRENGTHS,
  TARGET_GROUPS,
} from './vocabulary.js';

// The engine's checks of offers and profiles (see guard.ts): the same fields, vocabularies, ranges and
// defaults as OfferSchema and ProfileSchema. Radar rows: radar-row-rule.ts.

const text = str();
/** A KldB code of 2 to 5 digits (radar rows too). */
export const kldb = str(/^\d{2,5}$/);
const time = str(/^([01]\d|2[0-3]):[0-5]\d$/);
const days = list(num(1, 7, true));
const id = need(str(/^[\w-]{1,64}$/));
/** `true` or `false`, `false` when missing. */
const flag = or(bool, false);
const place = obj({ district: short, address: short, lat: num(-90, 90), lon: num(-180, 180), remote: flag });
const localized = obj({ ...Object.fromEntries(LOCALES.map((l) => [l, text])), de: need(str(/[^]/)) });
/** A list, empty when missing. */
const listOf = (item: Rule): Rule => or(list(item), []);
/** A list of words of a vocabulary, empty when missing. */
const wordsOf = (vocabulary: readonly string[]): Rule => listOf(oneOf(vocabulary));
const kldbs = listOf(kldb);

/** An offer as `OfferSchema` reads it. */
export const offerRule = obj({
  id,
  providerId: id,
  kind: need(oneOf(OFFER_KINDS)),
  title: need(localized),
  summary: need(localized),
  description: localized,
  occupations: kldbs,
  riasec: str(/^(?!.*(.).*\1)[RIASEC]{1,3}$/),
  targetGroups: wordsOf(TARGET_GROUPS),
  targetGroupsOnly: flag,
  topics: wordsOf(COUNSELLING_TOPICS),
  requirements: or(
    obj({
      germanLevel: oneOf(GERMAN_LEVELS),
      drivingLicence: bool,
      schoolCertificate: oneOf(SCHOOL_CERTIFICATES),
      physicalLoad: oneOf(PHYSICAL_LOADS),
      minAge: num(14, 99, true),
      maxAge: num(14, 99, true),
    }),
    {},
  ),
  schedule: or(
    obj({
      partTime: flag,
      hoursPerWeek: num(0, 60),
      start: time,
      end: time,
      days,
      flexible: flag,
      startDate: str(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
      durationWeeks: num(0, 520, true),
    }),
    {},
  ),
  place: or(place, {}),
  funding: wordsOf(FUNDINGS),
  languages: listOf(str(/^([a-z]{2,3}|de-x-ls)$/)),
  keywords: listOf(short),
  url: text,
  contact: text,
});

/** A profile as `ProfileSchema` reads it. */
export const profileRule = obj({
  locale: or(oneOf(LOCALES), 'de'),
  interests: obj(Object.fromEntries(RIASEC.map((d) => [d, need(num(0, 1))]))),
  strengths: wordsOf(STRENGTHS),
  wishedOccupations: kldbs,
  wishedKinds: wordsOf(OFFER_KINDS),
  wishes: text,
  needs: wordsOf(COUNSELLING_TOPICS),
  targetGroups: wordsOf(TARGET_GROUPS),
  age: num(14, 99, true),
  germanLevel: oneOf(GERMAN_LEVELS),
  languages: listOf(str(/^[a-z]{2,3}(-x-ls)?$/)),
  home: place,
  maxTravelMinutes: num(5, 240),
  availability: obj({ from: need(time), until: need(time), days }),
  maxHoursPerWeek: num(1, 60),
  partTimeOnly: flag,
  drivingLicence: bool,
  schoolCertificate: oneOf(SCHOOL_CERTIFICATES),
  maxPhysicalLoad: oneOf(PHYSICAL_LOADS),
  foreignQualification: flag,
});
