import { readFileSync } from 'node:fs';
import type { Offer, Provider } from '@markt/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orgWorld, type Login, type OrgWorld } from '../../test/org/setup.js';
import { listResources } from './events.js';
import { parseImportCsv, type ImportIssue } from './import.js';

// Files as German Excel writes them ("CSV (Trennzeichen-getrennt)"): ";" and CR-LF, a row of only separators
// for a row that once held something, empty header cells for columns that once did.
let w: OrgWorld;
let org: Login;
beforeEach(async () => {
  w = await orgWorld();
  org = await w.org1();
});
afterEach(async () => w.dispose());

const E = '/api/org/events/fair-test';
const send = (kind: string, text: string, mode = '') =>
  w.app.request(`${E}/import?kind=${kind}${mode}`, { method: 'POST', headers: { ...org.headers, 'content-type': 'text/csv' }, body: text });
const crlf = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const details = async (res: Response) => ((await res.json()) as { error: { details: ImportIssue[] } }).error.details;

describe('CSV import of files from Excel', () => {
  it('ignores empty trailing header cells and rows of only separators, and imports every row', async () => {
    const text = crlf('id;name;kind;website;;', 'p-a;Bäckerei Anger;employer;;;', 'p-b;Pflegeschule Süd;training;https://pflege.example;;', ';;;;;', '', ' ; ;;;;');
    const res = await send('providers', text);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ imported: 2, rejected: 0, errors: [] });
    const ids = (await listResources(w.services, 'fair-test', 'providers')).map((p: Provider) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['p-a', 'p-b']));
  });

  it('refuses a value under an empty header, naming the column by its number and the first row that uses it', async () => {
    const res = await send('providers', crlf('id;name;kind;;', 'p-a;A;employer;;', 'p-b;B;employer;;oops'));
    expect(res.status).toBe(400);
    expect(await details(res)).toEqual([
      expect.objectContaining({ line: 1, path: '(column 5)', code: 'unnamedColumn', params: { column: 5, line: 3 } }),
    ]);
  });

  it('still refuses a row whose extra cells hold something', async () => {
    const res = await send('providers', crlf('id;name;kind', 'p-a;A;employer;;', 'p-b;B;employer;x'));
    expect(await details(res)).toEqual([expect.objectContaining({ line: 3, path: '(row)', code: 'extraCells', params: { cells: 4, columns: 3 } })]);
  });

  it('accepts the labels the organizer pages show (any case) for codes, and Excel times without a leading zero', async () => {
    const text = crlf(
      'id;providerId;kind;title.de;summary.de;targetGroups;schedule.start;schedule.end;requirements.germanLevel',
      'o-1;p-care;Ausbildung;Pflege;Kurz;"Zugewanderte; über 45|Under 25";8:00;15:30:00;b1',
      'o-2;p-care;QUALIFICATION;Kochen;Kurz;long-term-unemployed;07:45;;',
    );
    const res = await send('offers', text);
    expect(res.status, await res.clone().text()).toBe(200);
    const offers = await listResources(w.services, 'fair-test', 'offers');
    const o1 = offers.find((o: Offer) => o.id === 'o-1')!;
    expect(o1).toMatchObject({ kind: 'apprenticeship', targetGroups: ['migrants', 'over-45', 'under-25'], schedule: { start: '08:00', end: '15:30' } });
    expect(o1.requirements.germanLevel).toBe('B1');
    expect(offers.find((o: Offer) => o.id === 'o-2')?.kind).toBe('qualification');
    const providers = crlf('id;name;kind', 'p-x;X;Arbeitgeber', 'p-y;Y;Beratungsstelle');
    expect(parseImportCsv('providers', providers).rows.map((r) => r.record.kind)).toEqual(['employer', 'counselling']);
  });

  it('accepts every provider kind, offer kind and target group label of the organizer catalogs, German and English', () => {
    for (const lang of ['de', 'en']) {
      const catalog = readFileSync(new URL(`../../../kiosk/src/organizer/messages/${lang}.ts`, import.meta.url), 'utf8');
      const labels = (prefix: string) => [...catalog.matchAll(new RegExp(`'${prefix}\\.([\\w-]+)': '([^']+)'`, 'g'))].map((m) => [m[1]!, m[2]!] as const);
      expect(labels('pk').length).toBe(6);
      for (const [code, label] of labels('pk')) {
        expect(parseImportCsv('providers', `id,name,kind\np,P,${label}\n`).rows[0]?.record.kind, `${lang} ${label}`).toBe(code);
      }
      for (const [code, label] of labels('ok')) {
        expect(parseImportCsv('offers', `id,providerId,kind,title.de,summary.de\no,p,${label},T,S\n`).rows[0]?.record.kind, `${lang} ${label}`).toBe(code);
      }
      for (const [code, label] of labels('tg')) {
        const row = parseImportCsv('offers', `id,providerId,kind,title.de,summary.de,targetGroups\no,p,job,T,S,${label}\n`).rows[0];
        expect(row?.record.targetGroups, `${lang} ${label}`).toEqual([code]);
      }
    }
  });

  it('gives each refused value a code with the value and the allowed codes, and a bad web address one error, not two', () => {
    const { errors } = parseImportCsv(
      'offers',
      crlf('id,providerId,kind,title.de,summary.de,targetGroups,schedule.start,url', 'o,p,job,T,S,Zugewandert|Über 45,25:00,www.example'),
    );
    expect(errors).toEqual([
      { line: 2, path: 'targetGroups.0', message: expect.any(String), code: 'notAllowed', params: { value: 'Zugewandert', allowed: expect.stringContaining('migrants') } },
      { line: 2, path: 'schedule.start', message: expect.any(String), code: 'time', params: { value: '25:00' } },
      { line: 2, path: 'url', message: 'must be a URL' },
    ]);
  });

  it('numbers a row as the spreadsheet does: a cell with line breaks (CR-LF or LF) is one row, the header row 1', () => {
    for (const eol of ['\r\n', '\n']) {
      const text = ['id;name;kind', `p-a;"Bäckerei${eol}Anger";employer`, 'p-b;B;party', '', 'p-c;C;nonsense'].join(eol) + eol;
      expect(parseImportCsv('providers', text).errors.map((e) => [e.line, e.path])).toEqual([
        [3, 'kind'],
        [5, 'kind'],
      ]);
    }
  });
});
