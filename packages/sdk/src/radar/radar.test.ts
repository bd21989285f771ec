import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RadarDataError } from '../errors/index.js';
import type { RadarRowInput } from '../model/index.js';
import { buildRadar, findRegion, radarLookup, seekersPerVacancyPoints, statusOf, trendPoints, vacancyDurationPoints } from './index.js';

const row = (regionCode: string, regionName: string, kldb: string, vacancies: number, jobSeekers: number, days: number, change: number): RadarRowInput =>
  ({ regionCode, regionName, kldb, vacancies, jobSeekers, vacancyDurationDays: days, changeVsLastYear: change });

// Weißensee: 3 occupations. Vacancy-weighted mean duration = (40·160 + 20·100 + 40·60) / 100 = 108 days.
const rows = [
  row('110301', 'Weißensee', '821', 40, 30, 160, 0.12),
  row('110301', 'Weißensee', '513', 20, 100, 100, -0.05),
  row('110301', 'Weißensee', '714', 40, 120, 60, 0.02),
  // Prenzlauer Berg: mean duration = (10·90 + 10·90) / 20 = 90 days.
  row('110302', 'Prenzlauer Berg', '82101', 10, 8, 90, 0.05),
  row('110302', 'Prenzlauer Berg', '82102', 10, 12, 90, 0.05),
];

describe('Engpass indicators', () => {
  it('scores each indicator at the documented thresholds', () => {
    expect([0.99, 1.0, 1.19, 1.2, 1.39, 1.4].map(vacancyDurationPoints)).toEqual([0, 1, 1, 2, 2, 3]);
    expect([1.49, 1.5, 2.49, 2.5, 3.99, 4, Infinity].map(seekersPerVacancyPoints)).toEqual([3, 2, 2, 1, 1, 0, 0]);
    expect([-0.031, -0.03, 0.029, 0.03, 0.099, 0.1].map(trendPoints)).toEqual([0, 1, 1, 2, 2, 3]);
    expect([2, 1.99, 1.5, 1.49].map(statusOf)).toEqual(['shortage', 'watch', 'watch', 'none']);
  });
});

describe('buildRadar', () => {
  const radar = buildRadar(rows);

  it('scores Altenpflege in Weißensee as a shortage (hand-computed)', () => {
    const e = radarLookup(radar, '821', 'Weißensee');
    // duration 160 / 108 = 1.48 → 3; seekers 30/40 = 0.75 → 3; trend +12 % → 3; mean 3 → shortage.
    // demand = 0.75 · 3/3 + 0.25 · √(40/40) = 1
    expect(e?.durationRatio).toBeCloseTo(160 / 108, 10);
    expect(e?.points).toEqual({ vacancyDuration: 3, seekersPerVacancy: 3, trend: 3 });
    expect(e?.status).toBe('shortage');
    expect(e?.demandIndex).toBeCloseTo(1, 10);
  });

  it('scores warehouse work in Weißensee as no shortage (hand-computed)', () => {
    const e = radarLookup(radar, '513', 'Weißensee');
    // duration 100/108 = 0.93 → 0; seekers 100/20 = 5 → 0; trend −5 % → 0; mean 0.
    // demand = 0 + 0.25 · √(20/40) = 0.25 · 0.7071 = 0.1768
    expect(e?.score).toBe(0);
    expect(e?.status).toBe('none');
    expect(e?.demandIndex).toBeCloseTo(0.25 * Math.SQRT1_2, 10);
  });

  it('scores office work in Weißensee (hand-computed)', () => {
    const e = radarLookup(radar, '714', 'weissensee');
    // duration 60/108 = 0.56 → 0; seekers 120/40 = 3 → 1; trend +2 % → 1; mean 2/3 → none.
    // demand = 0.75 · (2/3)/3 + 0.25 · √1 = 0.1667 + 0.25 = 0.4167
    expect(e?.points).toEqual({ vacancyDuration: 0, seekersPerVacancy: 1, trend: 1 });
    expect(e?.demandIndex).toBeCloseTo(0.75 * (2 / 9) + 0.25, 10);
  });

  it('matches an offer code of any length by the longest common prefix', () => {
    // 5-digit offer code against a 3-digit row.
    expect(radarLookup(radar, '82102', '110301')?.vacancies).toBe(40);
    // 4-digit code against 5-digit rows: both 82101 and 82102 share "8210" → summed.
    const sum = radarLookup(radar, '8210', 'Prenzlauer Berg');
    // vacancies 20, seekers 20 → 1.0 → 3; duration 90/90 = 1 → 1; trend +5 % → 2; mean 2 → shortage.
    expect(sum?.vacancies).toBe(20);
    expect(sum?.jobSeekers).toBe(20);
    expect(sum?.points).toEqual({ vacancyDuration: 1, seekersPerVacancy: 3, trend: 2 });
    expect(sum?.status).toBe('shortage');
    // the exact 5-digit row wins over its sibling
    expect(radarLookup(radar, '82102', 'Prenzlauer Berg')?.jobSeekers).toBe(12);
    // another 82x code falls back to the two-digit group
    expect(radarLookup(radar, '823', 'Weißensee')?.kldb).toBe('823');
    expect(radarLookup(radar, '823', 'Weißensee')?.vacancies).toBe(40);
    // no row of group 43 at all
    expect(radarLookup(radar, '434', 'Weißensee')).toBeUndefined();
  });

  it('averages over regions when the district is unknown', () => {
    const mean = radarLookup(radar, '821', 'Atlantis');
    const a = radarLookup(radar, '821', 'Weißensee');
    const b = radarLookup(radar, '821', 'Prenzlauer Berg');
    expect(mean?.region).toBeUndefined();
    expect(mean?.demandIndex).toBeCloseTo(((a?.demandIndex ?? 0) + (b?.demandIndex ?? 0)) / 2, 10);
    expect(radarLookup(radar, '821')?.score).toBeCloseTo(((a?.score ?? 0) + (b?.score ?? 0)) / 2, 10);
    expect(radarLookup(radar, '513')?.region).toBeUndefined();
  });

  it('finds regions by name or code, ignoring case and ß', () => {
    expect(findRegion(radar, 'WEISSENSEE')?.code).toBe('110301');
    expect(findRegion(radar, '110302')?.name).toBe('Prenzlauer Berg');
    expect(findRegion(radar, 'Buch')).toBeUndefined();
  });

  it('keeps the latest period of duplicate rows', () => {
    const r = buildRadar([
      { ...row('1', 'Buch', '521', 5, 5, 50, 0), period: '2026-02' },
      { ...row('1', 'Buch', '521', 9, 5, 50, 0), period: '2025-12' },
    ]);
    expect(radarLookup(r, '521', 'Buch')?.vacancies).toBe(5);
    expect(r.entries).toHaveLength(1);
  });
});

describe('radar errors name row and field', () => {
  it('rejects a negative vacancy count in row 3', () => {
    const bad = [...rows.slice(0, 3), { ...rows[3], vacancies: -1 }];
    try {
      buildRadar(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RadarDataError);
      expect((error as RadarDataError).code).toBe('RADAR_ROW_INVALID');
      expect((error as RadarDataError).details[0]?.path).toBe('rows.3.vacancies');
      expect((error as RadarDataError).message).toContain('row 3');
      expect((error as RadarDataError).message).toContain('"vacancies"');
    }
  });

  it('names a missing field and a malformed KldB code', () => {
    const { jobSeekers: _drop, ...missing } = rows[1] as RadarRowInput;
    expect(() => buildRadar([rows[0], missing])).toThrow(/row 1 .*"jobSeekers"/);
    expect(() => buildRadar([{ ...rows[0], kldb: '8' }])).toThrow(expect.objectContaining({ details: [expect.objectContaining({ path: 'rows.0.kldb' })] }));
    expect(() => buildRadar([null])).toThrow(expect.objectContaining({ code: 'RADAR_ROW_INVALID' }));
  });

  it('rejects an empty list', () => {
    expect(() => buildRadar([])).toThrow(expect.objectContaining({ code: 'RADAR_EMPTY' }));
  });
});

describe('radar properties', () => {
  it('keeps demand in [0, 1] and the status consistent with the mean points', () => {
    const rowArb = fc.record({
      regionCode: fc.constantFrom('a', 'b', 'c'),
      regionName: fc.constantFrom('Buch', 'Karow'),
      kldb: fc.constantFrom('821', '82101', '513', '52', '43412'),
      vacancies: fc.integer({ min: 0, max: 500 }),
      jobSeekers: fc.integer({ min: 0, max: 500 }),
      vacancyDurationDays: fc.integer({ min: 0, max: 400 }),
      changeVsLastYear: fc.double({ min: -1, max: 3, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), fc.constantFrom('82102', '5', '52122', '434', '8'), (input, code) => {
        const radar = buildRadar(input);
        for (const e of radar.entries) {
          expect(e.demandIndex).toBeGreaterThanOrEqual(0);
          expect(e.demandIndex).toBeLessThanOrEqual(1);
          expect(e.status).toBe(statusOf(e.score));
        }
        const hit = code.length >= 2 ? radarLookup(radar, code) : undefined;
        if (hit) expect(hit.demandIndex).toBeLessThanOrEqual(1);
      }),
    );
  });
});
