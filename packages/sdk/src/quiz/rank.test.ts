import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { match } from '../match/index.js';
import { parsedOffer } from '../model/parsed-offer.js';
import {
  COUNSELLING_TOPICS, GERMAN_LEVELS, OFFER_KINDS, PHYSICAL_LOADS, SCHOOL_CERTIFICATES, TARGET_GROUPS,
  type Offer, type OfferInput,
} from '../model/index.js';
import { quizBank } from './bank.js';
import { rankForQuiz } from './rank.js';
import { scoreQuiz, type QuizAnswer, type QuizResult } from './score.js';

// Known codes, a code of an unknown group ('99') and codes whose group no strength points to.
const kldb = fc.constantFrom('82101', '8210', '513', '51311', '52122', '26312', '43414', '83112', '62102', '71402', '29302', '54101', '99', '11');
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const offerArb = fc.record({
  providerId: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
  kind: fc.constantFrom(...OFFER_KINDS),
  // Often none: such offers score the neutral interest and tie with each other.
  occupations: fc.oneof(fc.constant([]), fc.array(kldb, { maxLength: 3 })),
  riasec: opt(fc.constantFrom('S', 'RI', 'SAE', 'CEI', 'A')),
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
}).map(strip);

/** Offers with unique ids in a random order (so the id tie-break differs from the input order), parsed as match parses them. */
const offersArb = fc
  .integer({ min: 0, max: 70 })
  .chain((n) => fc.tuple(fc.array(offerArb, { minLength: n, maxLength: n }), fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n })))
  .map(([raw, order]) =>
    raw.map((o, i) => parsedOffer({ id: `o${String(order[i]).padStart(3, '0')}`, title: { de: 'T' }, summary: { de: 'S' }, ...o } as OfferInput, i)),
  );

const answer = fc.constantFrom<QuizAnswer>(0, 1, 2, 3, 4, null);
const answersArb = fc
  .subarray(quizBank.map((i) => i.id))
  .chain((ids) => fc.tuple(...ids.map((id) => answer.map((a) => [id, a] as const))))
  .map((pairs) => Object.fromEntries(pairs));

const viaMatch = (result: QuizResult, offers: readonly Offer[], limit?: number) =>
  match({ locale: 'de', interests: result.interests, strengths: result.strengths }, offers, limit === undefined ? {} : { limit }).results.map((r) => r.offer.id);
const ids = (offers: readonly Offer[]) => offers.map((o) => o.id);

const offer = (id: string, providerId: string, extra: Partial<OfferInput> = {}): Offer =>
  parsedOffer({ id, providerId, kind: 'job', title: { de: id }, summary: { de: id }, ...extra } as OfferInput, 0);

describe('rankForQuiz', () => {
  it('ranks exactly as match does for the quiz profile (limits 1, 3, 10 and the default)', () => {
    fc.assert(
      fc.property(answersArb, offersArb, (answers, offers) => {
        const result = scoreQuiz(answers);
        for (const limit of [1, 3, 10]) expect(ids(rankForQuiz(result, offers, { limit }))).toEqual(viaMatch(result, offers, limit));
        expect(ids(rankForQuiz(result, offers))).toEqual(viaMatch(result, offers));
      }),
      { numRuns: 300 },
    );
  });

  it('puts the offer whose RIASEC code fits the answers first and returns the given objects', () => {
    const care = offer('care', 'a', { occupations: ['82101'] });
    const it_ = offer('it', 'b', { occupations: ['43414'] });
    const result = scoreQuiz({ 'help-people': 4, 'care-for-others': 4, 'fix-things': 0 });
    const ranked = rankForQuiz(result, [it_, care], { limit: 3 });
    expect(ids(ranked)).toEqual(['care', 'it']);
    expect(ranked[0]).toBe(care);
  });

  it('gives offers without occupations the neutral interest, between a fitting and an unfitting offer', () => {
    const result = scoreQuiz({ 'help-people': 4, 'care-for-others': 4, 'fix-things': 0 });
    const offers = [offer('none', 'a'), offer('care', 'b', { occupations: ['82101'] }), offer('metal', 'c', { occupations: ['24'] })];
    expect(ids(rankForQuiz(result, offers))).toEqual(['care', 'none', 'metal']);
  });

  it('keeps at most two offers of one provider in the first ten and breaks ties by offer id', () => {
    const result = scoreQuiz({});
    const offers = ['e', 'd', 'c', 'b', 'a'].map((id) => offer(id, id < 'd' ? 'same' : id));
    // All score 0 (nothing answered): by id, but the third of provider "same" (c) moves behind the others.
    expect(ids(rankForQuiz(result, offers))).toEqual(['a', 'b', 'd', 'e', 'c']);
    expect(ids(rankForQuiz(result, offers, { limit: 3 }))).toEqual(['a', 'b', 'd']);
  });

  it('lowers offers with requirements the quiz does not ask about, and debt counselling nobody asked for', () => {
    const result = scoreQuiz({ 'help-people': 4, 'fix-things': 0 });
    const plain = offer('b-plain', 'a', { occupations: ['82101'] });
    const licence = offer('a-licence', 'b', { occupations: ['82101'], requirements: { drivingLicence: true } });
    const debt = offer('0-debt', 'c', { occupations: ['82101'], kind: 'counselling', topics: ['debt'] });
    expect(ids(rankForQuiz(result, [debt, licence, plain]))).toEqual(['b-plain', 'a-licence', '0-debt']);
  });

  it('reads offers whose defaulted fields are left out as match fills them in', () => {
    const result = scoreQuiz({ 'help-people': 4, 'fix-things': 0, 'care-for-others': 3 });
    const bare = [
      { id: 'b', providerId: 'x', kind: 'job', title: { de: 'b' }, summary: { de: 'b' }, occupations: ['82101'] },
      { id: 'a', providerId: 'y', kind: 'counselling', title: { de: 'a' }, summary: { de: 'a' } },
      { id: 'c', providerId: 'z', kind: 'job', title: { de: 'c' }, summary: { de: 'c' }, requirements: { drivingLicence: true }, occupations: ['82101'] },
    ] as unknown as Offer[];
    expect(ids(rankForQuiz(result, bare))).toEqual(['b', 'c', 'a']);
    expect(ids(rankForQuiz(result, bare))).toEqual(viaMatch(result, bare.map((o) => ({ ...o }))));
  });

  it('returns nothing for limit 0 and rounds a fractional limit down', () => {
    const result = scoreQuiz({ 'help-people': 4 });
    const offers = [offer('a', 'a'), offer('b', 'b'), offer('c', 'c')];
    expect(rankForQuiz(result, offers, { limit: 0 })).toEqual([]);
    expect(ids(rankForQuiz(result, offers, { limit: 2.7 }))).toEqual(viaMatch(result, offers, 2));
  });

  it('refuses a negative or non-finite limit as match does, naming the option', () => {
    const result = scoreQuiz({ 'help-people': 4 });
    const offers = [offer('a', 'a')];
    for (const limit of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const expected = expect.objectContaining({ code: 'OPTION_INVALID', details: [expect.objectContaining({ path: 'limit' })] });
      expect(() => rankForQuiz(result, offers, { limit })).toThrow(expected);
      expect(() => match({ locale: 'de', interests: result.interests }, offers, { limit })).toThrow(expected);
    }
  });
});
