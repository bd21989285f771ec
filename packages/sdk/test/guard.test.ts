import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOffers, generateRadarRows } from '../bench/synthetic.js';
import { verdict, type Rule } from '../src/model/guard.js';
import { radarRowRule } from '../src/model/radar-row-rule.js';
import { offerRule, profileRule } from '../src/model/shapes.js';
import { OfferSchema, ProfileSchema, RadarRowSchema, check } from '../src/schemas.js';
import { offers as personaOffers } from './personas/offers.js';
import { personas } from './personas/personas.js';
import { radarRows } from './personas/radar-rows.js';

// The engine checks its input with small rules of its own (src/model/shapes.ts) so that ranking does not
// load valibot. These tests hold those rules to the valibot schemas: the same output with the same
// defaults for valid input, and every input the rules reject is rejected by the schemas too, at the same field.

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/demo-fair/data');
const demo = (file: string): unknown[] => JSON.parse(readFileSync(join(demoDir, file), 'utf8')) as unknown[];

type Schema = Parameters<typeof check>[0];
const cases: [string, Rule, Schema, readonly unknown[]][] = [
  ['offer', offerRule, OfferSchema, [...personaOffers, ...demo('offers.json'), ...generateOffers(300, 5).map((s) => s.offer)]],
  ['profile', profileRule, ProfileSchema, [{}, ...personas.map((p) => p.profile)]],
  ['radar row', radarRowRule, RadarRowSchema, [...radarRows, ...demo('radar.json'), ...generateRadarRows(3)]],
];

/** Paths of every field of an object schema and of the object schemas nested one level down. */
function fieldPaths(schema: Schema): string[][] {
  const entriesOf = (s: unknown): Record<string, unknown> | undefined => {
    let x = s as { entries?: Record<string, unknown>; wrapped?: unknown; pipe?: unknown[] };
    while (x.wrapped) x = x.wrapped as typeof x;
    if (!x.entries && x.pipe) x = x.pipe[0] as typeof x;
    return x.entries;
  };
  const paths: string[][] = [];
  for (const [key, sub] of Object.entries(entriesOf(schema) ?? {})) {
    paths.push([key]);
    for (const inner of Object.keys(entriesOf(sub) ?? {})) paths.push([key, inner]);
  }
  return paths;
}

/** A copy of `base` with `value` at `path` (a missing parent object is created). */
function withValue(base: Record<string, unknown>, [key, inner]: string[], value: unknown): Record<string, unknown> {
  if (inner === undefined) return { ...base, [key as string]: value };
  const parent = (base[key as string] ?? {}) as Record<string, unknown>;
  return { ...base, [key as string]: { ...parent, [inner]: value } };
}

describe('the engine input rules agree with the valibot schemas', () => {
  for (const [name, rule, schema, valid] of cases) {
    it(`${name}: valid input gives the same value, defaults included (${valid.length} inputs)`, () => {
      for (const input of valid) {
        const theirs = check(schema, input);
        expect(theirs.ok).toBe(true);
        const ours = verdict(rule, input);
        expect(ours.issues).toEqual([]);
        expect(ours.value).toEqual(theirs.ok ? theirs.value : undefined);
      }
    });

    it(`${name}: a field (or a field of a nested object) set to a wrong value is rejected by both, at that field`, () => {
      const junk = fc.constantFrom<unknown>('party', '', -5, 1e9, 0.5, null, true, {}, [], ['x'], [-1], ['tr-x-ls'], '25:00', '2026-13-01', 'ZZZ', 'S S');
      const base = valid[0] as Record<string, unknown>;
      fc.assert(
        fc.property(fc.constantFrom(...fieldPaths(schema)), junk, (path, value) => {
          const input = withValue(base, path, value);
          const ours = verdict(rule, input);
          const theirs = check(schema, input);
          // (A nested object made up around the value may lack a required field: then that field is named.)
          const at = path[0] as string;
          if (ours.issues.length) {
            expect(theirs.ok).toBe(false);
            expect(ours.issues[0]?.path.split('.')[0]).toBe(at);
            if (!theirs.ok) expect(theirs.issues[0]?.path.split('.')[0]).toBe(at);
          }
          // The rules leave only text lengths and URL spelling to the schemas: with short junk values
          // both must reach the same verdict.
          if (path[0] !== 'url') expect(ours.issues.length > 0).toBe(!theirs.ok);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('unknown fields and missing required fields are issues, with their paths', () => {
    expect(verdict(radarRowRule, { ...radarRows[0], jobseekers: 3, jobSeekers: undefined }, 'rows.2').issues.map((i) => i.path)).toEqual([
      'rows.2.jobseekers',
      'rows.2.jobSeekers',
    ]);
    expect(verdict(offerRule, { ...personaOffers[0], schedule: { start: '7:00' } }).issues.map((i) => i.path)).toEqual(['schedule.start']);
    expect(verdict(profileRule, { availability: { from: '08:00' } }).issues.map((i) => i.path)).toEqual(['availability.until']);
  });
});
