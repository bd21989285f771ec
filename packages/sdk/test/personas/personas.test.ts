import { describe, expect, it } from 'vitest';
import { OfferSchema, ProfileSchema, check } from '../../src/model/index.js';
import { match } from '../../src/match/index.js';
import { buildRadar } from '../../src/radar/index.js';
import { evaluatePersonas, ndcgAt } from './evaluate.js';
import { offers } from './offers.js';
import { personas } from './personas.js';
import { radarRows } from './radar-rows.js';

describe('persona fixture', () => {
  it('has at least 60 valid offers with unique ids and at least 15 valid personas', () => {
    expect(offers.length).toBeGreaterThanOrEqual(60);
    expect(new Set(offers.map((o) => o.id)).size).toBe(offers.length);
    for (const o of offers) expect(check(OfferSchema, o)).toMatchObject({ ok: true });
    expect(personas.length).toBeGreaterThanOrEqual(15);
    for (const p of personas) expect(check(ProfileSchema, p.profile)).toMatchObject({ ok: true });
  });

  it('refers only to offers in the catalogue, never lists an offer as both relevant and a violation', () => {
    const ids = new Set(offers.map((o) => o.id));
    for (const p of personas) {
      for (const id of [...Object.keys(p.relevant), ...p.violations]) expect(ids, `${p.id}: ${id}`).toContain(id);
      for (const id of p.violations) expect(p.relevant[id], `${p.id}: ${id}`).toBeUndefined();
      expect(Object.values(p.relevant)).toContain(3);
    }
  });

  it('agrees with the counsellor on every hard-rule violation: each is excluded with a reason', () => {
    for (const p of personas) {
      const excluded = new Map(match(p.profile, offers).excluded.map((e) => [e.offer.id, e.reasons]));
      for (const id of p.violations) {
        expect(excluded.get(id)?.length ?? 0, `${p.id} should exclude ${id}`).toBeGreaterThan(0);
      }
      for (const id of Object.keys(p.relevant)) expect(excluded.has(id), `${p.id} should keep ${id}`).toBe(false);
    }
  });
});

describe('ranking quality on the personas', () => {
  it('computes nDCG@5 with gains 2^g − 1 (hand-checked)', () => {
    // ranked: a(3) x(0) b(1): DCG = 7/1 + 0 + 1/log2(4) = 7.5; ideal a, b: 7 + 1/log2(3) = 7.6309
    expect(ndcgAt(5, ['a', 'x', 'b'], { a: 3, b: 1 })).toBeCloseTo(7.5 / (7 + 1 / Math.log2(3)), 10);
    expect(ndcgAt(5, ['a', 'b'], { a: 3, b: 1 })).toBe(1);
  });

  it('reaches nDCG@5 ≥ 0.8 with no hard-rule violation in any top ten', () => {
    const { ndcg5, violationsTop10, perPersona } = evaluatePersonas();
    expect(perPersona).toHaveLength(personas.length);
    expect(violationsTop10).toBe(0);
    expect(ndcg5).toBeGreaterThanOrEqual(0.8);
  });

  it('puts the counselling a person needs first and explains it concretely', () => {
    const radar = buildRadar(radarRows);
    const byId = Object.fromEntries(personas.map((p) => [p.id, p.profile]));
    const debts = match(byId['debts-first'] ?? {}, offers, { radar }).results;
    expect(debts.slice(0, 2).map((r) => r.offer.id).sort()).toEqual(['c-schulden', 'c-schulden-online']);
    expect(debts[0]?.reasons[0]).toEqual({ key: 'fit.need', params: { topic: 'debt' } });

    const arabic = match(byId['arabic-only'] ?? {}, offers, { radar }).results;
    const mbe = arabic.find((r) => r.offer.id === 'c-mbe');
    expect(mbe?.reasons).toContainEqual({ key: 'fit.language', params: { language: 'ar' } });

    const cleaner = match(byId['cleaner-buch-turkish'] ?? {}, offers, { radar }).results;
    expect(cleaner[0]?.offer.id).toBe('j-reinigung-buch');
    expect(cleaner[0]?.reasons).toContainEqual({ key: 'fit.nearby', params: { minutes: 10 } });
  });
});
