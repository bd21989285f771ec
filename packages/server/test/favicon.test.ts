import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { FAVICON_SVG } from '../src/routes/pages.js';
import { testServices, type TestServices } from './helpers.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function appWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'markt-assets-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const services: TestServices = await testServices({ assetsDir: dir });
  cleanups.push(() => services.dispose(), () => rmSync(dir, { recursive: true, force: true }));
  return createApp(services);
}

describe('favicon', () => {
  it('answers /favicon.ico with 204 (no 404 in the browser console) and /favicon.svg with the built icon', async () => {
    const app = await appWith({ 'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" id="built"/>', 'index.html': '<!doctype html>' });
    const ico = await app.request('/favicon.ico');
    expect(ico.status).toBe(204);
    expect(await ico.text()).toBe('');
    const svg = await app.request('/favicon.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(await svg.text()).toContain('id="built"');
  });

  it('serves its own icon when the built pages bring none', async () => {
    const app = await appWith({});
    const svg = await app.request('/favicon.svg');
    expect(svg.status).toBe(200);
    expect(await svg.text()).toBe(FAVICON_SVG);
    expect((await app.request('/favicon.ico')).status).toBe(204);
  });
});
