import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../../../test/axe.js';
import { ApiClient } from '../../net/api-client.js';
import { ackingStandIn, memoryStorage } from '../../net/test-helpers.js';
import { $, click, text, until } from '../../shared/test-input.js';
import { lead, me } from '../test-data.js';
import type { BoothApp } from './booth-app.component.js';
import './booth-app.js';

// A visitor withdraws consent at the stand: staff delete the request on the tablet. The /__test__/ stand-in API has
// no DELETE route, so a fetch stand-in answers DELETE /api/booth/leads/:id here (the real route, its 404 for another
// provider and its `erased` push to the other tablets: packages/server/src/routes/booth-erase.test.ts).
const testApi = new ApiClient({ baseUrl: '/__test__' });

interface Seen {
  method: string;
  url: string;
  authorization: string | null;
}

/** Replaces `fetch` for DELETE /__test__/api/booth/leads/* with `answer`; everything else goes to the stand-in. */
function deleteStandIn(answer: () => Promise<Response>): { seen: Seen[]; restore: () => void } {
  const real = window.fetch;
  const seen: Seen[] = [];
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (init?.method === 'DELETE' && url.includes('/api/booth/leads/')) {
      seen.push({ method: init.method, url, authorization: new Headers(init.headers).get('authorization') });
      return answer();
    }
    return real(input, init);
  };
  return { seen, restore: () => (window.fetch = real) };
}

async function tabletWith(leads: string[]) {
  const storage = memoryStorage();
  storage.setItem('markt.booth.token', 'booth-token-1');
  storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: leads.length, leads: leads.map((id, i) => ({ seq: i + 1, lead: lead(id, { createdAt: new Date().toISOString(), contact: { name: `Person ${id}`, phone: '+49 30 1' } }) })), visits: [] }));
  const el = await fixture<BoothApp>(html`<markt-booth-app locale="en" apiBase="/__test__" socketPath="/__test__/socket.io" .connect=${ackingStandIn} .storage=${storage}></markt-booth-app>`);
  const dashboard = $(el, 'markt-booth-dashboard');
  await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === leads.length);
  // The profile arrives after the stored leads and moves the cards down: click them once the page stands still.
  await until(() => text(dashboard.shadowRoot!).includes('Bildungswerk Nord') && text(dashboard.shadowRoot!).includes('Live'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { el, storage, dashboard };
}

const cardOf = (dashboard: HTMLElement, name: string) =>
  [...dashboard.shadowRoot!.querySelectorAll('markt-lead-card')].find((c) => text(c.shadowRoot!).includes(name))!;

async function deleteThrough(card: Element): Promise<void> {
  await click([...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete contact request')!);
  await until(() => card.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
  await click([...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete for good')!);
}

describe('markt-booth-app: deleting a contact request (DELETE answered by a fetch stand-in)', () => {
  beforeEach(async () => {
    await testApi.post('/api/reset', {});
    // The fair is on today: its leads are within the retention period (a tablet drops expired ones by itself).
    const profile = me();
    const today = { startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 3_600_000).toISOString() };
    await testApi.post('/api/fixture', { path: '/booth/me', body: { ...profile, event: { ...profile.event, ...today } } });
  });

  it('sends DELETE /api/booth/leads/:id with the device token, then drops the request from the screen and the storage', async () => {
    const net = deleteStandIn(async () => new Response(null, { status: 204 }));
    try {
      const { el, storage, dashboard } = await tabletWith(['l1', 'l2']);
      await deleteThrough(cardOf(dashboard, 'Person l1'));
      await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 1);
      expect(net.seen).to.deep.equal([{ method: 'DELETE', url: '/__test__/api/booth/leads/l1', authorization: 'Bearer booth-token-1' }]);
      const cards = [...dashboard.shadowRoot!.querySelectorAll('markt-lead-card')].map((c) => text(c.shadowRoot!));
      expect(cards.join(' ')).not.to.contain('Person l1');
      expect(cards.join(' ')).to.contain('Person l2');
      expect(storage.getItem('markt.booth.feed')).not.to.contain('Person l1');
      expect(storage.getItem('markt.booth.feed')).to.contain('Person l2');
      expect($(dashboard, '[aria-live="assertive"]').textContent).to.contain('The contact request of Person l1 was deleted.');
      await expectAccessible(el);
      el.remove();
    } finally {
      net.restore();
    }
  });

  it('keeps the request and says so on its card when the server cannot be reached; a 404 (already erased) drops it', async () => {
    let answer = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch')); // no network
    const net = deleteStandIn(() => answer());
    try {
      const { el, storage, dashboard } = await tabletWith(['l1']);
      const card = cardOf(dashboard, 'Person l1');
      await deleteThrough(card);
      await until(() => text(card.shadowRoot!).includes('Not deleted'));
      expect(text($(card, '.error[role="alert"]'))).to.contain('server cannot be reached');
      expect(storage.getItem('markt.booth.feed')).to.contain('Person l1');

      answer = async () => new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'This lead was not found.' } }), { status: 404 });
      await deleteThrough(card);
      await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 0);
      expect(storage.getItem('markt.booth.feed')).not.to.contain('Person l1');
      expect(net.seen).to.have.length(2);
      el.remove();
    } finally {
      net.restore();
    }
  });

  it('gives the focus to the next card\'s heading after deleting, and to the list heading when none is left (review 2, L1)', async () => {
    const net = deleteStandIn(async () => new Response(null, { status: 204 }));
    const deepFocus = (): Element | null => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    try {
      const { el, dashboard } = await tabletWith(['l1', 'l2']);
      const [first, second] = [...dashboard.shadowRoot!.querySelectorAll('markt-lead-card')];
      await deleteThrough(first!);
      await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 1);
      await until(() => deepFocus() === second!.shadowRoot!.querySelector('h3'));
      await deleteThrough(second!);
      await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 0);
      await until(() => deepFocus() === dashboard.shadowRoot!.querySelector('#leads-title'));
      el.remove();
    } finally {
      net.restore();
    }
  });
});
