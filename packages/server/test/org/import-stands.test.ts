import { readFileSync } from 'node:fs';
import type { Stand } from '@markt/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeResource } from '../../src/store/events.js';
import { parseImportCsv } from '../../src/store/import.js';
import { freePlaces } from '../../src/store/free-places.js';
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
/** Every pair of stands is apart (a stand without a size counts as 2 × 1, the fair's "add stand" size). */
const expectApart = (list: readonly Stand[]) => {
  const all = list.map((s) => ({ n: s.number, ...s.position!, ...(s.size ?? { w: 2, h: 1 }) }));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i]!, all[j]!];
      const apart = Math.abs(a.x - b.x) * 2 >= a.w + b.w || Math.abs(a.y - b.y) * 2 >= a.h + b.h;
      expect(apart, `${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(true);
    }
  }
};
/** Every stand lies wholly inside the plan. */
const expectInside = (list: readonly Stand[], plan: { width: number; height: number }) => {
  for (const s of list) {
    const { x, y } = s.position!;
    const { w, h } = s.size!;
    expect([x - w / 2, y - h / 2].every((v) => v >= 0) && x + w / 2 <= plan.width && y + h / 2 <= plan.height, `${s.number} ${JSON.stringify([x, y, w, h])}`).toBe(true);
  }
};
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

describe('stands import: bugs the review found', () => {
  it('makes up an id for a row without one that no other row of the file names, whatever the row order', async () => {
    const res = await importStands('id,number,provider\n,5,Pflegeschule Nord\nst-5,6,Pflegeschule Nord\n');
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ imported: 2, updated: 0, rejected: 0 });
    const list = await stands();
    expect(list.find((s) => s.id === 'st-5')?.number).toBe('6');
    const five = list.find((s) => s.number === '5')!;
    expect(five.id).not.toBe('st-5');
    expect(five.id).toMatch(/^st-5-\d+$/);
  });

  it('refuses two columns that fill the same field, naming both on line 1, and changes nothing', async () => {
    const before = await stands();
    const res = await importStands('Standnummer;Anbieter;Stand-Nr.\nA7;Schuldnerberatung Pankow;1\n');
    expect(res.status).toBe(400);
    const details = ((await res.json()) as ErrorBody).error.details;
    expect(details).toEqual([{ line: 1, path: 'number', message: expect.stringMatching(/"Standnummer".*"Stand-Nr\."/) }]);
    expect(await stands()).toEqual(before);
    // Shared by every kind: two headers for a provider's name, or for the radar's region name.
    expect(parseImportCsv('providers', 'id,name,Name\np-x,A,B\n').errors).toEqual([
      { line: 1, path: 'name', message: expect.stringMatching(/"name".*"Name"/) },
    ]);
    expect(parseImportCsv('radar', 'Region,regionName\nA,B\n').errors).toEqual([
      { line: 1, path: 'regionName', message: expect.stringMatching(/"Region".*"regionName"/) },
    ]);
  });

  it('reads a running-index column "Nr." as no stand number: Standnummer is the number, stand 1 is untouched', async () => {
    const res = await importStands('Nr.;Standnummer;Anbieter\n1;A7;Schuldnerberatung Pankow\n');
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ imported: 1, updated: 0 });
    const list = await stands();
    expect(list.find((s) => s.id === 'st-1')).toMatchObject({ number: '1', providerId: 'p-care' });
    expect(list.find((s) => s.number === 'A7')?.providerId).toBe('p-debt');
    // A file whose only number column is "Nr." is told which columns name the number.
    const only = await importStands('Nr.;Anbieter\n1;Schuldnerberatung Pankow\n');
    expect(((await only.json()) as ErrorBody).error.details.map((d) => `${d.line}:${d.path}`)).toEqual(['1:number']);
  });

  it('places each stand without a position by its own size: inside the plan, on top of nothing', async () => {
    const res = await importStands('number,provider,w,h\nB3,Pflegeschule Nord,12,12\nB1,Pflegeschule Nord,2,1\nB2,Pflegeschule Nord,2,1\nB4,Pflegeschule Nord,8,3\n');
    expect(res.status, await res.clone().text()).toBe(200);
    const list = await stands();
    const imported = list.filter((s) => s.number.startsWith('B'));
    expect(imported.map((s) => [s.number, s.size])).toEqual(
      expect.arrayContaining([['B3', { w: 12, h: 12 }], ['B1', { w: 2, h: 1 }], ['B4', { w: 8, h: 3 }]]),
    );
    expectInside(imported, { width: 40, height: 20 });
    expectApart(list);
  });

  it('finds free places on a huge plan with tiny stands without enumerating the plan (the import answers)', { timeout: 10_000 }, async () => {
    await w.services.db.execute("UPDATE events SET data = json_set(data, '$.floorPlan.width', 2000, '$.floorPlan.height', 2000) WHERE id = 'fair-test'");
    const rows = Array.from({ length: 60 }, (_, i) => `P${i},Pflegeschule Nord,${10 + (i % 30) * 30},${10 + Math.floor(i / 30) * 30},1,1`);
    for (let i = 0; i < 40; i++) rows.push(`U${i},Pflegeschule Nord,,,1,1`);
    const res = await importStands(['number,provider,x,y,w,h', ...rows].join('\n'));
    expect(await res.json()).toMatchObject({ imported: 100, rejected: 0 });
    const list = await stands();
    expectInside(list.filter((s) => s.number.startsWith('U')), { width: 2000, height: 2000 });
    expectApart(list);
  });

  it('refuses a chain of number changes from the first dropped row on, and keeps an unrelated chain', async () => {
    // Chain a: s0…s39 hold a0…a39; the file moves each to the previous number, but s0's provider is unknown,
    // so s0 keeps a0, s1 cannot take a0, so s1 keeps a1, … Chain b moves b-numbers one up from a free one: fine.
    const n = 40;
    const setup = ['id,number,provider'];
    for (let i = 0; i < n; i++) setup.push(`s${i},a${i},Pflegeschule Nord`, `t${i},b${i},Pflegeschule Nord`);
    expect((await importStands(setup.join('\n'))).status).toBe(200);
    const shift = ['id,number,provider', `s0,a-x,Niemand GmbH`];
    for (let i = 1; i < n; i++) shift.push(`s${i},a${i - 1},Pflegeschule Nord`);
    for (let i = 0; i < n; i++) shift.push(`t${i},b${i + 1},Pflegeschule Nord`);
    const res = await importStands(shift.join('\n'), '&mode=valid-only');
    const body = (await res.json()) as { imported: number; rejected: number; errors: { line: number; path: string; message: string }[] };
    expect(body).toMatchObject({ imported: n, rejected: n });
    expect(body.errors[0]).toMatchObject({ line: 2, path: 'provider' });
    for (let i = 1; i < n; i++) expect(body.errors[i]).toEqual({ line: i + 2, path: 'number', message: expect.stringContaining(`is already stand s${i - 1}:`) });
    const list = await stands();
    expect(list.find((s) => s.id === 't0')?.number).toBe('b1');
    expect(list.find((s) => s.id === 's5')?.number).toBe('a5');
  });

  it('judges the file again inside the write queue when a stand was written after it was read: no stand on the new one', async () => {
    // Hold the queue with a job that writes a stand onto the first free place (2, 1.5) once the import has read
    // the event and queued its own job; the import must not put its stand there.
    const queue = w.services.queue;
    const run = queue.run.bind(queue);
    let queued!: () => void;
    const importQueued = new Promise<void>((resolve) => (queued = resolve));
    let calls = 0;
    queue.run = ((...args: Parameters<typeof queue.run>) => {
      if (++calls === 2) queued();
      return run(...args);
    }) as typeof queue.run;
    const blocker = queue.run(async (tx) => {
      await importQueued;
      const stand: Stand = { id: 'st-c', eventId: 'fair-test', providerId: 'p-debt', number: 'C', position: { x: 2, y: 1.5 }, size: { w: 2, h: 1 } };
      await writeResource(tx, w.services, 'fair-test', 'stands', stand, 'create');
    });
    const res = await importStands('number,provider\nQ1,Pflegeschule Nord\n');
    await blocker;
    expect(await res.json()).toMatchObject({ imported: 1, rejected: 0 });
    const list = await stands();
    expect(list.map((s) => s.id).sort()).toEqual(['st-1', 'st-2', 'st-c', 'st-q1']);
    expectApart(list);
  });

  it('reads plain decimal numbers only (a German comma too), for every kind', async () => {
    const res = await importStands('number,provider,x,y\nH1,Pflegeschule Nord,0x10,1e1\nH2,Pflegeschule Nord,12.5,"7,25"\n');
    expect(res.status).toBe(400);
    const details = ((await res.json()) as ErrorBody).error.details;
    expect(details.map((d) => `${d.line}:${d.path}`)).toEqual(['2:x', '2:y']);
    for (const d of details) expect(d.message).toMatch(/^Invalid type: Expected number/);
    const radar = parseImportCsv(
      'radar',
      'regionCode,regionName,regionLevel,kldb,vacancies,jobSeekers,vacancyDurationDays,changeVsLastYear,period\n' +
        '0301,A,district,121,1e3,12,30,0x1,2027-03\n0301,A,district,122,15,+3,30.,"-0,25",2027-03\n',
    );
    expect(radar.errors.map((e) => `${e.line}:${e.path}:${e.message.slice(0, 29)}`)).toEqual([
      '2:vacancies:Invalid type: Expected number',
      '2:changeVsLastYear:Invalid type: Expected number',
    ]);
    expect(radar.rows[0]?.record).toMatchObject({ vacancies: 15, jobSeekers: 3, vacancyDurationDays: 30, changeVsLastYear: -0.25 });
  });

  it('without a floor plan, checks x/y against the same default 40 × 25 plan that free places use', async () => {
    await w.services.db.execute("UPDATE events SET data = json_remove(data, '$.floorPlan') WHERE id = 'fair-test'");
    const res = await importStands('number,provider,x,y\nN1,Pflegeschule Nord,41,5\nN2,Pflegeschule Nord,39,26\nN3,Pflegeschule Nord,40,25\nN4,Pflegeschule Nord,,\n');
    expect(res.status).toBe(400);
    const details = ((await res.json()) as ErrorBody).error.details;
    expect(details.map((d) => `${d.line}:${d.path}`)).toEqual(['2:x', '3:y']);
    expect(details[0]!.message).toMatch(/^Invalid value: Expected <=40 but received 41 \(the floor plan is 40 × 25\)$/);
    const valid = await importStands('number,provider,x,y\nN1,Pflegeschule Nord,41,5\nN3,Pflegeschule Nord,40,25\nN4,Pflegeschule Nord,,\n', '&mode=valid-only');
    expect(await valid.json()).toMatchObject({ imported: 2, rejected: 1 });
    const n4 = (await stands()).find((s) => s.number === 'N4')!;
    expectInside([n4], { width: 40, height: 25 });
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

describe('freePlaces', () => {
  it('skips cells that a placed stand covers, fits each stand by its own size, and reuses cells only when the plan is full', () => {
    expect(freePlaces({ width: 10, height: 4 }, [{ x: 2, y: 2, w: 2, h: 2 }], [{ w: 2, h: 2 }, { w: 2, h: 2 }])).toEqual([
      { x: 5, y: 2 },
      { x: 8, y: 2 },
    ]);
    expect(freePlaces({ width: 10, height: 4 }, [], [{ w: 2, h: 2 }, { w: 2, h: 2 }, { w: 2, h: 2 }, { w: 2, h: 2 }])).toEqual([
      { x: 2, y: 2 },
      { x: 5, y: 2 },
      { x: 8, y: 2 },
      { x: 2, y: 2 },
    ]);
    // A big stand first, then small ones around it, none outside the 10 × 4 plan.
    const [big, small] = freePlaces({ width: 10, height: 4 }, [], [{ w: 4, h: 3 }, { w: 2, h: 2 }]);
    expect(big!.x - 2).toBeGreaterThanOrEqual(0);
    expect(big!.y + 1.5).toBeLessThanOrEqual(4);
    expect(Math.abs(big!.x - small!.x) * 2 >= 6 || Math.abs(big!.y - small!.y) * 2 >= 5).toBe(true);
  });

  it('never looks at more than a few thousand candidate cells, however big the plan', () => {
    const places = freePlaces({ width: 1e7, height: 1e7 }, [{ x: 3, y: 3, w: 1, h: 1 }], [{ w: 1, h: 1 }, { w: 1, h: 1 }]);
    expect(places).toHaveLength(2);
    for (const p of places) expect(p.x >= 0.5 && p.y >= 0.5 && p.x <= 1e7 - 0.5 && p.y <= 1e7 - 0.5).toBe(true);
    expect(places[0]).not.toEqual(places[1]);
    // Past the tries of one call, places repeat instead of searching on.
    expect(freePlaces({ width: 10, height: 4 }, [], [{ w: 2, h: 2 }, { w: 2, h: 2 }], { maxTries: 1 })).toEqual([
      { x: 2, y: 2 },
      { x: 2, y: 2 },
    ]);
  });
});
