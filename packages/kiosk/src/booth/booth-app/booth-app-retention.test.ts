// Privacy review M4: a booth tablet drops stored leads once the event is past its retention, with no network.
import { expect, fixture, html } from '@open-wc/testing';
import { memoryStorage, scriptedSocket } from '../../net/test-helpers.js';
import { $, until } from '../../shared/test-input.js';
import { lead, me } from '../test-data.js';
import type { BoothApp } from './booth-app.component.js';
import './booth-app.js';

const DAY = 86_400_000;

/** The booth profile of `me()` with the event ending at `endsAt` (retention 30 days). */
function meEndingAt(endsAt: number) {
  const profile = me();
  return { ...profile, event: { ...profile.event!, startsAt: new Date(endsAt - 5 * 3_600_000).toISOString(), endsAt: new Date(endsAt).toISOString(), retentionDays: 30 } };
}

describe('markt-booth-app retention on the tablet (privacy review M4)', () => {
  let realFetch: typeof window.fetch;
  beforeEach(() => {
    realFetch = window.fetch;
    // No network at all: every request fails, and the socket below never connects.
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  function pairedTablet(endsAt: number) {
    const storage = memoryStorage();
    storage.setItem('markt.booth.token', 'booth-token-1');
    storage.setItem('markt.booth.me', JSON.stringify(meEndingAt(endsAt)));
    storage.setItem(
      'markt.booth.feed',
      JSON.stringify({
        lastSeq: 3,
        leads: [
          { seq: 2, lead: lead('l2', { contact: { name: 'Tablet Test', phone: '0170 5554321' }, message: 'Brauche Hilfe bei Sucht' }) },
          { seq: 3, lead: lead('l3', { notes: 'Rückruf Montag' }) },
        ],
        visits: [{ seq: 1, at: '2026-03-12T10:01:00Z' }],
      }),
    );
    storage.setItem('markt.outbox.booth-patches', JSON.stringify([{ key: 'patch-key-0123456789', item: { id: 'l3', patch: { notes: 'Rückruf Montag, Sucht' } }, attempts: 3, queuedAt: new Date(endsAt).toISOString() }]));
    return storage;
  }

  it('past endsAt + retentionDays: drops every stored lead before the first render, the socket never connected', async () => {
    const storage = pairedTablet(Date.now() - 31 * DAY);
    const { socket } = scriptedSocket();
    const el = await fixture<BoothApp>(html`<markt-booth-app locale="de" apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`);
    // The first render already shows no lead (fixture awaits it).
    const dashboard = $(el, 'markt-booth-dashboard');
    await (dashboard as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length).to.equal(0);
    const feed = storage.getItem('markt.booth.feed') ?? '';
    expect(feed).not.to.contain('5554321');
    expect(feed).not.to.contain('Tablet Test');
    expect(feed).not.to.contain('Sucht');
    expect(JSON.parse(feed).leads).to.deep.equal([]);
    // Staff notes waiting to be sent are about those leads: they go too.
    expect(storage.getItem('markt.outbox.booth-patches') ?? '').not.to.contain('Rückruf');
    expect(storage.getItem('markt.booth.token')).to.equal('booth-token-1'); // still paired
    el.remove();
  });

  it('within retention the stored leads stay and show offline', async () => {
    const storage = pairedTablet(Date.now() - 29 * DAY);
    const { socket } = scriptedSocket();
    const el = await fixture<BoothApp>(html`<markt-booth-app locale="de" apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`);
    const dashboard = $(el, 'markt-booth-dashboard');
    await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 2);
    expect(storage.getItem('markt.booth.feed')).to.contain('5554321');
    expect(storage.getItem('markt.outbox.booth-patches')).to.contain('Rückruf');
    el.remove();
  });
});
