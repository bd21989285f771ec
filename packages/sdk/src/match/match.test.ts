import { describe, expect, it } from 'vitest';
import { OptionError, ValidationError } from '../errors/index.js';
import type { OfferInput, ProfileInput } from '../model/index.js';
import { buildRadar, type Radar } from '../radar/index.js';
import { createSearchIndex, type SearchIndex } from '../search/index.js';
import { match, type Reason } from './index.js';

let seq = 0;
const offer = (over: Partial<OfferInput> = {}): OfferInput => ({
  id: `o${String(++seq).padStart(3, '0')}`,
  providerId: 'p1',
  kind: 'job',
  title: { de: 'Angebot' },
  summary: { de: 'Beschreibung' },
  ...over,
});
const keys = (reasons: readonly Reason[]) => reasons.map((r) => r.key);
const ids = (list: readonly { offer: { id: string } }[]) => list.map((r) => r.offer.id);

describe('match: hard rules', () => {
  const cases: Array<[string, ProfileInput, Partial<OfferInput>, string, Record<string, string | number>]> = [
    ['a target group the offer is only for', { age: 40 }, { targetGroups: ['under-25'], targetGroupsOnly: true }, 'excluded.targetGroup', { groups: 'under-25' }],
    ['German below the requirement', { germanLevel: 'A2' }, { requirements: { germanLevel: 'B1' } }, 'excluded.germanLevel', { required: 'B1', yours: 'A2' }],
    ['hours outside the childcare window', { availability: { from: '08:30', until: '14:00' } }, { schedule: { start: '08:00', end: '16:30' } }, 'excluded.schedule', { start: '08:00', end: '16:30', from: '08:30', until: '14:00' }],
    ['days the person cannot come', { availability: { from: '08:00', until: '15:00', days: [1, 2, 3, 4, 5] } }, { schedule: { days: [6] } }, 'excluded.days', {}],
    ['more hours than the person can work', { maxHoursPerWeek: 25 }, { schedule: { hoursPerWeek: 39 } }, 'excluded.hours', { hours: 39, max: 25 }],
    ['a heavier physical load than the person can take', { maxPhysicalLoad: 'light' }, { requirements: { physicalLoad: 'medium' } }, 'excluded.physicalLoad', { load: 'medium' }],
    ['below the minimum age', { age: 17 }, { requirements: { minAge: 18 } }, 'excluded.minAge', { minAge: 18 }],
    ['above the maximum age', { age: 30 }, { requirements: { maxAge: 27 } }, 'excluded.maxAge', { maxAge: 27 }],
    ['a driving licence the person does not have', { drivingLicence: false }, { requirements: { drivingLicence: true } }, 'excluded.drivingLicence', {}],
    ['a school certificate the person does not have', { schoolCertificate: 'none' }, { requirements: { schoolCertificate: 'hauptschule' } }, 'excluded.schoolCertificate', { certificate: 'hauptschule' }],
  ];
  for (const [what, profile, over, key, params] of cases) {
    it(`removes an offer for ${what} and says why`, () => {
      const bad = offer(over);
      const good = offer();
      const { results, excluded } = match(profile, [bad, good]);
      expect(ids(results)).toEqual([good.id]);
      expect(excluded).toHaveLength(1);
      expect(excluded[0]?.reasons).toEqual([{ key, params }]);
    });
  }

  it('estimates travel from coordinates (haversine, 20 km/h, ×1.3 detour, +10 min) and removes what is too far', () => {
    // Pankow → Spandau: Δlat 0.0333° ≈ 3.70 km, Δlon 0.2044° · cos 52.55° ≈ 13.81 km → ≈ 14.30 km;
    // 10 + 14.30 · 1.3 / 20 · 60 ≈ 65.8 minutes.
    const far = offer({ place: { lat: 52.5354, lon: 13.1975 } });
    const near = offer({ place: { lat: 52.5693, lon: 13.4030 } });
    const remote = offer({ place: { lat: 52.5354, lon: 13.1975, remote: true } });
    const profile: ProfileInput = { home: { lat: 52.5687, lon: 13.4019 }, maxTravelMinutes: 45 };
    const { results, excluded } = match(profile, [far, near, remote]);
    expect(ids(results).sort()).toEqual([near.id, remote.id].sort());
    const minutes = excluded[0]?.reasons[0]?.params.minutes as number;
    expect(minutes).toBe(66);
    expect(results.find((r) => r.offer.id === near.id)?.reasons).toContainEqual({ key: 'fit.nearby', params: { minutes: 10 } });
  });

  it('lets the travelMinutes option override the estimate, and falls back when it returns undefined', () => {
    const a = offer({ place: { district: 'Buch' } });
    const b = offer({ place: { district: 'Mitte', lat: 52.52, lon: 13.40 } });
    // Weißensee → Mitte by the estimate: ≈ 5.26 km → 10 + 5.26 · 3.9 ≈ 31 minutes, within 40.
    const profile: ProfileInput = { home: { district: 'Weißensee', lat: 52.55, lon: 13.46 }, maxTravelMinutes: 40 };
    const table: Record<string, number> = { Buch: 55 };
    const { results, excluded } = match(profile, [a, b], { travelMinutes: (_from, to) => table[to.district ?? ''] });
    expect(ids(excluded)).toEqual([a.id]);
    expect(excluded[0]?.reasons[0]).toEqual({ key: 'excluded.travel', params: { minutes: 55, max: 40 } });
    expect(ids(results)).toEqual([b.id]);
  });

  it('lists every rule an excluded offer breaks', () => {
    const bad = offer({ requirements: { germanLevel: 'C1', drivingLicence: true } });
    const { excluded } = match({ germanLevel: 'B1', drivingLicence: false }, [bad]);
    expect(keys(excluded[0]?.reasons ?? [])).toEqual(['excluded.germanLevel', 'excluded.drivingLicence']);
  });

  it('never fails a rule on what the person did not say, but notes it', () => {
    const demanding = offer({
      requirements: { germanLevel: 'B1', drivingLicence: true, minAge: 18, schoolCertificate: 'hauptschule', physicalLoad: 'heavy' },
      targetGroups: ['single-parents'],
      targetGroupsOnly: true,
    });
    const { results, excluded } = match({}, [demanding]);
    expect(excluded).toEqual([]);
    expect(keys(results[0]?.reasons ?? [])).toEqual([
      'note.targetGroup', 'note.germanLevel', 'note.physicalLoad', 'note.minAge', 'note.drivingLicence', 'note.schoolCertificate',
    ]);
  });

  it('takes age groups from the age and stated groups as the full answer', () => {
    const u25 = offer({ targetGroups: ['under-25'], targetGroupsOnly: true });
    const single = offer({ targetGroups: ['single-parents'], targetGroupsOnly: true });
    expect(ids(match({ age: 22 }, [u25, single]).results).sort()).toEqual([u25.id, single.id].sort());
    expect(ids(match({ age: 22, targetGroups: ['migrants'] }, [u25, single]).excluded)).toEqual([single.id]);
    expect(ids(match({ targetGroups: ['single-parents'] }, [u25, single]).results)).toContain(single.id);
  });

  it('lets flexible and part-time offers through the childcare window and hour limits', () => {
    const flexible = offer({ schedule: { start: '07:00', end: '17:00', flexible: true } });
    const partTime = offer({ schedule: { hoursPerWeek: 39, partTime: true } });
    const { results } = match({ availability: { from: '08:00', until: '13:00' }, partTimeOnly: true }, [flexible, partTime]);
    expect(results).toHaveLength(2);
    expect(results.flatMap((r) => keys(r.reasons))).toEqual(expect.arrayContaining(['fit.flexibleHours', 'fit.partTime']));
  });
});

describe('match: soft fit', () => {
  const social = offer({ id: 'social', occupations: ['83112'] });
  const technical = offer({ id: 'technical', occupations: ['26312'] });
  const debt = offer({ id: 'debt', kind: 'counselling', topics: ['debt'] });
  const recognition = offer({ id: 'recognition', kind: 'counselling', topics: ['recognition'] });
  const people = { R: 0.1, I: 0.2, A: 0.4, S: 1, E: 0.3, C: 0.2 };

  it('ranks by interest congruence and names the interest', () => {
    const { results } = match({ interests: people }, [technical, social]);
    expect(ids(results)).toEqual(['social', 'technical']);
    expect(results[0]?.reasons[0]).toEqual({ key: 'fit.interest.S', params: {} });
  });

  it('surfaces debt counselling for a person who needs it, above interest matches', () => {
    const { results } = match({ interests: people, needs: ['debt'] }, [social, technical, debt]);
    expect(results[0]?.offer.id).toBe('debt');
    expect(results[0]?.reasons[0]).toEqual({ key: 'fit.need', params: { topic: 'debt' } });
  });

  it('surfaces recognition counselling for a foreign qualification', () => {
    const { results } = match({ interests: people, foreignQualification: true }, [social, technical, recognition]);
    expect(results[0]?.offer.id).toBe('recognition');
    expect(results[0]?.reasons[0]?.key).toBe('fit.recognition');
  });

  it('keeps debt and addiction counselling low for people who did not name the need', () => {
    const addiction = offer({ id: 'addiction', kind: 'counselling', topics: ['addiction', 'career'], targetGroups: ['long-term-unemployed'] });
    const coaching = offer({ id: 'coaching', kind: 'integration', topics: ['career'], targetGroups: ['long-term-unemployed'] });
    const profile: ProfileInput = { targetGroups: ['long-term-unemployed'] };
    const [first, second] = match(profile, [addiction, coaching]).results;
    expect(first?.offer.id).toBe('coaching');
    // same components, so exactly the documented factor apart
    expect(second?.score).toBeCloseTo((first?.score ?? 0) * 0.5, 10);
    expect(match({ ...profile, needs: ['addiction'] }, [addiction, coaching]).results[0]?.offer.id).toBe('addiction');
  });

  it('derives a family need for single parents and a health need for light work, for counselling only', () => {
    const family = offer({ id: 'family', kind: 'counselling', topics: ['family'] });
    const familyForMigrants = offer({ id: 'mbe', kind: 'counselling', topics: ['family'], targetGroups: ['migrants'] });
    const health = offer({ id: 'health', kind: 'health', topics: ['health'] });
    const { results } = match({ targetGroups: ['single-parents'], maxPhysicalLoad: 'light' }, [familyForMigrants, health, family]);
    expect(results.find((r) => r.offer.id === 'family')?.reasons[0]).toEqual({ key: 'fit.topic', params: { topic: 'family' } });
    expect(results.find((r) => r.offer.id === 'health')?.reasons[0]).toEqual({ key: 'fit.topic', params: { topic: 'health' } });
    // aimed at a group the person is known not to belong to: the inferred need does not count
    expect(results.find((r) => r.offer.id === 'mbe')?.score).toBe(0);
  });

  it('prefers a wished occupation by the longest common KldB prefix', () => {
    const a = offer({ id: 'care-exact', occupations: ['82102'] });
    const b = offer({ id: 'care-group', occupations: ['823'] });
    const c = offer({ id: 'other', occupations: ['513'] });
    const { results } = match({ wishedOccupations: ['8210'] }, [c, b, a]);
    expect(ids(results)).toEqual(['care-exact', 'care-group', 'other']);
    expect(results[0]?.reasons[0]).toEqual({ key: 'fit.wishedOccupation', params: { kldb: '82102' } });
  });

  it('uses wished kinds, strengths, target groups and languages', () => {
    const course = offer({ id: 'course', kind: 'language', languages: ['ar'] });
    const driver = offer({ id: 'driver', occupations: ['52122'], targetGroups: ['over-50'] });
    const { results } = match({ wishedKinds: ['job'], strengths: ['driving'], age: 55, germanLevel: 'A1', languages: ['ar'] }, [course, driver]);
    const byId = Object.fromEntries(results.map((r) => [r.offer.id, keys(r.reasons)]));
    expect(byId.driver).toEqual(expect.arrayContaining(['fit.wishedKind', 'fit.strength', 'fit.targetGroup']));
    expect(byId.course).toEqual(expect.arrayContaining(['fit.germanCourse', 'fit.language']));
  });

  it('gives the radar a weight that can be zero', () => {
    const radar = buildRadar([
      { regionCode: 'w', regionName: 'Weißensee', kldb: '821', vacancies: 50, jobSeekers: 20, vacancyDurationDays: 200, changeVsLastYear: 0.2 },
      { regionCode: 'w', regionName: 'Weißensee', kldb: '513', vacancies: 10, jobSeekers: 90, vacancyDurationDays: 50, changeVsLastYear: -0.1 },
    ]);
    const care = offer({ id: 'zz-care', occupations: ['82101'] });
    const store = offer({ id: 'aa-store', occupations: ['51301'] });
    const profile: ProfileInput = { home: { district: 'Weissensee' } };
    const withRadar = match(profile, [store, care], { radar });
    expect(ids(withRadar.results)).toEqual(['zz-care', 'aa-store']);
    expect(withRadar.results[0]?.reasons).toContainEqual({ key: 'radar.shortage', params: { kldb: '82101', region: 'Weißensee' } });
    const without = match(profile, [store, care], { radar, radarWeight: 0 });
    expect(without.results.map((r) => r.score)).toEqual([0, 0]);
    expect(ids(without.results)).toEqual(['aa-store', 'zz-care']);
  });

  it('uses free-text wishes through the search index', () => {
    const animals = offer({ id: 'animals', title: { de: 'Tierpflegerin im Tierheim' }, summary: { de: 'Arbeit mit Hunden und Katzen' }, occupations: ['11'] });
    const office = offer({ id: 'office', title: { de: 'Bürokraft' }, summary: { de: 'Büro und Verwaltung' }, occupations: ['714'] });
    const searchIndex = createSearchIndex([animals, office]);
    const { results } = match({ wishes: 'Tierheim' }, [office, animals], { searchIndex });
    expect(results[0]?.offer.id).toBe('animals');
    expect(keys(results[0]?.reasons ?? [])).toContain('fit.wishes');
  });
});

describe('match: ranking', () => {
  it('returns at most `limit` results, also below the diversity window of 10', () => {
    const many: OfferInput[] = Array.from({ length: 30 }, (_, n) => ({
      id: `o-${String(n).padStart(2, '0')}`,
      providerId: `p-${n}`,
      kind: 'job',
      title: { de: `Stelle ${n}` },
      summary: { de: 'Eine Stelle' },
      occupations: ['51312'],
    }));
    expect(match({}, many, { limit: 3 }).results).toHaveLength(3);
    expect(match({}, many, { limit: 8 }).results).toHaveLength(8);
    expect(match({}, many, { limit: 12 }).results).toHaveLength(12);
  });

  it('keeps at most N offers of one provider in the top k', () => {
    const many = Array.from({ length: 6 }, (_, i) => offer({ id: `a${i}`, providerId: 'big', occupations: ['83112'] }));
    const other = [offer({ id: 'b1', providerId: 'b', occupations: ['62102'] }), offer({ id: 'c1', providerId: 'c', occupations: ['71402'] })];
    const { results } = match({ interests: { R: 0, I: 0, A: 0, S: 1, E: 0.5, C: 0.2 } }, [...many, ...other], { diversity: { maxPerProvider: 2, topK: 4 } });
    expect(ids(results).slice(0, 4)).toEqual(['a0', 'a1', 'b1', 'c1']);
    expect(ids(results).slice(4)).toEqual(['a2', 'a3', 'a4', 'a5']);
  });

  it('breaks ties by offer id and honours limit', () => {
    const list = ['c', 'a', 'b'].map((id) => offer({ id }));
    expect(ids(match({}, list).results)).toEqual(['a', 'b', 'c']);
    expect(ids(match({}, list, { limit: 2 }).results)).toEqual(['a', 'b']);
  });

  it('rejects an invalid offer naming its index and field, and options out of range', () => {
    expect(() => match({}, [offer(), { ...offer(), kind: 'party' } as unknown as OfferInput])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', details: [expect.objectContaining({ path: 'offers.1.kind' })] }),
    );
    expect(() => match({ germanLevel: 'B7' } as unknown as ProfileInput, [])).toThrow(ValidationError);
    expect(() => match({}, [], { radarWeight: -1 })).toThrow(OptionError);
    // A radar or search index that did not come from buildRadar / createSearchIndex (e.g. one that went through JSON).
    const cloned = JSON.parse(
      JSON.stringify(buildRadar([{ regionCode: 'w', regionName: 'Weißensee', kldb: '821', vacancies: 5, jobSeekers: 2, vacancyDurationDays: 90, changeVsLastYear: 0 }])),
    ) as Radar;
    expect(() => match({}, [offer()], { radar: cloned })).toThrow(expect.objectContaining({ code: 'OPTION_INVALID', details: [expect.objectContaining({ path: 'radar' })] }));
    const index = JSON.parse(JSON.stringify({ offers: [], data: {} })) as SearchIndex;
    expect(() => match({ wishes: 'Pflege' }, [offer()], { searchIndex: index })).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });

  it('sees a changed offer list: the per-list cache never serves stale offers', () => {
    const list = [offer({ id: 'x1', kind: 'counselling', topics: ['debt'] })];
    expect(ids(match({ needs: ['debt'] }, list).results)).toEqual(['x1']);
    list.push(offer({ id: 'x0', kind: 'counselling', topics: ['debt'] }));
    expect(ids(match({ needs: ['debt'] }, list).results)).toEqual(['x0', 'x1']);
    list[0] = offer({ id: 'x2', kind: 'job' });
    expect(ids(match({ needs: ['debt'] }, list).results)).toEqual(['x0', 'x2']);
  });

  it('matches offer languages beyond the first 31 codes of a list', () => {
    const codes = Array.from({ length: 40 }, (_, i) => `${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}z`);
    const list = codes.map((code, i) => offer({ id: `l${String(i).padStart(2, '0')}`, providerId: `p${i}`, languages: [code] }));
    const { results } = match({ germanLevel: 'none', languages: ['bnz'] }, list, { limit: 3 });
    expect(results[0]?.offer.languages).toEqual(['bnz']);
    expect(results[0]?.reasons).toContainEqual({ key: 'fit.language', params: { language: 'bnz' } });
  });

  it('builds the excluded list on first read and keeps it', () => {
    const result = match({ germanLevel: 'A1' }, [offer({ id: 'b1', requirements: { germanLevel: 'B1' } })]);
    expect(result.excluded).toBe(result.excluded);
    const copy = { ...result };
    expect(copy.excluded).toBe(result.excluded);
    expect(JSON.parse(JSON.stringify(result)).excluded[0].reasons[0].key).toBe('excluded.germanLevel');
    result.excluded = [];
    expect(result.excluded).toEqual([]);
  });

  it('stays correct when a travelMinutes callback calls match on the same list again', () => {
    const list = [offer({ id: 'r1', place: { lat: 52.55, lon: 13.4 } }), offer({ id: 'r2', place: { lat: 52.56, lon: 13.4 } })];
    const plain = match({ interests: { R: 1, I: 0, A: 0, S: 0, E: 0, C: 0 } }, list);
    let inner: string[] = [];
    const outer = match({ home: { lat: 52.55, lon: 13.4 }, maxTravelMinutes: 30 }, list, {
      travelMinutes: () => {
        inner = ids(match({ interests: { R: 1, I: 0, A: 0, S: 0, E: 0, C: 0 } }, list).results);
        return 12;
      },
    });
    expect(inner).toEqual(ids(plain.results));
    expect(ids(outer.results)).toEqual(['r1', 'r2']);
    expect(outer.results.every((r) => r.reasons.some((x) => x.key === 'fit.nearby'))).toBe(true);
  });
});
