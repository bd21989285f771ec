import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNSELLING_TOPICS, GERMAN_LEVELS, OFFER_KINDS, PHYSICAL_LOADS, SCHOOL_CERTIFICATES, STRENGTHS, TARGET_GROUPS,
  type OfferInput, type ProfileInput,
} from '../model/index.js';
import { buildRadar } from '../radar/index.js';
import { match } from './index.js';
import { EXCLUSION_KEYS, REASON_KEYS } from './reasons.js';

const kldb = fc.constantFrom('82101', '8210', '513', '51311', '52122', '26312', '43414', '83112', '62102', '71402', '29302', '54101');
const time = fc.tuple(fc.integer({ min: 6, max: 19 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const place = fc.record({ lat: fc.double({ min: 52.4, max: 52.65, noNaN: true }), lon: fc.double({ min: 13.2, max: 13.6, noNaN: true }), remote: fc.boolean() });

const offerArb = (id: number): fc.Arbitrary<OfferInput> =>
  fc.record({
    providerId: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
    kind: fc.constantFrom(...OFFER_KINDS),
    occupations: fc.array(kldb, { maxLength: 3 }),
    targetGroups: fc.subarray([...TARGET_GROUPS], { maxLength: 2 }),
    targetGroupsOnly: fc.boolean(),
    topics: fc.subarray([...COUNSELLING_TOPICS], { maxLength: 2 }),
    requirements: fc.record({
      germanLevel: opt(fc.constantFrom(...GERMAN_LEVELS)),
      physicalLoad: opt(fc.constantFrom(...PHYSICAL_LOADS)),
      drivingLicence: opt(fc.boolean()),
      schoolCertificate: opt(fc.constantFrom(...SCHOOL_CERTIFICATES)),
      minAge: opt(fc.integer({ min: 16, max: 30 })),
      maxAge: opt(fc.integer({ min: 25, max: 67 })),
    }).map(strip),
    schedule: fc.record({ start: opt(time), end: opt(time), partTime: fc.boolean(), flexible: fc.boolean(), hoursPerWeek: opt(fc.integer({ min: 5, max: 40 })) }).map(strip),
    place,
    languages: fc.subarray(['ar', 'uk', 'tr', 'en']),
  }).map((o) => ({ id: `o${String(id).padStart(4, '0')}`, title: { de: 'T' }, summary: { de: 'S' }, ...o }) as OfferInput);

const offersArb = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => offerArb(i))));

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const profileArb: fc.Arbitrary<ProfileInput> = fc.record({
  interests: opt(fc.record({ R: unit, I: unit, A: unit, S: unit, E: unit, C: unit })),
  strengths: fc.subarray([...STRENGTHS], { maxLength: 3 }),
  wishedOccupations: fc.array(kldb, { maxLength: 2 }),
  wishedKinds: fc.subarray([...OFFER_KINDS], { maxLength: 2 }),
  needs: fc.subarray([...COUNSELLING_TOPICS], { maxLength: 2 }),
  targetGroups: fc.subarray([...TARGET_GROUPS], { maxLength: 2 }),
  age: opt(fc.integer({ min: 16, max: 66 })),
  germanLevel: opt(fc.constantFrom(...GERMAN_LEVELS)),
  languages: fc.subarray(['ar', 'uk', 'tr', 'de']),
  home: opt(fc.record({ lat: fc.double({ min: 52.5, max: 52.6, noNaN: true }), lon: fc.double({ min: 13.3, max: 13.5, noNaN: true }), district: fc.constantFrom('Weißensee', 'Buch', 'Nirgendwo') })),
  maxTravelMinutes: opt(fc.integer({ min: 20, max: 90 })),
  availability: opt(fc.record({ from: fc.constantFrom('07:30', '08:30'), until: fc.constantFrom('13:00', '15:00', '18:00') })),
  partTimeOnly: fc.boolean(),
  drivingLicence: opt(fc.boolean()),
  schoolCertificate: opt(fc.constantFrom(...SCHOOL_CERTIFICATES)),
  maxPhysicalLoad: opt(fc.constantFrom(...PHYSICAL_LOADS)),
  foreignQualification: fc.boolean(),
}).map(strip);

const radar = buildRadar([
  { regionCode: 'ws', regionName: 'Weißensee', kldb: '821', vacancies: 40, jobSeekers: 30, vacancyDurationDays: 160, changeVsLastYear: 0.12 },
  { regionCode: 'ws', regionName: 'Weißensee', kldb: '513', vacancies: 20, jobSeekers: 100, vacancyDurationDays: 100, changeVsLastYear: -0.05 },
  { regionCode: 'bu', regionName: 'Buch', kldb: '52', vacancies: 12, jobSeekers: 10, vacancyDurationDays: 120, changeVsLastYear: 0.04 },
]);

const rank = (m: ReturnType<typeof match>) => m.results.map((r) => `${r.offer.id}:${r.score}`);

describe('match: properties', () => {
  it('does not depend on the order of the input offers', () => {
    fc.assert(
      fc.property(profileArb, offersArb.chain((o) => fc.tuple(fc.constant(o), fc.shuffledSubarray(o, { minLength: o.length, maxLength: o.length }))), (profile, [offers, shuffled]) => {
        const a = match(profile, offers, { radar });
        const b = match(profile, shuffled, { radar });
        expect(rank(b)).toEqual(rank(a));
        expect(b.excluded.map((e) => e.offer.id)).toEqual(a.excluded.map((e) => e.offer.id));
      }),
      { numRuns: 150 },
    );
  });

  it('scores in [0, 1] with at least one known reason, no hard-rule reason in the results, and every offer accounted for', () => {
    fc.assert(
      fc.property(profileArb, offersArb, fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: undefined }), (profile, offers, radarWeight) => {
        const m = match(profile, offers, radarWeight === undefined ? { radar, limit: 1000 } : { radar, radarWeight, limit: 1000 });
        expect(m.results.length + m.excluded.length).toBe(offers.length);
        for (const r of m.results) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          expect(r.reasons.length).toBeGreaterThan(0);
          for (const reason of r.reasons) {
            expect(REASON_KEYS).toContain(reason.key);
            expect(reason.key.startsWith('excluded.')).toBe(false);
          }
        }
        for (const e of m.excluded) {
          expect(e.reasons.length).toBeGreaterThan(0);
          for (const reason of e.reasons) expect(EXCLUSION_KEYS as readonly string[]).toContain(reason.key);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never ranks an offer that breaks a stated constraint (checked independently of the engine)', () => {
    const G = GERMAN_LEVELS as readonly string[];
    const L = PHYSICAL_LOADS as readonly string[];
    fc.assert(
      fc.property(profileArb, offersArb, (profile, offers) => {
        for (const { offer } of match(profile, offers, { limit: 1000 }).results) {
          const req = offer.requirements;
          if (profile.germanLevel && req.germanLevel) expect(G.indexOf(req.germanLevel)).toBeLessThanOrEqual(G.indexOf(profile.germanLevel));
          if (profile.maxPhysicalLoad && req.physicalLoad) expect(L.indexOf(req.physicalLoad)).toBeLessThanOrEqual(L.indexOf(profile.maxPhysicalLoad));
          if (profile.drivingLicence === false) expect(req.drivingLicence).not.toBe(true);
          if (profile.age !== undefined) {
            expect(profile.age).toBeGreaterThanOrEqual(req.minAge ?? 0);
            expect(profile.age).toBeLessThanOrEqual(req.maxAge ?? 99);
          }
          const S = SCHOOL_CERTIFICATES as readonly string[];
          if (profile.schoolCertificate && req.schoolCertificate) expect(S.indexOf(req.schoolCertificate)).toBeLessThanOrEqual(S.indexOf(profile.schoolCertificate));
          if (profile.partTimeOnly && !offer.schedule.partTime) expect(offer.schedule.hoursPerWeek ?? 0).toBeLessThanOrEqual(30);
          if (offer.targetGroupsOnly && offer.targetGroups.length && profile.targetGroups?.length) {
            const ageGroups = profile.age === undefined ? [] : [profile.age < 25 && 'under-25', profile.age >= 45 && 'over-45', profile.age >= 50 && 'over-50'];
            const stated = profile.targetGroups;
            // Over 50 is over 45 too; over 45 ticked without over 50 (and no age) leaves over 50 open.
            const implied = [stated.includes('over-50') && 'over-45', profile.age === undefined && stated.includes('over-45') && 'over-50'];
            expect(offer.targetGroups.some((g) => stated.includes(g) || ageGroups.includes(g) || implied.includes(g))).toBe(true);
          }
          // Hours whose start equals their end (06:45–06:45) are no stated hours.
          if (profile.availability && !offer.schedule.flexible && offer.schedule.start !== offer.schedule.end) {
            if (offer.schedule.start) expect(offer.schedule.start >= profile.availability.from).toBe(true);
            if (offer.schedule.end) expect(offer.schedule.end <= profile.availability.until).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never ranks an offer farther than the person accepts; remote offers never fail travel', () => {
    const minutes = (to: { lat?: number | undefined }) => (to.lat === undefined ? undefined : Math.round((to.lat - 52.4) * 400));
    fc.assert(
      fc.property(profileArb, offersArb, (profile, offers) => {
        const m = match(profile, offers, { limit: 1000, travelMinutes: (_from, to) => minutes(to) });
        for (const { offer } of m.results) {
          const t = minutes(offer.place);
          if (profile.home && profile.maxTravelMinutes !== undefined && !offer.place.remote && t !== undefined) {
            expect(t).toBeLessThanOrEqual(profile.maxTravelMinutes);
          }
        }
        for (const e of m.excluded) {
          if (e.offer.place.remote) expect(e.reasons.map((r) => r.key)).not.toContain('excluded.travel');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps at most maxPerProvider offers of one provider in the top k when others remain', () => {
    fc.assert(
      fc.property(profileArb, offersArb, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 8 }), (profile, offers, maxPerProvider, topK) => {
        const { results } = match(profile, offers, { diversity: { maxPerProvider, topK }, limit: 1000 });
        const top = results.slice(0, topK);
        const counts = new Map<string, number>();
        for (const r of top) counts.set(r.offer.providerId, (counts.get(r.offer.providerId) ?? 0) + 1);
        const over = [...counts.values()].some((n) => n > maxPerProvider);
        if (over) {
          // allowed only when no offer of a provider under its quota was left outside the top k
          const rest = results.slice(topK);
          expect(rest.every((r) => (counts.get(r.offer.providerId) ?? 0) >= maxPerProvider)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
