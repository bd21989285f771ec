import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { io } from 'socket.io-client';
import type { Provider, Stand } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import type { LiveDashboard, LiveFeedMessage, SocketConnector } from './live-dashboard.js';
import './live-dashboard.js';

const providers: Provider[] = [
  { id: 'p1', name: 'Bildungswerk Nord', kind: 'training', certifications: [], place: { remote: false } },
  { id: 'p2', name: '<script>window.__pwned=1</script>', kind: 'employer', certifications: [], place: { remote: false } },
];
const stands: Stand[] = [
  { id: 's1', eventId: 'e1', providerId: 'p1', number: '12' },
  { id: 's2', eventId: 'e1', providerId: 'p2', number: '13' },
];
const now = () => new Date().toISOString();
const feed: LiveFeedMessage[] = [
  { seq: 1, kind: 'visit', item: { id: 'v1', standId: 's1', at: now(), providerId: 'p1' } },
  { seq: 2, kind: 'visit', item: { id: 'v2', standId: 's1', at: now(), providerId: 'p1' } },
  { seq: 3, kind: 'lead', item: { id: 'l1', standId: 's2', providerId: 'p2' } },
  { seq: 4, kind: 'visit', item: { id: 'v3', standId: 's2', at: '2020-01-01T10:00:00Z', providerId: 'p2' } },
];
const counter = (el: LiveDashboard, name: string) => el.shadowRoot!.querySelector(`[data-counter="${name}"] dd`)?.textContent;
const visitors = (el: LiveDashboard) => {
  const tile = el.shadowRoot!.querySelector('[data-counter="visitorsNow"]')!;
  return { total: tile.querySelector('dd.total')!.textContent!.trim(), split: tile.querySelector('dd.split')!.textContent!.trim() };
};

describe('markt-live-dashboard', () => {
  it('is accessible, before and after the server\'s counts, in German and English', async () => {
    const el = await fixture<LiveDashboard>(html`<markt-live-dashboard .stands=${stands} .providers=${providers}></markt-live-dashboard>`);
    feed.forEach((m) => el.applyFeed(m));
    await el.updateComplete;
    await expectAccessible(el);
    el.applyStats({ quizzes: 2, visitorsNow: { kiosks: 3, phones: 12 } });
    el.locale = 'en';
    await el.updateComplete;
    await expectAccessible(el);
    // No live region but the connection state: counters changing every second must not talk over the page.
    expect([...el.shadowRoot!.querySelectorAll('[role="status"], [aria-live], [role="alert"]')].length).to.equal(1);
  });

  it('counts a contact request once when booth staff change it (the server sends it again with a newer seq)', async () => {
    const el = await fixture<LiveDashboard>(html`<markt-live-dashboard .stands=${stands} .providers=${providers}></markt-live-dashboard>`);
    el.applyFeed({ seq: 3, kind: 'lead', item: { id: 'l1', standId: 's1', providerId: 'p1', status: 'new' } });
    el.applyFeed({ seq: 9, kind: 'lead', item: { id: 'l1', standId: 's1', providerId: 'p1', status: 'contacted' } });
    el.applyFeed({ seq: 12, kind: 'lead', item: { id: 'l1', standId: 's1', providerId: 'p1', status: 'done' } });
    el.applyFeed({ seq: 13, kind: 'lead', item: { id: 'l2', standId: 's1', providerId: 'p1', status: 'new' } });
    await el.updateComplete;
    expect(counter(el, 'leads')).to.equal('2');
    const rows = [...el.shadowRoot!.querySelectorAll('[data-table="per-provider"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).to.deep.equal([['Bildungswerk Nord', '2']]);
    expect(el.lastSeq).to.equal(13);
  });

  it('counts each feed item once per kind, and names stands and providers as text', async () => {
    const el = await fixture<LiveDashboard>(html`<markt-live-dashboard .stands=${stands} .providers=${providers} quizzes="5"></markt-live-dashboard>`);
    for (const m of [...feed, ...feed.slice().reverse()]) el.applyFeed(m);
    await el.updateComplete;
    expect(counter(el, 'visits')).to.equal('3');
    expect(counter(el, 'leads')).to.equal('1');
    // Visitors now comes from the server's stats only: feed items never change it.
    expect(visitors(el).total).to.equal('–');
    expect(counter(el, 'quizzes')).to.equal('5');
    const stand = [...el.shadowRoot!.querySelectorAll('[data-table="per-stand"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(stand).to.deep.equal([
      ['12 · Bildungswerk Nord', '2'],
      ['13 · <script>window.__pwned=1</script>', '1'],
    ]);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(el.lastSeq).to.equal(4);
  });

  it('shows the quiz total from the server\'s stats messages, ignoring malformed ones', async () => {
    const el = await fixture<LiveDashboard>(html`<markt-live-dashboard .quizzes=${4}></markt-live-dashboard>`);
    const shown = () => el.shadowRoot!.querySelector('[data-counter="quizzes"] dd')!.textContent!.trim();
    expect(shown()).to.equal('4');
    expect(el.applyStats({ quizzes: 7 })).to.equal(true);
    await el.updateComplete;
    expect(shown()).to.equal('7');
    expect(el.applyStats({ quizzes: -1 })).to.equal(false);
    expect(el.applyStats({ quizzes: '9' })).to.equal(false);
    expect(el.applyStats(null)).to.equal(false);
    await el.updateComplete;
    expect(shown()).to.equal('7');
  });

  it('shows visitors now as kiosks in use plus phones, with the split, translated and pluralised', async () => {
    const el = await fixture<LiveDashboard>(html`<markt-live-dashboard></markt-live-dashboard>`);
    expect(visitors(el)).to.deep.equal({ total: '–', split: 'wartet auf den Server' });
    expect(el.shadowRoot!.querySelector('[data-counter="visitorsNow"] dt')!.textContent).to.equal('Besucher gerade (Kiosk-Sitzungen und Handys)');
    expect(el.applyStats({ quizzes: 0, visitorsNow: { kiosks: 3, phones: 12 } })).to.equal(true);
    await el.updateComplete;
    expect(visitors(el)).to.deep.equal({ total: '15', split: '3 Kiosks · 12 Handys' });
    el.applyStats({ quizzes: 0, visitorsNow: { kiosks: 1, phones: 1 } });
    await el.updateComplete;
    expect(visitors(el)).to.deep.equal({ total: '2', split: '1 Kiosk · 1 Handy' });
    el.locale = 'en';
    await el.updateComplete;
    expect(visitors(el)).to.deep.equal({ total: '2', split: '1 kiosk · 1 phone' });
    expect(el.shadowRoot!.querySelector('[data-counter="visitorsNow"] dt')!.textContent).to.equal('Visitors now (kiosk sessions and phones)');
    el.applyStats({ quizzes: 0, visitorsNow: { kiosks: 0, phones: 4 } });
    await el.updateComplete;
    expect(visitors(el)).to.deep.equal({ total: '4', split: '0 kiosks · 4 phones' });
    // Malformed counts change nothing.
    for (const bad of [{ quizzes: 0, visitorsNow: { kiosks: -1, phones: 2 } }, { quizzes: 0, visitorsNow: { kiosks: 1 } }, { quizzes: 0, visitorsNow: 'many' }, { visitorsNow: { kiosks: 1, phones: 1 } }]) {
      expect(el.applyStats(bad), JSON.stringify(bad)).to.equal(false);
    }
    await el.updateComplete;
    expect(visitors(el)).to.deep.equal({ total: '4', split: '0 kiosks · 4 phones' });
  });

  it('updates live over a real socket.io connection, without doubles (test stand-in server)', async () => {
    const control = io({ path: '/__test__/socket.io', transports: ['websocket'] });
    await new Promise<void>((resolve) => control.emit('test:reset', () => resolve()));
    // Items pushed before the dashboard connects arrive by `sync { after: 0 }`.
    control.emit('test:push', feed.slice(0, 2));
    const el = await fixture<LiveDashboard>(
      html`<markt-live-dashboard event-id="e1" path="/__test__/socket.io" .stands=${stands} .providers=${providers}></markt-live-dashboard>`,
    );
    await waitUntil(() => counter(el, 'visits') === '2', 'the replay arrives', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('Verbindung: online');
    // Live pushes arrive reversed and twice from the stand-in; each is counted once.
    control.emit('test:push', feed.slice(2));
    await waitUntil(() => counter(el, 'leads') === '1' && counter(el, 'visits') === '3', 'live items arrive', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(counter(el, 'visits')).to.equal('3');
    expect(counter(el, 'leads')).to.equal('1');
    control.disconnect();
    el.remove();
  });
  it('says when the server refuses the connection (it is not retried), instead of "offline" for ever', async () => {
    // The test stand-in refuses the token "revoked" in its handshake check, as the server refuses an ended session.
    const refused: SocketConnector = (url, options) => io(url ?? '', { ...options, auth: { ...(options.auth as object), token: 'revoked' } });
    const el = await fixture<LiveDashboard>(
      html`<markt-live-dashboard event-id="e1" path="/__test__/socket.io" .connect=${refused}></markt-live-dashboard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.state-refused'), 'refused', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal(
      'Verbindung: vom Server abgelehnt. Bitte laden Sie die Seite neu und melden Sie sich bei Bedarf neu an.',
    );
    await expectAccessible(el);
    el.remove();
  });
});
