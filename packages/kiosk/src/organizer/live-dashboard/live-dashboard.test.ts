import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { io } from 'socket.io-client';
import type { Provider, Stand } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import type { LiveDashboard, SocketConnector } from './live-dashboard.js';
import './live-dashboard.js';

/** A feed item as socket.io would carry it: `feed { seq, kind, item }`. */
interface LiveFeedMessage {
  seq: number;
  kind: string;
  item: Record<string, unknown>;
}

const providers: Provider[] = [
  { id: 'p1', name: 'Bildungswerk Nord', kind: 'training', certifications: [], place: { remote: false } },
  { id: 'p2', name: '<script>window.__pwned=1</script>', kind: 'employer', certifications: [], place: { remote: false } },
];
const stands: Stand[] = [
  { id: 's1', eventId: 'e1', providerId: 'p1', number: '12' },
  { id: 's2', eventId: 'e1', providerId: 'p2', number: '13' },
];
// Per-person items as the server sent them to organizers before privacy review H2: the dashboard must not count them.
const feed: LiveFeedMessage[] = [
  { seq: 1, kind: 'visit', item: { id: 'v1', standId: 's1', at: '2027-03-10T10:42:13.415Z', providerId: 'p1' } },
  { seq: 2, kind: 'visit', item: { id: 'v2', standId: 's1', at: '2027-03-10T10:42:20.000Z', providerId: 'p1' } },
  { seq: 3, kind: 'lead', item: { id: 'l1', standId: 's2', providerId: 'p2', createdAt: '2027-03-10T10:42:13.428Z', status: 'new' } },
  { seq: 4, kind: 'lead', item: { id: 'l1', standId: 's2', providerId: 'p2', createdAt: '2027-03-10T10:42:13.428Z', status: 'done' } },
];
/** The server's aggregates (live/stats.ts `ActivityStats`): counts 1 to 4 come as null. */
const activity = {
  until: '2027-03-10T09:40:00.000Z',
  bucketMinutes: 5,
  minCount: 5,
  visits: 12,
  leads: null,
  perStand: [
    { standId: 's1', visits: 9 },
    { standId: 's2', visits: null },
  ],
  perProvider: [{ providerId: 'p2', leads: null }],
};
const stats = { quizzes: 2, visitorsNow: { kiosks: 3, phones: 12 }, activity };
const hhmm = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
const rowsOf = (el: LiveDashboard, table: string) =>
  [...el.shadowRoot!.querySelectorAll(`[data-table="${table}"] tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent));
const counter = (el: LiveDashboard, name: string) => el.shadowRoot!.querySelector(`[data-counter="${name}"] dd`)?.textContent;
const visitors = (el: LiveDashboard) => {
  const tile = el.shadowRoot!.querySelector('[data-counter="visitorsNow"]')!;
  return { total: tile.querySelector('dd.total')!.textContent!.trim(), split: tile.querySelector('dd.split')!.textContent!.trim() };
};

describe('markt-live-dashboard', () => {
  it('is accessible, before and after the server\'s counts, in German and English', async () => {
    const el = await fixture<LiveDashboard>(html`<markt-live-dashboard .stands=${stands} .providers=${providers}></markt-live-dashboard>`);
    await expectAccessible(el);
    expect(el.applyStats(stats)).to.equal(true);
    await el.updateComplete;
    await expectAccessible(el);
    el.locale = 'en';
    await el.updateComplete;
    await expectAccessible(el);
    // No live region but the connection state: counters changing must not talk over the page.
    expect([...el.shadowRoot!.querySelectorAll('[role="status"], [aria-live], [role="alert"]')].length).to.equal(1);
  });

  it('shows visits and contact requests only as the server\'s aggregates: "geschützt" for small counts, names as text, the time counted up to', async () => {
    const el = await fixture<LiveDashboard>(html`<markt-live-dashboard .stands=${stands} .providers=${providers} quizzes="5"></markt-live-dashboard>`);
    expect(counter(el, 'visits')).to.equal('–');
    expect(counter(el, 'leads')).to.equal('–');
    expect(el.shadowRoot!.querySelector('p.activity')!.textContent).to.equal('Besuche und Kontaktwünsche: wartet auf den Server.');
    expect(el.applyStats(stats)).to.equal(true);
    await el.updateComplete;
    expect(counter(el, 'visits')).to.equal('12');
    expect(counter(el, 'leads')).to.equal('geschützt');
    expect(rowsOf(el, 'per-stand')).to.deep.equal([
      ['12 · Bildungswerk Nord', '9'],
      ['13 · <script>window.__pwned=1</script>', 'geschützt'],
    ]);
    expect(rowsOf(el, 'per-provider')).to.deep.equal([['<script>window.__pwned=1</script>', 'geschützt']]);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('p.activity')!.textContent).to.equal(
      `Besuche und Kontaktwünsche: Stand ${hhmm(activity.until, 'de')} Uhr, alle 5 Minuten neu gezählt. Einzelne Besuche und Kontaktwünsche werden nicht gezeigt; Zahlen unter 5 erscheinen als „geschützt“, und wo sie sich sonst ausrechnen ließen, auch die nächstkleinste.`,
    );
    el.locale = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p.activity')!.textContent).to.equal(
      `Visits and contact requests: as of ${hhmm(activity.until, 'en')}, counted again every 5 minutes. Single visits and contact requests are not shown; counts below 5 appear as “withheld”, and where they could otherwise be worked out, the next smallest too.`,
    );
    // The newest aggregates replace the old ones (absolute counts, not increments).
    el.applyStats({ ...stats, activity: { ...activity, until: '2027-03-10T09:45:00.000Z', visits: 14, perStand: [{ standId: 's1', visits: 14 }] } });
    await el.updateComplete;
    expect(counter(el, 'visits')).to.equal('14');
    expect(rowsOf(el, 'per-stand')).to.deep.equal([['12 · Bildungswerk Nord', '14']]);
  });

  it('refuses malformed aggregates and keeps the last good ones', async () => {
    const el = await fixture<LiveDashboard>(html`<markt-live-dashboard .stands=${stands} .providers=${providers}></markt-live-dashboard>`);
    expect(el.applyStats(stats)).to.equal(true);
    for (const bad of [
      { ...activity, visits: -1 },
      { ...activity, visits: '3' },
      { ...activity, until: 'soon' },
      { ...activity, perStand: [{ standId: 's1', visits: 1.5 }] },
      { ...activity, perStand: [{ standId: 7, visits: 5 }] },
      { ...activity, perProvider: 'many' },
      { ...activity, minCount: 0 },
    ]) {
      expect(el.applyStats({ ...stats, activity: bad }), JSON.stringify(bad)).to.equal(false);
    }
    await el.updateComplete;
    expect(counter(el, 'visits')).to.equal('12');
    expect(rowsOf(el, 'per-stand')).to.deep.equal([
      ['12 · Bildungswerk Nord', '9'],
      ['13 · <script>window.__pwned=1</script>', 'geschützt'],
    ]);
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

  it('counts no single visit or lead that reaches it over a real socket.io connection (test stand-in server)', async () => {
    const control = io({ path: '/__test__/socket.io', transports: ['websocket'] });
    await new Promise<void>((resolve) => control.emit('test:reset', () => resolve()));
    control.emit('test:push', feed.slice(0, 2));
    const el = await fixture<LiveDashboard>(
      html`<markt-live-dashboard event-id="e1" path="/__test__/socket.io" .stands=${stands} .providers=${providers}></markt-live-dashboard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.state-online'), 'online', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('Verbindung: online');
    control.emit('test:push', feed.slice(2));
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(counter(el, 'visits')).to.equal('–');
    expect(counter(el, 'leads')).to.equal('–');
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(0);
    // Nothing of a single item is on the page: no time, no status.
    const text = el.shadowRoot!.textContent!;
    for (const word of ['10:42', 'done', 'new', 'l1', 'v1']) expect(text).not.to.contain(word);
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
