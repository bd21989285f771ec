import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRadar, match } from '@markt/sdk';
import { formatReason } from '@markt/sdk/reasons';
import { demoFair } from '@markt/demo-fair';
import { describe, expect, it } from 'vitest';
import type { Case } from './rank-cases.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cases = JSON.parse(readFileSync(join(root, 'profiles.json'), 'utf8')) as Case[];

function run(file: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/rank.ts', file], { cwd: root, encoding: 'utf8' });
}

/** Column where the reasons start (see table.ts: widths 4, 5, 52, 30, 13 with two spaces between). */
const REASONS_AT = 4 + 2 + 5 + 2 + 52 + 2 + 30 + 2 + 13 + 2;

/** The table of one profile, cut out of the script's output: its ranked lines and the "Nicht passend" block. */
function section(output: string, label: string) {
  const start = output.indexOf(`Profil ${label}\n`);
  expect(start, `no table for "${label}"`).toBeGreaterThanOrEqual(0);
  const rest = output.slice(start).split('\n');
  const end = rest.findIndex((line, i) => i > 0 && line.startsWith('Profil '));
  const lines = rest.slice(0, end === -1 ? undefined : end);
  const ranked = lines.filter((line) => /^ {0,2}\d+ {2}/.test(line));
  return {
    header: lines[1] ?? '',
    ranked: ranked.map((line) => ({
      rank: Number(line.slice(0, 4)),
      score: Number(line.slice(6, 11).replace(',', '.')),
      reasons: line.slice(REASONS_AT),
    })),
    excluded: lines.slice(lines.findIndex((l) => l.startsWith('Nicht passend'))).join('\n'),
  };
}

describe('examples/sdk-node: rank.ts', () => {
  const result = run('profiles.json');
  const radar = buildRadar(demoFair.radar);

  it('runs without error and says that the radar figures are illustrative', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Die Radar-Zahlen sind illustrativ');
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it('prints a table per profile with ranked offers, scores falling', () => {
    for (const c of cases) {
      const s = section(result.stdout, c.label);
      expect(s.header).toMatch(/^Rang\s+Score\s+Angebot\s+Anbieter\s+Art\s+Gründe$/);
      expect(s.ranked.length, c.label).toBeGreaterThanOrEqual(5);
      expect(s.ranked.map((r) => r.rank)).toEqual(s.ranked.map((_, i) => i + 1));
      for (let i = 1; i < s.ranked.length; i++) expect(s.ranked[i]!.score).toBeLessThanOrEqual(s.ranked[i - 1]!.score);
    }
  });

  it('gives each offer the German reasons of the SDK, in its ranked order', () => {
    for (const c of cases) {
      const { results } = match(c.profile, demoFair.offers, { radar, limit: 8 });
      const s = section(result.stdout, c.label);
      expect(s.ranked).toHaveLength(results.length);
      s.ranked.forEach((line, i) => {
        const reasons = results[i]!.reasons;
        expect(line.reasons).toBe(reasons.map((r) => formatReason(r, 'de')).join('; '));
        expect(line.reasons).not.toBe(reasons.map((r) => formatReason(r, 'en')).join('; '));
      });
    }
  });

  it('respects the profiles: age, childcare hours and a bad back', () => {
    const young = section(result.stdout, cases[3]!.label);
    expect(young.ranked.some((l) => l.reasons.includes('junge Menschen unter 25'))).toBe(true);
    const parent = section(result.stdout, cases[0]!.label);
    expect(parent.excluded).toMatch(/passen nicht zu Ihrer freien Zeit 08:00–14:00/);
    const back = section(result.stdout, cases[2]!.label);
    expect(back.ranked.some((l) => /Körperlich (schwere|mittelschwer)/.test(l.reasons))).toBe(false);
    expect(back.excluded).toMatch(/mehr, als Sie sich zutrauen/);
  });

  it('rejects an invalid profile with a message that names the field, and prints no table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdk-node-'));
    try {
      const file = join(dir, 'bad.json');
      writeFileSync(file, JSON.stringify([{ label: 'X', profile: { germanLevel: 'B7' } }]));
      const bad = run(file);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('germanLevel');
      expect(bad.stdout).not.toContain('Profil X');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
