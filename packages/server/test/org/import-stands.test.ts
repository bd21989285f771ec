import { readFileSync } from 'node:fs';
import type { Stand } from '@markt/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gridPlaces } from '../../src/store/import-stands.js';
import { orgWorld, type Login, type OrgWorld } from './setup.js';

// The small fair (test/fixtures.ts): floor plan 40 × 20, providers "Pflegeschule Nord" (p-care) and
// "Schuldnerberatung Pankow" (p-debt), stands st-1 (number 1, p-care) and st-2 (number 2, p-debt).
let w: OrgWorld;
let org: Login;
beforeEach(async () => {
  w = await orgWorld();
  org = await w.org1();
});
afterEach(async () => w.dispose());

const E = '/api/org/events/fair-test';
const importStands = (text: string, mode = '') =>
  w.app.request(`${E}/import?kind=stands${mode}`, { method: 'POST', headers: { ...org.headers, 'content-type': 'text/csv' }, body: text });
const stands = async () => (await (await w.send('GET', `${E}/stands`, undefined, org)).json()) as (Stand & { url: string })[];
const rowCount = async () => Number((await w.services.db.execute("SELECT COUNT(*) AS n FROM stands WHERE event_id = 'fair-test'")).rows[0]?.n);
interface ErrorBody {
  error: { code: string; details: { line: number; path: string; message: string }[] };
}

/** What German Excel saves: `;` between cells, the organizer's own headers and provider names. */
const GERMAN = [
  'Standnummer;Anbieter;X;Y',
  'A1;Pflegeschule Nord;5;15',
  'A2;  schuldnerberatung   PANKOW ;12,5;15',
  'A3;Pflegeschule Nord;;',
  'A4;Schuldnerberatung Pankow;;',
].join('\r\n');

describe('CSV import of stands', () => {
  it('imports stands from German headers and provider names, each with a working QR page', async () => {
    const res = await importStands(GERMAN);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'stands', imported: 4, updated: 0, rejected: 0, errors: [] });

    const list = await stands();
    expect(list.map((s) => s.number).sort()).toEqual(['1', '2', 'A1', 'A2', 'A3', 'A4']);
    const byNumber = new Map(list.map((s) => [s.number, s]));
    expect(byNumber.get('A1')).toMatchObject({ providerId: 'p-care', position: { x: 5, y: 15 } });
    expect(byNumber.get('A2')).toMatchObject({ providerId: 'p-debt', position: { x: 12.5, y: 15 } });
    expect(byNumber.get('A4')?.providerId).toBe('p-debt');

    // Every imported stand's QR code leads to its phone page data.
    for (const number of ['A1', 'A2', 'A3', 'A4']) {
      const url = new URL(byNumber.get(number)!.url);
      expect(url.pathname).toMatch(/^\/s\/[\w-]{16,}$/);
      const page = await w.app.request(`/api/stand/${url.pathname.slice(3)}`);
      expect(page.status, number).toBe(200);
      expect(((await page.json()) as { stand: Stand }).stand.number).toBe(number);
    }
  });

  it('gives stands without a position a free place on the floor plan, not one on top of another', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `B${i + 1};${i % 2 ? 'Pflegeschule Nord' : 'Schuldnerberatung Pankow'}`);
    expect((await importStands(['Stand;Träger', ...rows].join('\n'))).status).toBe(200);
    const list = await stands();
    const placed = list.filter((s) => s.number.startsWith('B'));
    expect(placed).toHaveLength(12);
    const all = list.map((s) => ({ ...s.position!, ...(s.size ?? { w: 2, h: 1 }) }));
    for (const s of placed) {
      // Inside the 40 × 20 plan, whole stand included, and sized like a stand added by hand (5 % × 6 %).
      expect(s.size).toEqual({ w: 2, h: 1 });
      expect(s.position!.x - s.size!.w / 2).toBeGreaterThanOrEqual(0);
      expect(s.position!.x + s.size!.w / 2).toBeLessThanOrEqual(40);
      expect(s.position!.y + s.size!.h / 2).toBeLessThanOrEqual(20);
    }
    // No two stands (the imported ones and the fixture's st-1 at 10,5 and st-2 at 30,5) overlap.
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i]!, all[j]!];
        const apart = Math.abs(a.x - b.x) * 2 >= a.w + b.w || Math.abs(a.y - b.y) * 2 >= a.h + b.h;
        expect(apart, `${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(true);
      }
    }
  });

  it('updates on re-import instead of duplicating: by number without an id column, by id with one; tokens and hand-placed positions stay', async () => {
    expect((await importStands(GERMAN)).status).toBe(200);
    const first = await stands();
    const a3 = first.find((s) => s.number === 'A3')!;
    // The organizer moves A3 in the editor; then imports the same list again with A1's provider changed.
    expect((await w.send('PUT', `${E}/stands/${a3.id}`, { ...a3, url: undefined, position: { x: 30, y: 18 } }, org)).status).toBe(200);
    const again = await importStands(GERMAN.replace('A1;Pflegeschule Nord', 'A1;Schuldnerberatung Pankow'));
    expect(await again.json()).toMatchObject({ imported: 4, updated: 4, rejected: 0 });
    expect(await rowCount()).toBe(6);
    const second = await stands();
    expect(second.map((s) => s.url).sort()).toEqual(first.map((s) => s.url).sort());
    expect(second.find((s) => s.number === 'A1')?.providerId).toBe('p-debt');
    expect(second.find((s) => s.number === 'A3')?.position).toEqual({ x: 30, y: 18 });

    // With an id column the id is the key: the stand st-1 gets a new number, st-2 is untouched.
    const byId = await importStands('id,number,providerId\nst-1,1a,p-care\n');
    expect(await byId.json()).toMatchObject({ imported: 1, updated: 1 });
    expect(await rowCount()).toBe(6);
    const st1 = (await stands()).find((s) => s.id === 'st-1')!;
    expect(st1).toMatchObject({ number: '1a', position: { x: 10, y: 5 } });
  });

  it('names line and field of an unknown provider, a duplicate number, a taken number and a bad coordinate, and writes nothing', async () => {
    const text = [
      'id;Standnummer;Anbieter;X;Y',
      'c-ok;C1;Pflegeschule Nord;1;1',
      'c-2;C2;Jobcenter Mitte;2;2',
      'c-3;C1;Pflegeschule Nord;3;3',
      'c-4;2;Pflegeschule Nord;4;4',
      'c-5;C5;Pflegeschule Nord;viele;5',
      'c-6;C6;Pflegeschule Nord;41;5',
      'c-7;C7;Pflegeschule Nord;-1;5',
      'c-8;C8;Pflegeschule Nord;;5',
    ].join('\n');
    const before = await w.services.db.execute("SELECT id, data, token_hash FROM stands WHERE event_id = 'fair-test' ORDER BY id");
    const res = await importStands(text);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('INVALID_CSV');
    const found = body.error.details.map((d) => `${d.line}:${d.path}`);
    expect(found).toEqual(['3:provider', '4:number', '5:number', '6:x', '7:x', '8:x', '9:x']);
    expect(body.error.details[0]!.message).toContain('Jobcenter Mitte');
    expect(body.error.details[1]!.message).toContain('line 2');
    expect(body.error.details[2]!.message).toContain('st-2');
    // valibot's wording, which the organizer page translates ("Bitte eine Zahl eingeben.", "Bitte höchstens 40 eingeben.").
    expect(body.error.details[3]!.message).toMatch(/^Invalid type: Expected number/);
    expect(body.error.details[4]!.message).toMatch(/^Invalid value: Expected <=40 .*floor plan is 40 × 20/);
    expect(body.error.details[5]!.message).toMatch(/^Invalid value: Expected >=0 /);
    expect(body.error.details[6]!.message).toBe('give x with y, or neither');
    const after = await w.services.db.execute("SELECT id, data, token_hash FROM stands WHERE event_id = 'fair-test' ORDER BY id");
    expect(after.rows).toEqual(before.rows);

    const valid = await importStands(text, '&mode=valid-only');
    expect(valid.status).toBe(200);
    expect(await valid.json()).toMatchObject({ imported: 1, rejected: 7 });
    expect((await stands()).map((s) => s.id).sort()).toEqual(['c-ok', 'st-1', 'st-2']);
  });

  it('refuses a provider name two providers share, and accepts a swap of two numbers in one file', async () => {
    expect((await w.send('POST', `${E}/providers`, { id: 'p-care-2', name: 'pflegeschule nord', kind: 'training' }, org)).status).toBe(201);
    const ambiguous = await importStands('number,provider\nD1,Pflegeschule Nord\n');
    const body = (await ambiguous.json()) as ErrorBody;
    expect(body.error.details).toEqual([expect.objectContaining({ line: 2, path: 'provider', message: expect.stringContaining('providerId') })]);

    const swap = await importStands('id,number,providerId\nst-1,2,p-care\nst-2,1,p-debt\n');
    expect(swap.status, await swap.clone().text()).toBe(200);
    const list = await stands();
    expect(list.find((s) => s.id === 'st-1')?.number).toBe('2');
    expect(list.find((s) => s.id === 'st-2')?.number).toBe('1');
  });

  it('in valid-only mode a dropped row keeps its stand number, so the row that wanted that number is refused too', async () => {
    // Row 2 would free number 1 (st-1 → 9) but names an unknown provider; row 3 then cannot take number 1.
    const res = await importStands('id,number,provider\nst-1,9,Niemand GmbH\nst-new,1,Pflegeschule Nord\n', '&mode=valid-only');
    expect(await res.json()).toMatchObject({
      imported: 0,
      rejected: 2,
      errors: [
        { line: 2, path: 'provider' },
        { line: 3, path: 'number', message: expect.stringContaining('st-1') },
      ],
    });
    expect(await rowCount()).toBe(2);
  });

  it('names a missing number or provider column on line 1', async () => {
    const res = await importStands('id,x,y\ns-1,1,1\n');
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as ErrorBody).error.details.map((d) => `${d.line}:${d.path}`);
    expect(paths).toEqual(['1:number', '1:provider or providerId']);
  });
});

describe('the stands example of docs/data-formats.md', () => {
  it('imports on an 800 × 500 floor plan: two stands where the file puts them, the third on a free place', async () => {
    const doc = readFileSync(new URL('../../../../docs/data-formats.md', import.meta.url), 'utf8');
    const example = [...doc.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.startsWith('Standnummer;'))!;
    expect((await w.send('PATCH', E, { floorPlan: { width: 800, height: 500 } }, org)).status).toBe(200);
    const res = await importStands(example);
    expect(await res.json()).toMatchObject({ imported: 3, updated: 0, rejected: 0 });
    const list = await stands();
    expect(list.find((s) => s.number === 'A1')).toMatchObject({ id: 'st-a1', providerId: 'p-care', position: { x: 80, y: 45 }, size: { w: 40, h: 30 } });
    const b1 = list.find((s) => s.number === 'B1')!;
    expect(b1.size).toEqual({ w: 40, h: 30 });
    // Not on A1 (80,45 ± 20,15), not on A2 (160,45), and not on the fixture's st-1 (10,5) or st-2 (30,5).
    for (const other of list.filter((s) => s.id !== b1.id)) {
      const size = other.size ?? { w: 40, h: 30 };
      const apart = Math.abs(b1.position!.x - other.position!.x) * 2 >= 40 + size.w || Math.abs(b1.position!.y - other.position!.y) * 2 >= 30 + size.h;
      expect(apart, other.number).toBe(true);
    }
  });
});

describe('gridPlaces', () => {
  it('skips cells that an existing stand covers and reuses cells only when the plan is full', () => {
    expect(gridPlaces({ width: 10, height: 4 }, { w: 2, h: 2 }, [{ x: 2, y: 2, w: 2, h: 2 }], 2)).toEqual([
      { x: 5, y: 2 },
      { x: 8, y: 2 },
    ]);
    expect(gridPlaces({ width: 10, height: 4 }, { w: 2, h: 2 }, [], 4)).toEqual([
      { x: 2, y: 2 },
      { x: 5, y: 2 },
      { x: 8, y: 2 },
      { x: 2, y: 2 },
    ]);
  });
});
