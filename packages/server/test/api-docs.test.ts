import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_DOC, apiTable, withApiTable } from '../scripts/api-table.js';
import { createApp } from '../src/app.js';
import { apiRoutes } from '../src/openapi.js';
import { IMPORT_KINDS } from '../src/store/import.js';
import { testServices, type TestServices } from './helpers.js';

let services: TestServices;
beforeAll(async () => {
  services = await testServices();
});
afterAll(() => services.dispose());

/** `/api/org/events/:id/stands/:sid/qr.svg` and `/api/org/events/{eventId}/stands/{standId}/qr.svg` alike. */
const shape = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/:\w+(\{[^}]*\})?|\{\w+\}/g, '{}')}`;

describe('docs/api.md and apiRoutes', () => {
  it('docs/api.md holds the table generated from apiRoutes (run `npx tsx scripts/api-table.ts --write` in packages/server after a change)', () => {
    const doc = readFileSync(API_DOC, 'utf8');
    expect(doc).toContain(apiTable());
    expect(doc).toBe(withApiTable(doc));
  });

  it('the import route says every kind of file it takes, stands too', () => {
    const route = apiRoutes.find((r) => r.method === 'post' && r.path.endsWith('/import'));
    for (const kind of IMPORT_KINDS) expect(route?.summary).toContain(kind);
  });

  it('apiRoutes names every /api route the app really serves', () => {
    const app = createApp(services);
    const served = new Set(
      app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => shape(r.method, r.path)),
    );
    const listed = new Set(apiRoutes.map((r) => shape(r.method, r.path)));
    expect([...served].filter((route) => !listed.has(route)).sort()).toEqual([]);
    expect([...listed].filter((route) => !served.has(route)).sort()).toEqual([]);
  });
});
