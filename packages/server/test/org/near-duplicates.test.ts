/**
 * Near-duplicate offers in the report: a constructed set where the true pairs are known.
 */
import type { OfferInput } from '@markt/sdk';
import { describe, expect, it } from 'vitest';
import { TITLE_SIMILARITY_THRESHOLD, titleSimilarity } from '../../src/store/near-duplicates.js';
import type { EventReport } from '../../src/store/report.js';
import { orgWorld } from './setup.js';

const offer = (id: string, providerId: string, kind: OfferInput['kind'], title: string, extra: Partial<OfferInput> = {}): OfferInput => ({
  id,
  providerId,
  kind,
  title: { de: title },
  summary: { de: 'Zusammenfassung' },
  ...extra,
});

/** p-care, p-debt come from the small fair; p-a, p-b, p-c are added. */
const OFFERS: OfferInput[] = [
  // TRUE: similar titles, same kind, both open to all, both without district.
  offer('x-care-1', 'p-a', 'qualification', 'Pflegehelfer/in in Teilzeit'),
  offer('x-care-2', 'p-b', 'qualification', 'Pflegehelfer (Teilzeit)'),
  // FALSE: same title, same provider as x-care-1.
  offer('x-care-3', 'p-a', 'qualification', 'Pflegehelfer/in Teilzeit'),
  // FALSE: same title, but a different kind (a job, not a qualification).
  offer('x-care-job', 'p-c', 'job', 'Pflegehelfer/in in Teilzeit'),
  // TRUE: different titles, but the same KldB occupation group 513 (Lagerwirtschaft), overlapping target group, same district.
  offer('x-lager-1', 'p-a', 'apprenticeship', 'Fachlagerist', { occupations: ['51302'], targetGroups: ['under-25', 'migrants'], place: { district: 'Pankow' } }),
  offer('x-lager-2', 'p-c', 'apprenticeship', 'Ausbildung im Warenlager', { occupations: ['51301'], targetGroups: ['under-25'], place: { district: 'pankow' } }),
  // FALSE: same occupation group and title, but another district.
  offer('x-lager-3', 'p-b', 'apprenticeship', 'Fachlagerist', { occupations: ['51302'], targetGroups: ['under-25'], place: { district: 'Spandau' } }),
  // FALSE: same title and district, but target groups that do not overlap.
  offer('x-lager-4', 'p-b', 'apprenticeship', 'Fachlagerist', { occupations: ['51302'], targetGroups: ['over-50'], place: { district: 'Pankow' } }),
  // FALSE: one open to all, the other only for single parents (not "both open to all").
  offer('x-kurs-1', 'p-a', 'language', 'Deutschkurs B1 mit Kinderbetreuung'),
  offer('x-kurs-2', 'p-b', 'language', 'Deutschkurs B1 mit Kinderbetreuung', { targetGroups: ['single-parents'] }),
  // FALSE: same kind, open to all, no district, titles not similar enough, no shared occupation group.
  offer('x-bew-1', 'p-a', 'counselling', 'Bewerbungstraining'),
  offer('x-bew-2', 'p-c', 'counselling', 'Bewerbungscoaching'),
];

describe('near-duplicate offers in the report', () => {
  it('lists the true pairs with their reasons, and no pair of the same provider or of different kinds', async () => {
    const w = await orgWorld();
    try {
      const org1 = await w.org1();
      // Only the constructed set: the small fair's own offers out.
      for (const id of ['o-care', 'o-care-2', 'o-debt']) expect((await w.send('DELETE', `/api/org/events/fair-test/offers/${id}`, undefined, org1)).status).toBe(204);
      for (const [id, kind] of [['p-a', 'training'], ['p-b', 'integration'], ['p-c', 'employer']]) {
        expect((await w.send('POST', '/api/org/events/fair-test/providers', { id, name: `Träger ${id}`, kind }, org1)).status).toBe(201);
      }
      for (const o of OFFERS) expect((await w.send('POST', '/api/org/events/fair-test/offers', o, org1)).status).toBe(201);
      const report = (await (await w.send('GET', '/api/org/events/fair-test/report', undefined, org1)).json()) as EventReport;
      const pairs = report.nearDuplicateOffers.map((p) => `${p.a.offerId}~${p.b.offerId}`).sort();
      expect(pairs).toEqual(['x-care-1~x-care-2', 'x-care-2~x-care-3', 'x-lager-1~x-lager-2']);

      const care = report.nearDuplicateOffers.find((p) => p.a.offerId === 'x-care-1')!;
      expect(care.a).toEqual({ offerId: 'x-care-1', providerId: 'p-a', title: 'Pflegehelfer/in in Teilzeit' });
      expect(care.b).toEqual({ offerId: 'x-care-2', providerId: 'p-b', title: 'Pflegehelfer (Teilzeit)' });
      expect(care.similarity).toBe(1);
      expect(care.reasons).toEqual(['same kind (qualification)', 'both open to all', 'both without district', 'similar titles (100 %)']);

      const lager = report.nearDuplicateOffers.find((p) => p.a.offerId === 'x-lager-1')!;
      expect(lager.similarity).toBeLessThan(TITLE_SIMILARITY_THRESHOLD);
      expect(lager.reasons).toEqual([
        'same kind (apprenticeship)',
        'overlapping target groups (under-25)',
        'same district (Pankow)',
        'same KldB occupation group (513)',
      ]);
      for (const p of report.nearDuplicateOffers) expect(p.a.providerId).not.toBe(p.b.providerId);
      // The CSV carries the pairs as well.
      const csv = await (await w.send('GET', '/api/org/events/fair-test/report.csv', undefined, org1)).text();
      expect(csv).toContain('near_duplicate_offers,x-care-1~x-care-2,');
    } finally {
      await w.dispose();
    }
  });

  it('measures title similarity on folded words, ignoring case, umlauts and stopwords', () => {
    expect(titleSimilarity('PFLEGEHELFER/IN (m/w/d)', 'pflegehelfer')).toBe(1);
    expect(titleSimilarity('Fachkraft für Lagerlogistik', 'Lagerlogistik – Fachkraft')).toBe(1);
    expect(titleSimilarity('Bürokaufmann', 'Buerokaufmann')).toBe(1);
    expect(titleSimilarity('Pflegehelfer', 'Pflegefachkraft')).toBeLessThan(TITLE_SIMILARITY_THRESHOLD);
    expect(titleSimilarity('Kita', '')).toBe(0);
  });
});
