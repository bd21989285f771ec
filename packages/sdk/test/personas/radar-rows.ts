/**
 * Illustrative labour-market figures for Pankow's Ortsteile, shaped like the BA statistics (made up, but with
 * the pattern of the real Engpassanalyse: care, nursing, day care, electrical and plumbing trades and bus
 * drivers short; warehouse, retail and office work with many job seekers per vacancy).
 */
import type { RadarRowInput } from '../../src/model/index.js';

// kldb, vacancies, job seekers, median vacancy days, change vs last year (for a mid-sized Ortsteil)
const base: ReadonlyArray<readonly [string, number, number, number, number]> = [
  ['821', 38, 30, 175, 0.12],
  ['813', 30, 12, 190, 0.1],
  ['831', 26, 20, 160, 0.08],
  ['811', 14, 18, 120, 0.04],
  ['262', 12, 8, 180, 0.11],
  ['263', 10, 8, 170, 0.09],
  ['342', 11, 6, 185, 0.12],
  ['521', 16, 14, 150, 0.06],
  ['513', 22, 130, 70, -0.06],
  ['541', 20, 55, 95, 0.02],
  ['621', 24, 95, 80, -0.02],
  ['714', 18, 110, 75, -0.04],
  ['732', 8, 25, 120, 0.03],
  ['431', 9, 20, 110, 0.02],
  ['434', 7, 16, 130, 0.01],
  ['273', 4, 9, 140, 0.0],
  ['293', 15, 28, 115, 0.05],
  ['632', 8, 20, 90, 0.0],
  ['531', 9, 30, 85, -0.01],
  ['332', 7, 9, 125, 0.04],
  ['121', 5, 14, 80, -0.03],
  ['115', 2, 6, 90, 0.0],
  ['841', 6, 4, 150, 0.05],
  ['343', 5, 10, 100, 0.02],
  ['921', 3, 12, 70, -0.05],
];

const regions: ReadonlyArray<readonly [string, string, number]> = [
  ['11030301', 'Prenzlauer Berg', 1.6],
  ['11030302', 'Weißensee', 1.0],
  ['11030303', 'Pankow', 1.1],
  ['11030304', 'Heinersdorf', 0.4],
  ['11030305', 'Niederschönhausen', 0.6],
  ['11030306', 'Buch', 0.7],
  ['11030307', 'Karow', 0.4],
  ['11030308', 'Blankenburg', 0.3],
];

export const radarRows: readonly RadarRowInput[] = regions.flatMap(([regionCode, regionName, size]) =>
  base.map(([kldb, vacancies, jobSeekers, vacancyDurationDays, changeVsLastYear]) => ({
    regionCode,
    regionName,
    regionLevel: 'ortsteil' as const,
    kldb,
    vacancies: Math.round(vacancies * size),
    jobSeekers: Math.round(jobSeekers * size),
    vacancyDurationDays,
    changeVsLastYear,
    period: '2026-02',
    illustrative: true,
  })),
);
