import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Provider } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import type { PairingCode, PendingPairingCode } from '../api/types.js';
import { qrPath } from '../shared/qr.js';
import { click } from '../test-helpers.js';
import { defaultSheetExpiry, localInputValue, sheetLines } from './code-sheet.js';
import type { DevicesApi, DevicesPanel } from './devices-panel.js';
import './devices-panel.js';

// Review L10: the organizer prepares every booth tablet's code the day before, prints them on one sheet and can
// withdraw a lost sheet in one go. The API is an in-memory stand-in (the panel's fetcher is injectable) that keeps
// the server's rules that matter here: codes stay pending until withdrawn, expiresAt is passed through.

const provider = (id: string, name: string): Provider => ({ id, name, kind: 'training', certifications: [], place: { remote: false } });
const providers = [provider('p-c', 'Caritas Beratung'), provider('p-a', 'Arbeit & Bildung e.V.'), provider('p-none', 'Ohne Stand GmbH'), provider('p-b', 'Bäckerei Lange')];
const stands = [
  { providerId: 'p-a', number: 'A10' },
  { providerId: 'p-c', number: 'B2' },
  { providerId: 'p-a', number: 'A2' },
  { providerId: 'p-b', number: 'A9' },
];
// The fair starts in two days at a whole hour and lasts six hours.
const start = new Date(Math.ceil((Date.now() + 2 * 86_400_000) / 3_600_000) * 3_600_000);
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const event = { startsAt: start.toISOString(), endsAt: at(360).toISOString() };

function serverStandIn() {
  const pending: PendingPairingCode[] = [];
  const posted: { role: string; providerId?: string; name: string; expiresAt?: string }[] = [];
  let n = 0;
  const api: DevicesApi = {
    devices: async () => [],
    pairingCodes: async () => pending.map((c) => ({ ...c })),
    pairDevice: async (_eventId, body): Promise<PairingCode> => {
      posted.push(body);
      n += 1;
      const code = `CODE${String(n).padStart(4, '0')}`;
      const expiresAt = body.expiresAt ?? new Date(Date.now() + 600_000).toISOString();
      pending.push({ id: `c${n}`, role: body.role, providerId: body.providerId ?? null, name: body.name, createdAt: new Date().toISOString(), expiresAt });
      return { code, expiresAt, pairUrl: `https://markt.example/${body.role}#pair=${code}`, id: `c${n}` };
    },
    revokeDevice: async () => undefined,
    withdrawPairingCode: async () => undefined,
    withdrawAllPairingCodes: async () => ({ withdrawn: pending.splice(0).length }),
  };
  return { api, pending, posted };
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('code sheet lines and default validity', () => {
  it('one booth line per provider with a stand, in hall order of the first stand, stand numbers sorted; then the kiosks', () => {
    const lines = sheetLines(providers, stands, 2, (k) => `Kiosk ${k}`);
    expect(lines.map((l) => [l.role, l.title, l.standNumbers.join(' ')])).to.deep.equal([
      ['booth', 'Arbeit & Bildung e.V.', 'A2 A10'],
      ['booth', 'Bäckerei Lange', 'A9'],
      ['booth', 'Caritas Beratung', 'B2'],
      ['kiosk', 'Kiosk 1', ''],
      ['kiosk', 'Kiosk 2', ''],
    ]);
    expect(lines[0]!.deviceName).to.equal('A2, A10 · Arbeit & Bildung e.V.');
    expect(sheetLines([provider('p', 'x'.repeat(120))], [{ providerId: 'p', number: '1' }], 0, String)[0]!.deviceName).to.have.length(80);
  });

  it('defaults to an hour after the start, never after the end and never more than 14 days from now', () => {
    const now = new Date('2027-03-01T12:00:00Z');
    expect(defaultSheetExpiry({ startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T15:00:00+01:00' }, now).toISOString()).to.equal('2027-03-10T09:00:00.000Z');
    expect(defaultSheetExpiry({ startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T09:30:00+01:00' }, now).toISOString()).to.equal('2027-03-10T08:30:00.000Z');
    expect(defaultSheetExpiry({ startsAt: '2027-04-10T09:00:00+01:00', endsAt: '2027-04-10T15:00:00+01:00' }, now).toISOString()).to.equal('2027-03-15T12:00:00.000Z');
    // During the fair, once the first hour has passed: until its end.
    expect(defaultSheetExpiry({ startsAt: '2027-03-01T09:00:00+01:00', endsAt: '2027-03-01T15:00:00+01:00' }, now).toISOString()).to.equal('2027-03-01T14:00:00.000Z');
  });
});

describe('markt-devices-panel: codes for all stands', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('makes one code per provider with a stand and the kiosks asked for, valid until the chosen time, as a printable sheet (accessible)', async () => {
    const server = serverStandIn();
    const el = await fixture<DevicesPanel>(
      html`<markt-devices-panel event-id="e1" .api=${server.api} .event=${event} .providers=${providers} .stands=${stands} refresh-seconds="0"></markt-devices-panel>`,
    );
    const root = el.shadowRoot!;
    const until = root.querySelector<HTMLInputElement>('#until')!;
    expect(until.value).to.equal(localInputValue(at(60)));
    expect(text(root.querySelector('#sheet-about'))).to.contain('3 Träger');
    await expectAccessible(el);

    until.value = localInputValue(at(30));
    until.dispatchEvent(new Event('input'));
    root.querySelector<HTMLInputElement>('#kiosks')!.value = '2';
    await click(root.querySelector('button.make-sheet')!);
    await waitUntil(() => root.querySelector('.code-sheet'));

    const chosen = at(30).toISOString();
    expect(server.posted).to.deep.equal([
      { role: 'booth', name: 'A2, A10 · Arbeit & Bildung e.V.', expiresAt: chosen, providerId: 'p-a' },
      { role: 'booth', name: 'A9 · Bäckerei Lange', expiresAt: chosen, providerId: 'p-b' },
      { role: 'booth', name: 'B2 · Caritas Beratung', expiresAt: chosen, providerId: 'p-c' },
      { role: 'kiosk', name: 'Kiosk 1', expiresAt: chosen },
      { role: 'kiosk', name: 'Kiosk 2', expiresAt: chosen },
    ]);
    const rows = [...root.querySelectorAll('.code-sheet tbody tr')];
    expect(rows.map((r) => [...r.children].slice(0, 3).map(text))).to.deep.equal([
      ['Arbeit & Bildung e.V.', 'A2, A10', 'CODE0001'],
      ['Bäckerei Lange', 'A9', 'CODE0002'],
      ['Caritas Beratung', 'B2', 'CODE0003'],
      ['Kiosk 1', '', 'CODE0004'],
      ['Kiosk 2', '', 'CODE0005'],
    ]);
    const qr = rows[0]!.querySelector('svg.qr')!;
    expect(qr.getAttribute('aria-label')).to.equal('QR-Code zum Koppeln: Arbeit & Bildung e.V.');
    expect(qr.querySelector('path')!.getAttribute('d')).to.equal(qrPath('https://markt.example/booth#pair=CODE0001').d);
    // The codes are listed among the pending ones, with their day (made ahead, not today).
    await waitUntil(() => root.querySelectorAll('table.pending tbody tr').length === 5);
    expect(text(root.querySelector('table.pending tbody tr'))).to.contain(at(30).toLocaleDateString('de', { day: 'numeric', month: 'numeric' }));
    await expectAccessible(el);

    // Printed, the sheet stands alone: the forms and lists are hidden, no line is split across pages.
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(root.querySelector('form')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('table.pending')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.print-sheet')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.code-sheet')!).display).to.equal('block');
    expect(getComputedStyle(rows[0]!).breakInside).to.equal('avoid');
  });

  it('withdraws every pending code only after confirmation, and takes the sheet off the screen (accessible)', async () => {
    const server = serverStandIn();
    const el = await fixture<DevicesPanel>(
      html`<markt-devices-panel event-id="e1" .api=${server.api} .event=${event} .providers=${providers} .stands=${stands} refresh-seconds="0"></markt-devices-panel>`,
    );
    const root = el.shadowRoot!;
    // No pending code: nothing to withdraw.
    expect(root.querySelector('button.withdraw-all')).to.equal(null);
    await click(root.querySelector('button.make-sheet')!);
    await waitUntil(() => root.querySelectorAll('table.pending tbody tr').length === 3);

    await click(root.querySelector('button.withdraw-all')!);
    await el.updateComplete;
    expect(server.pending).to.have.length(3);
    expect(text(root.querySelector('.withdraw-all-confirm span'))).to.match(/^Alle 3 ausstehenden Kopplungscodes wirklich zurückziehen\?/);
    await expectAccessible(el);
    await click(root.querySelector('.withdraw-all-confirm .confirm-no')!);
    await el.updateComplete;
    expect(server.pending).to.have.length(3);

    await click(root.querySelector('button.withdraw-all')!);
    await el.updateComplete;
    const withdrawn = oneEvent(el, 'markt-pairing-codes-withdrawn');
    await click(root.querySelector('.withdraw-all-confirm .confirm-yes')!);
    expect((await withdrawn).detail).to.deep.equal({ withdrawn: 3 });
    await waitUntil(() => root.querySelector('.pending-empty'));
    expect(server.pending).to.deep.equal([]);
    expect(root.querySelector('.code-sheet')).to.equal(null);
    expect(el.hasAttribute('data-sheet')).to.equal(false);
    await expectAccessible(el);
  });
});
