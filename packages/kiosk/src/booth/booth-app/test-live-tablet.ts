// A paired, live booth tablet app for the booth-app tests (imported only by *.test.ts): it runs against the
// /__test__/ stand-ins of web-test-runner.config.js (HTTP API and socket.io); the control socket pushes feed items
// as the server does (another tablet's change, a new lead).
import { fixture, html } from '@open-wc/testing';
import { io, type Socket } from 'socket.io-client';
import { ApiClient } from '../../net/api-client.js';
import { ackingStandIn, memoryStorage } from '../../net/test-helpers.js';
import { $, text, until } from '../../shared/test-input.js';
import { me } from '../test-data.js';
import type { BoothApp } from './booth-app.component.js';
import './booth-app.js';

/** The stand-in HTTP API of the tests. */
export const testApi = new ApiClient({ baseUrl: '/__test__' });

/**
 * Resets the stand-ins and opens a paired tablet (German) that is live.
 * @returns the app, its dashboard and the control socket (disconnect it and remove the app at the end)
 * @example const { el, dashboard, control } = await liveTablet(); control.emit('test:push', [{ seq: 1, kind: 'lead', item: lead('l1') }]);
 */
export async function liveTablet(): Promise<{ el: BoothApp; dashboard: HTMLElement; control: Socket }> {
  await testApi.post('/api/reset', {});
  await testApi.post('/api/fixture', { path: '/booth/me', body: me() });
  await testApi.post('/api/fixture', { path: '/events/ev1/public', body: { offers: [] } });
  const control = io({ path: '/__test__/socket.io', auth: { token: 'control' } });
  await new Promise<void>((resolve) => control.emit('test:reset', () => resolve()));
  const storage = memoryStorage();
  storage.setItem('markt.booth.token', 'booth-token-1');
  const el = await fixture<BoothApp>(html`<markt-booth-app locale="de" apiBase="/__test__" socketPath="/__test__/socket.io" .connect=${ackingStandIn} .storage=${storage}></markt-booth-app>`);
  const dashboard = $(el, 'markt-booth-dashboard');
  await until(() => text(dashboard.shadowRoot!).includes('Live'));
  return { el, dashboard, control };
}
