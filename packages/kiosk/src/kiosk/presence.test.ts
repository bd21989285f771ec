import { expect, fixture, html } from '@open-wc/testing';
import { ApiClient, ApiError } from '../net/api-client.js';
import type { MarktKiosk } from './kiosk.component.js';
import { SESSION_KEY } from './kiosk.component.js';
import { SessionReporter } from './presence.js';
import { fixtureData } from './test-fixture.js';
import './kiosk.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await wait(10);
  }
}

interface Sent {
  url: string;
  auth: string | null;
  body: unknown;
  at: number;
}

/**
 * Replaces `fetch` for `/api/kiosk/sessions` with an in-page stand-in of the server's answer (the real route
 * is tested in packages/server test/field/visitors-now.test.ts) and records every request the kiosk makes.
 */
function recordSessions(answer: (body: { state: string }) => Response): { sent: Sent[]; restore: () => void } {
  const sent: Sent[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.endsWith('/api/kiosk/sessions')) return realFetch(input, init);
    const body = JSON.parse(String(init?.body)) as { state: string };
    sent.push({ url, auth: new Headers(init?.headers).get('authorization'), body, at: Date.now() });
    return Promise.resolve(answer(body));
  };
  return { sent, restore: () => (window.fetch = realFetch) };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('SessionReporter (kiosk in use, for the organizer\'s visitors now)', () => {
  it('reports active at once, repeats it a third of the server\'s timeout apart, and idle once', async () => {
    const { sent, restore } = recordSessions(({ state }) => json(200, { state, ttlSeconds: 0.3 }));
    try {
      const reporter = new SessionReporter({ client: new ApiClient({ token: 'kiosk-token' }) });
      reporter.active = true;
      reporter.active = true; // a repeated value changes nothing
      await until(() => sent.length >= 4, 'three heartbeats followed');
      reporter.active = false;
      await until(() => sent.at(-1)?.body !== undefined && (sent.at(-1)!.body as { state: string }).state === 'idle', 'idle is sent');
      const count = sent.length;
      await wait(300);
      expect(sent.length, 'no heartbeat after idle').to.equal(count);
      expect(sent.slice(0, -1).every((s) => (s.body as { state: string }).state === 'active')).to.equal(true);
      // Nothing but the state, with the kiosk's device token.
      expect(sent.map((s) => s.body)).to.deep.equal([...sent.slice(0, -1).map(() => ({ state: 'active' })), { state: 'idle' }]);
      expect(sent.every((s) => s.auth === 'Bearer kiosk-token')).to.equal(true);
      const gaps = sent.slice(1, 4).map((s, i) => s.at - sent[i]!.at);
      for (const gap of gaps.slice(1)) expect(gap).to.be.within(60, 250);
    } finally {
      restore();
    }
  });

  it('sends one report after the other, so idle never overtakes the active before it', async () => {
    const order: string[] = [];
    const client = {
      async request<T>(_method: string, _path: string, body?: unknown): Promise<T> {
        const { state } = body as { state: string };
        if (state === 'active') await wait(100); // a slow network for the first report
        order.push(state);
        return { state, ttlSeconds: 60 } as T;
      },
    };
    const reporter = new SessionReporter({ client });
    reporter.active = true;
    reporter.active = false;
    await until(() => order.length === 2, 'both reports went out');
    expect(order).to.deep.equal(['active', 'idle']);
  });

  it('keeps beating after a failed report (flaky Wi-Fi) and stops for good on 401', async () => {
    let calls = 0;
    const unpaired: string[] = [];
    const client = {
      request<T>(): Promise<T> {
        calls += 1;
        if (calls === 1) return Promise.reject(new ApiError(0, 'network', 'offline'));
        if (calls === 2) return Promise.resolve({ state: 'active', ttlSeconds: 0.15 } as T);
        return Promise.reject(new ApiError(401, 'DEVICE_REVOKED', 'revoked'));
      },
    };
    const reporter = new SessionReporter({ client, heartbeatSeconds: 0.05, onUnauthorized: (code) => unpaired.push(code) });
    reporter.active = true;
    await until(() => unpaired.length === 1, 'the 401 is reported');
    await wait(200);
    expect(calls).to.equal(3);
    expect(unpaired).to.deep.equal(['DEVICE_REVOKED']);
    reporter.active = false;
    reporter.active = true;
    await wait(100);
    expect(calls, 'nothing after the 401').to.equal(3);
  });
});

describe('markt-kiosk reports its visitor sessions', () => {
  it('a paired kiosk reports active on the first touch and idle at the wipe; a demo kiosk sends nothing', async () => {
    const { sent, restore } = recordSessions(({ state }) => json(200, { state, ttlSeconds: 90 }));
    try {
      localStorage.removeItem(SESSION_KEY);
      const demo = await fixture<MarktKiosk>(html`<markt-kiosk .data=${fixtureData()}></markt-kiosk>`);
      demo.shadowRoot!.querySelector<HTMLElement>('.attract')!.click();
      await demo.updateComplete;
      await wait(50);
      expect(sent).to.deep.equal([]);
      demo.remove();

      localStorage.removeItem(SESSION_KEY);
      const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${fixtureData()} .deviceToken=${'kiosk-token-2'} api-base=""></markt-kiosk>`);
      await wait(50);
      expect(sent, 'nothing while the attract screen waits').to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLElement>('.attract')!.click();
      await until(() => sent.length === 1, 'the session start is reported');
      expect(sent[0]).to.include({ auth: 'Bearer kiosk-token-2' });
      expect(sent[0]!.body).to.deep.equal({ state: 'active' });
      el.wipe('idle');
      await until(() => sent.length === 2, 'the session end is reported');
      expect(sent[1]!.body).to.deep.equal({ state: 'idle' });
    } finally {
      restore();
      localStorage.removeItem(SESSION_KEY);
    }
  });
});
