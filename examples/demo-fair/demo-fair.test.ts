import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRadar, createSearchIndex, isKldbCode, radarLookup, type OfferInput } from '@markt/sdk';
import { EventSchema, OfferSchema, ProviderSchema, RadarRowSchema, StandSchema, check } from '@markt/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { demoFair } from './index.js';

const { event, providers, offers, stands, radar } = demoFair;
const here = fileURLToPath(new URL('.', import.meta.url));

const ortsteile = [
  'Blankenburg', 'Blankenfelde', 'Buch', 'Französisch Buchholz', 'Heinersdorf', 'Karow', 'Niederschönhausen',
  'Pankow', 'Prenzlauer Berg', 'Rosenthal', 'Stadtrandsiedlung Malchow', 'Weißensee', 'Wilhelmsruh',
];

/** Roughly the Bezirk Pankow: every coordinate in the demo must fall inside. */
const insidePankow = (lat: number, lon: number) => lat > 52.52 && lat < 52.66 && lon > 13.34 && lon < 13.53;

const issuesOf = (schema: Parameters<typeof check>[0], items: readonly unknown[]) =>
  items.flatMap((item, i) => {
    const r = check(schema, item);
    return r.ok ? [] : [{ i, issues: r.issues }];
  });

const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

const level = (o: OfferInput) => o.requirements?.germanLevel;

describe('demo fair: schemas and references', () => {
  it('every record validates against its SDK schema', () => {
    expect(issuesOf(EventSchema, [event])).toEqual([]);
    expect(issuesOf(ProviderSchema, providers)).toEqual([]);
    expect(issuesOf(OfferSchema, offers)).toEqual([]);
    expect(issuesOf(StandSchema, stands)).toEqual([]);
    expect(issuesOf(RadarRowSchema, radar)).toEqual([]);
  });

  it('ids are unique per kind, and stand numbers are unique', () => {
    expect(duplicates(providers.map((p) => p.id))).toEqual([]);
    expect(duplicates(offers.map((o) => o.id))).toEqual([]);
    expect(duplicates(stands.map((s) => s.id))).toEqual([]);
    expect(duplicates(stands.map((s) => s.number))).toEqual([]);
  });

  it('every offer and every stand belongs to a provider that exists', () => {
    const ids = new Set(providers.map((p) => p.id));
    expect(offers.filter((o) => !ids.has(o.providerId)).map((o) => o.id)).toEqual([]);
    expect(stands.filter((s) => !ids.has(s.providerId)).map((s) => s.id)).toEqual([]);
    expect(stands.every((s) => s.eventId === event.id)).toBe(true);
  });

  it('every provider has a stand, and every stand lies inside the floor plan without overlapping another', () => {
    const plan = event.floorPlan!;
    const withStand = new Set(stands.map((s) => s.providerId));
    expect(providers.filter((p) => !withStand.has(p.id)).map((p) => p.id)).toEqual([]);
    // `position` is the centre; the box reaches half the size to each side.
    const box = (s: (typeof stands)[number]) => ({
      left: s.position!.x - s.size!.w / 2,
      top: s.position!.y - s.size!.h / 2,
      right: s.position!.x + s.size!.w / 2,
      bottom: s.position!.y + s.size!.h / 2,
    });
    for (const s of stands) {
      const b = box(s);
      expect(b.left >= 0 && b.top >= 0 && b.right <= plan.width && b.bottom <= plan.height, s.id).toBe(true);
    }
    for (const [i, a] of stands.entries()) {
      for (const b of stands.slice(i + 1)) {
        const [p, q] = [box(a), box(b)];
        const apart = p.right <= q.left || q.right <= p.left || p.bottom <= q.top || q.bottom <= p.top;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    const e = plan.entrance!;
    expect(e.x <= plan.width && e.y <= plan.height).toBe(true);
  });

  it('the event is in spring 2027 in Pankow and offers all seven visitor languages', () => {
    expect(event.id).toBe('pankow-2026');
    expect(event.startsAt.startsWith('2027-0')).toBe(true);
    expect(Number(event.startsAt.slice(5, 7))).toBeGreaterThanOrEqual(3);
    expect(Number(event.startsAt.slice(5, 7))).toBeLessThanOrEqual(5);
    expect(event.venue.district).toBe('Pankow');
    expect([...(event.languages ?? [])].sort()).toEqual(['ar', 'de', 'de-x-ls', 'en', 'ru', 'tr', 'uk']);
  });

  it('names the Jobcenter Berlin Pankow as responsible for the visitors\' data, with a contact, a DPO and an https privacy page', () => {
    expect(event.privacy?.controller).toBe('Jobcenter Berlin Pankow');
    expect(event.privacy?.contact).toMatch(/\d{5} Berlin/);
    expect(event.privacy?.contact).toMatch(/@/);
    expect(event.privacy?.dpo).toMatch(/@/);
    expect(event.privacy?.url).toMatch(/^https:\/\//);
  });
});

describe('demo fair: size and variety', () => {
  it('has at least 40 providers and 150 offers', () => {
    expect(providers.length).toBeGreaterThanOrEqual(40);
    expect(offers.length).toBeGreaterThanOrEqual(150);
  });

  it('every offer has a German and an English title and summary, and they differ from each other', () => {
    for (const o of offers) {
      expect(o.title.de && o.title.en && o.summary.de && o.summary.en, o.id).toBeTruthy();
      expect(o.title.en, o.id).not.toBe(o.title.de);
    }
    expect(new Set(offers.map((o) => o.title.de)).size).toBe(offers.length);
    expect(new Set(offers.map((o) => o.summary.de)).size).toBe(offers.length);
  });

  it('some offers carry Turkish, Arabic and Ukrainian summaries', () => {
    for (const locale of ['tr', 'ar', 'uk'] as const) {
      expect(offers.filter((o) => o.summary[locale]).length, locale).toBeGreaterThanOrEqual(8);
    }
  });

  it('all provider kinds are present', () => {
    const kinds = new Set(providers.map((p) => p.kind));
    for (const k of ['training', 'integration', 'counselling', 'employer', 'jobcenter', 'network'] as const) expect(kinds.has(k), k).toBe(true);
  });

  it('all offer kinds, counselling topics and fundings are present', () => {
    const kinds = new Set(offers.map((o) => o.kind));
    for (const k of ['qualification', 'integration', 'job', 'apprenticeship', 'counselling', 'self-employment', 'health', 'language'] as const) {
      expect(kinds.has(k), k).toBe(true);
    }
    const topics = new Set(offers.flatMap((o) => o.topics ?? []));
    for (const t of ['debt', 'addiction', 'health', 'recognition', 'migration'] as const) expect(topics.has(t), t).toBe(true);
    const funding = new Set(offers.flatMap((o) => o.funding ?? []));
    for (const f of ['bildungsgutschein', 'avgs', 'einstiegsgeld'] as const) expect(funding.has(f), f).toBe(true);
  });

  it('every occupation code is a KldB 2010 code of a real Berufshauptgruppe', () => {
    const codes = [...offers.flatMap((o) => o.occupations ?? []), ...radar.map((r) => r.kldb)];
    expect(codes.filter((c) => !isKldbCode(c))).toEqual([]);
  });

  it('the Jobcenter has labelled help desks, one of them for becoming an AZAV provider', () => {
    const jobcenter = providers.find((p) => p.kind === 'jobcenter')!;
    const desks = stands.filter((s) => s.providerId === jobcenter.id && s.label);
    expect(desks.length).toBeGreaterThanOrEqual(2);
    expect(desks.some((s) => /AZAV/.test(s.label!))).toBe(true);
    expect(offers.filter((o) => (o.keywords ?? []).includes('AZAV')).length).toBeGreaterThanOrEqual(2);
  });

  it('has the offers that make matching interesting', () => {
    const has = (what: string, pred: (o: OfferInput) => boolean) => expect(offers.some(pred), what).toBe(true);
    has('part-time retraining 08:30–13:30', (o) => o.kind === 'qualification' && !!o.schedule?.partTime && o.schedule.start === '08:30' && o.schedule.end === '13:30');
    for (const lvl of ['none', 'A1', 'B1', 'B2'] as const) has(`German course entering at ${lvl}`, (o) => o.kind === 'language' && level(o) === lvl);
    has('Pflegehelfer with Bildungsgutschein', (o) => o.kind === 'qualification' && (o.occupations ?? []).includes('82101') && (o.funding ?? []).includes('bildungsgutschein'));
    has('forklift licence', (o) => /Stapler/.test(o.title.de) && o.kind === 'qualification');
    has('warehouse job with heavy physical load', (o) => o.kind === 'job' && (o.occupations ?? []).some((c) => c.startsWith('513')) && o.requirements?.physicalLoad === 'heavy');
    has('office job requiring B2', (o) => o.kind === 'job' && (o.occupations ?? []).some((c) => c.startsWith('714')) && level(o) === 'B2');
    has('apprenticeship for under-25s only', (o) => o.kind === 'apprenticeship' && !!o.targetGroupsOnly && (o.targetGroups ?? []).includes('under-25'));
    has('debt counselling', (o) => (o.topics ?? []).includes('debt'));
    has('addiction counselling', (o) => (o.topics ?? []).includes('addiction'));
    has('recognition counselling', (o) => (o.topics ?? []).includes('recognition') && o.kind === 'counselling');
    has('Einstiegsgeld self-employment coaching', (o) => o.kind === 'self-employment' && (o.funding ?? []).includes('einstiegsgeld'));
    for (const district of ['Weißensee', 'Prenzlauer Berg']) {
      has(`employer job in ${district} with coordinates`, (o) => o.kind === 'job' && o.place?.district === district && o.place.lat !== undefined);
    }
  });

  it('the SDK search finds the care helper on a bike for "Pflege" and "Altenpflege" (keyword "Seniorenbetreuung")', () => {
    // "Senioren" is a one-way synonym (it selects the Pflege group but is not looked for from it): the offer needs a
    // regular member of the group among its words.
    const index = createSearchIndex(offers);
    for (const q of ['Pflege', 'Altenpflege']) {
      expect(index.search(q, { limit: 50 }).map((h) => h.offer.title.de).some((t) => t.includes('Dienstfahrrad')), q).toBe(true);
    }
  });

  it('a stand named in an offer\'s contact line is a stand of that offer\'s provider', () => {
    const mentioned = offers.filter((o) => /Stand [A-J]\d+/.test(o.contact ?? ''));
    expect(mentioned.length).toBeGreaterThanOrEqual(5);
    for (const o of mentioned) {
      const number = /Stand ([A-J]\d+)/.exec(o.contact!)![1];
      expect(stands.find((s) => s.number === number)?.providerId, `${o.id} → ${number}`).toBe(o.providerId);
    }
  });

  it('every coordinate lies in Pankow and every district is one of its Ortsteile', () => {
    const places = [...providers.map((p) => p.place), ...offers.map((o) => o.place)].filter((p) => p !== undefined);
    for (const p of places) {
      if (p.lat !== undefined && p.lon !== undefined) expect(insidePankow(p.lat, p.lon), JSON.stringify(p)).toBe(true);
      if (p.district) expect(ortsteile, p.district).toContain(p.district);
    }
  });
});

describe('demo fair: radar', () => {
  it('covers all 13 Ortsteile × at least 20 occupations, every row marked illustrative', () => {
    const names = new Set(radar.map((r) => r.regionName));
    expect([...names].sort()).toEqual([...ortsteile].sort());
    const occupations = new Set(radar.map((r) => r.kldb));
    expect(occupations.size).toBeGreaterThanOrEqual(20);
    for (const name of ortsteile) {
      for (const kldb of occupations) {
        expect(radar.filter((r) => r.regionName === name && r.kldb === kldb), `${name} ${kldb}`).toHaveLength(1);
      }
    }
    expect(radar.every((r) => r.illustrative === true)).toBe(true);
  });

  it('tells the story of the district: care and crafts short of people, office and warehouse work not', () => {
    const built = buildRadar(radar);
    expect(built.illustrative).toBe(true);
    expect(radarLookup(built, '81302', 'Buch')?.status).toBe('shortage');
    expect(radarLookup(built, '82101', 'Rosenthal')?.status).toBe('shortage');
    expect(radarLookup(built, '34212', 'Weissensee')?.status).toBe('shortage');
    expect(radarLookup(built, '71402', 'Prenzlauer Berg')?.status).toBe('none');
    expect(radarLookup(built, '51311', 'Wilhelmsruh')?.status).toBe('none');
  });

  it('radar.csv holds the same rows as radar.json', () => {
    const text = readFileSync(join(here, 'data/radar.csv'), 'utf8');
    const [header, ...lines] = text.trimEnd().split('\n');
    const cols = header!.split(';');
    expect(cols).toContain('Gemeldete Arbeitsstellen');
    expect(cols).toContain('Arbeitsuchende');
    expect(lines).toHaveLength(radar.length);
    const at = (cells: string[], name: string) => cells[cols.indexOf(name)]!;
    lines.forEach((line, i) => {
      const cells = line.split(';');
      expect(cells).toHaveLength(cols.length);
      const row = radar[i]!;
      expect(at(cells, 'Berichtsmonat')).toBe(row.period);
      expect(at(cells, 'Regionalschlüssel')).toBe(row.regionCode);
      expect(at(cells, 'Region')).toBe(row.regionName);
      expect(at(cells, 'Regionalebene')).toBe('Ortsteil');
      expect(at(cells, 'Beruf (KldB 2010)')).toBe(row.kldb);
      expect(Number(at(cells, 'Gemeldete Arbeitsstellen'))).toBe(row.vacancies);
      expect(Number(at(cells, 'Arbeitsuchende'))).toBe(row.jobSeekers);
      expect(Number(at(cells, 'Abgeschlossene Vakanzzeit (Median in Tagen)'))).toBe(row.vacancyDurationDays);
      const percent = Number(at(cells, 'Veränderung Arbeitsstellen zum Vorjahresmonat in %').replace(',', '.'));
      expect(percent / 100).toBeCloseTo(row.changeVsLastYear, 6);
      expect(at(cells, 'Illustrativ')).toBe('ja');
    });
  });
});

describe('demo fair: generator', () => {
  it('scripts/generate.ts reproduces the committed data byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'demo-fair-'));
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', out], { cwd: here, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const files = readdirSync(join(here, 'data')).sort();
      expect(readdirSync(out).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(here, 'data', f), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
