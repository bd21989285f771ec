import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Provider } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import type { OrgDevice, PairingCode, PendingPairingCode } from '../api/types.js';
import { sendKeys } from '@web/test-runner-commands';
import { qrPath } from '../shared/qr.js';
import { click, typeInto } from '../test-helpers.js';
import type { DevicesApi, DevicesPanel } from './devices-panel.js';
import './devices-panel.js';

const providers: Provider[] = [{ id: 'p1', name: 'Bildungswerk Nord', kind: 'training', certifications: [], place: { remote: false } }];

/** An in-memory stand-in for the devices API (the component's fetcher is injectable). */
function devicesStandIn(pending: PendingPairingCode[] = []) {
  const devices: OrgDevice[] = [{ id: 'd1', role: 'kiosk', name: 'Kiosk Eingang', online: true, revoked: false }];
  const calls: string[] = [];
  const api: DevicesApi = {
    devices: async () => devices.map((d) => ({ ...d })),
    pairingCodes: async () => pending.map((c) => ({ ...c })),
    withdrawPairingCode: async (_eventId, id) => {
      calls.push(`withdraw ${id}`);
      pending.splice(
        pending.findIndex((c) => c.id === id),
        1,
      );
      return undefined;
    },
    pairDevice: async (_eventId, body): Promise<PairingCode> => {
      calls.push(`pair ${JSON.stringify(body)}`);
      pending.unshift({ id: 'c-new', role: body.role, providerId: body.providerId ?? null, name: body.name, createdAt: '2026-03-12T10:05:00Z', expiresAt: '2026-03-12T10:15:00Z' });
      return { code: 'K7Q2M9', expiresAt: '2026-03-12T10:15:00Z', pairUrl: 'https://markt.example/booth#pair=K7Q2M9', id: 'c-new' };
    },
    revokeDevice: async (_eventId, id) => {
      calls.push(`revoke ${id}`);
      devices.find((d) => d.id === id)!.revoked = true;
      return undefined;
    },
    withdrawAllPairingCodes: async () => {
      calls.push('withdraw all');
      return { withdrawn: pending.splice(0).length };
    },
  };
  return { api, calls };
}

describe('markt-devices-panel', () => {
  it('is accessible, with a pairing code shown', async () => {
    const { api } = devicesStandIn();
    const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${api} .providers=${providers}></markt-devices-panel>`);
    await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'));
    await expectAccessible(el);
  });

  it('creates a pairing code for a booth and shows it big with a QR code of the pairing URL', async () => {
    const { api, calls } = devicesStandIn();
    const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${api} .providers=${providers}></markt-devices-panel>`);
    await typeInto(el.shadowRoot!.querySelector('#name')!, 'Tablet Stand 12');
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="code"]'));
    expect(calls).to.deep.equal([`pair ${JSON.stringify({ role: 'booth', providerId: 'p1', name: 'Tablet Stand 12' })}`]);
    expect(el.shadowRoot!.querySelector('[part="code"]')?.textContent).to.equal('K7Q2M9');
    expect(el.shadowRoot!.querySelector('.pairing svg path')?.getAttribute('d')).to.equal(qrPath('https://markt.example/booth#pair=K7Q2M9').d);
    await expectAccessible(el);
  });

  it('revokes a device only after confirmation', async () => {
    const { api, calls } = devicesStandIn();
    const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${api} .providers=${providers}></markt-devices-panel>`);
    await waitUntil(() => el.shadowRoot!.querySelector('button.revoke'));
    expect(el.shadowRoot!.querySelector('[data-device="d1"]')?.textContent).to.contain('online');
    await click(el.shadowRoot!.querySelector('button.revoke')!);
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
    await click(el.shadowRoot!.querySelector('button.confirm-no')!);
    await el.updateComplete;
    await click(el.shadowRoot!.querySelector('button.revoke')!);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.confirm')?.textContent).to.contain('Kiosk Eingang wirklich sperren?');
    const revoked = oneEvent(el, 'markt-device-revoked');
    await click(el.shadowRoot!.querySelector('button.confirm-yes')!);
    expect((await revoked).detail.deviceId).to.equal('d1');
    expect(calls).to.deep.equal(['revoke d1']);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-device="d1"]')?.textContent?.includes('gesperrt'));
  });
  it('fetches the list again while shown, so a tablet paired meanwhile and its online state appear', async () => {
    const { api } = devicesStandIn();
    let tablets: OrgDevice[] = [];
    const polled: DevicesApi = { ...api, devices: async () => tablets.map((d) => ({ ...d })) };
    const el = await fixture<DevicesPanel>(
      html`<markt-devices-panel event-id="e1" .api=${polled} .providers=${providers} refresh-seconds="0.1"></markt-devices-panel>`,
    );
    await waitUntil(() => el.shadowRoot!.textContent?.includes('Noch keine Geräte gekoppelt.'));
    tablets = [{ id: 'd9', role: 'booth', name: 'Tablet Stand 12', providerId: 'p1', online: true, revoked: false }];
    await waitUntil(() => el.shadowRoot!.querySelector('tr[data-device="d9"]'), 'the paired tablet appears', { timeout: 2000 });
    expect(el.shadowRoot!.querySelector('tr[data-device="d9"]')?.textContent).to.contain('online');
    el.remove();
  });
  it('says that a booth tablet needs a provider first instead of offering an empty list', async () => {
    const { api, calls } = devicesStandIn();
    const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${api} .providers=${[]} refresh-seconds="0"></markt-devices-panel>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('tbody tr'));
    expect(root.querySelector('#providerId')).to.equal(null);
    expect(root.querySelector('#no-providers')?.textContent).to.equal(
      'Ein Stand-Tablet gehört zu einem Träger: Legen Sie zuerst die Träger an (Reiter „Träger & Angebote“).',
    );
    const submit = root.querySelector<HTMLButtonElement>('form button[type="submit"]')!;
    expect(submit.disabled).to.equal(true);
    expect(submit.getAttribute('aria-describedby')).to.equal('no-providers');
    await expectAccessible(el);
    // A kiosk needs no provider.
    await click(root.querySelector('input[value="kiosk"]')!);
    await el.updateComplete;
    expect(submit.disabled).to.equal(false);
    await typeInto(root.querySelector('#name')!, 'Kiosk Eingang 2');
    await click(submit);
    await waitUntil(() => calls.length === 1);
    expect(calls[0]).to.equal('pair {"role":"kiosk","name":"Kiosk Eingang 2"}');
  });

  describe('pending pairing codes', () => {
    const sheet = (): PendingPairingCode[] => [
      { id: 'c1', role: 'booth', providerId: 'p1', name: 'Tablet Stand 7', createdAt: '2026-03-12T09:00:00Z', expiresAt: '2026-03-12T09:10:00Z' },
      { id: 'c2', role: 'kiosk', providerId: null, name: 'Kiosk Foyer', createdAt: '2026-03-12T08:58:00Z', expiresAt: '2026-03-12T09:08:00Z' },
    ];
    const time = (iso: string, locale: string) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

    it('lists them under the paired devices with name, role, provider and expiry, accessibly', async () => {
      const { api } = devicesStandIn(sheet());
      const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${api} .providers=${providers} refresh-seconds="0"></markt-devices-panel>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('tr[data-code="c1"]'));
      const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent);
      expect(headings).to.deep.equal(['Gekoppelte Geräte', 'Ausstehende Kopplungscodes']);
      // Under the paired devices: the pending table comes after the device table in the document.
      const [devicesTable, pendingTable] = [...root.querySelectorAll('table')];
      expect(pendingTable?.classList.contains('pending')).to.equal(true);
      expect(devicesTable!.compareDocumentPosition(pendingTable!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const cells = (id: string) => [...root.querySelectorAll(`tr[data-code="${id}"] th, tr[data-code="${id}"] td`)].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
      expect(cells('c1')).to.deep.equal(['Tablet Stand 7', 'Stand-Tablet · Bildungswerk Nord', time('2026-03-12T09:10:00Z', 'de'), 'Zurückziehen']);
      expect(cells('c2')).to.deep.equal(['Kiosk Foyer', 'Kiosk', time('2026-03-12T09:08:00Z', 'de'), 'Zurückziehen']);
      expect(root.querySelector('tr[data-code="c1"] time')?.getAttribute('datetime')).to.equal('2026-03-12T09:10:00Z');
      expect(root.querySelector('tr[data-code="c1"] button.withdraw')?.getAttribute('aria-label')).to.equal('Kopplungscode für Tablet Stand 7 zurückziehen');
      await expectAccessible(el);
    });

    it('withdraws a code only after confirmation, then lists it no more', async () => {
      const { api, calls } = devicesStandIn(sheet());
      const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${api} .providers=${providers} refresh-seconds="0"></markt-devices-panel>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('tr[data-code="c1"] button.withdraw'));
      await click(root.querySelector('tr[data-code="c1"] button.withdraw')!);
      await el.updateComplete;
      expect(calls).to.deep.equal([]);
      expect(root.querySelector('tr[data-code="c1"] .confirm')?.textContent).to.contain('Kopplungscode für Tablet Stand 7 wirklich zurückziehen?');
      await expectAccessible(el);
      await click(root.querySelector('tr[data-code="c1"] button.confirm-no')!);
      await el.updateComplete;
      expect(calls).to.deep.equal([]);
      expect(root.querySelector('tr[data-code="c1"] button.withdraw')).to.not.equal(null);
      await click(root.querySelector('tr[data-code="c1"] button.withdraw')!);
      await el.updateComplete;
      const withdrawn = oneEvent(el, 'markt-pairing-code-withdrawn');
      await click(root.querySelector('tr[data-code="c1"] button.confirm-yes')!);
      expect((await withdrawn).detail.codeId).to.equal('c1');
      expect(calls).to.deep.equal(['withdraw c1']);
      await waitUntil(() => root.querySelector('tr[data-code="c1"]') === null);
      expect(root.querySelector('tr[data-code="c2"]')).to.not.equal(null);
      // The paired devices are not touched.
      expect(root.querySelector('[data-device="d1"]')?.textContent).to.contain('online');
    });

    it('takes the big code away when the code withdrawn is the one shown, and says when none is pending', async () => {
      const { api, calls } = devicesStandIn([]);
      const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${api} .providers=${providers} refresh-seconds="0"></markt-devices-panel>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('.pending-empty'));
      expect(root.querySelector('.pending-empty')?.textContent).to.equal('Kein Kopplungscode wartet auf seine Verwendung.');
      await typeInto(root.querySelector('#name')!, 'Tablet Stand 12');
      await click(root.querySelector('form button[type="submit"]')!);
      await waitUntil(() => root.querySelector('[part="code"]') && root.querySelector('tr[data-code="c-new"]'));
      await click(root.querySelector('tr[data-code="c-new"] button.withdraw')!);
      await el.updateComplete;
      await click(root.querySelector('tr[data-code="c-new"] button.confirm-yes')!);
      await waitUntil(() => root.querySelector('[part="code"]') === null, 'the withdrawn code is no longer shown');
      expect(calls.at(-1)).to.equal('withdraw c-new');
      await waitUntil(() => root.querySelector('.pending-empty'));
    });

    it('speaks English on an English page', async () => {
      const { api } = devicesStandIn(sheet());
      const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" locale="en" .api=${api} .providers=${providers} refresh-seconds="0"></markt-devices-panel>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('tr[data-code="c1"]'));
      expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Paired devices', 'Pending pairing codes']);
      expect(root.querySelector('table.pending thead')?.textContent?.replace(/\s+/g, ' ').trim()).to.contain('Valid until');
      await click(root.querySelector('tr[data-code="c2"] button.withdraw')!);
      await el.updateComplete;
      expect(root.querySelector('tr[data-code="c2"] .confirm')?.textContent).to.contain('Really withdraw the pairing code for Kiosk Foyer?');
      expect(root.querySelector('tr[data-code="c2"] button.confirm-yes')?.textContent?.trim()).to.equal('Yes, withdraw');
    });
  });

  describe('while the list is fetched again', () => {
    /** Two devices; the server's list can be changed (a tablet paired, the order changed) and counts its loads. */
    function changingList() {
      const base = devicesStandIn();
      let list: OrgDevice[] = [
        { id: 'd1', role: 'kiosk', name: 'Kiosk Eingang', online: true, revoked: false },
        { id: 'd2', role: 'booth', name: 'Tablet Stand 12', providerId: 'p1', online: true, revoked: false },
      ];
      let loads = 0;
      const api: DevicesApi = {
        ...base.api,
        devices: async () => {
          loads += 1;
          return list.map((d) => ({ ...d }));
        },
        revokeDevice: async (_eventId, id) => {
          base.calls.push(`revoke ${id}`);
          list = list.map((d) => (d.id === id ? { ...d, revoked: true } : d));
          return undefined;
        },
      };
      const newTabletFirst = () => {
        list = [{ id: 'd0', role: 'booth', name: 'Tablet Stand 3', providerId: 'p1', online: false, revoked: false }, ...list];
      };
      return { api, calls: base.calls, newTabletFirst, loads: () => loads };
    }

    const focusedRow = (el: DevicesPanel) => el.shadowRoot!.activeElement?.closest('tr')?.getAttribute('data-device');

    it('keeps the keyboard focus on the same device when a device is added before it', async () => {
      const server = changingList();
      const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${server.api} .providers=${providers} refresh-seconds="0.05"></markt-devices-panel>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('tr[data-device="d2"] button.revoke'));
      root.querySelector<HTMLButtonElement>('tr[data-device="d2"] button.revoke')!.focus();
      expect(focusedRow(el)).to.equal('d2');
      server.newTabletFirst();
      await waitUntil(() => root.querySelector('tr[data-device="d0"]'), 'the new tablet appears', { timeout: 2000 });
      await el.updateComplete;
      expect(focusedRow(el)).to.equal('d2');
      expect(root.activeElement?.getAttribute('aria-label')).to.contain('Tablet Stand 12');
      el.remove();
    });

    it('does not change the list under an open "really revoke?", and revokes the device that was asked about', async () => {
      const server = changingList();
      const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${server.api} .providers=${providers} refresh-seconds="0.05"></markt-devices-panel>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('tr[data-device="d2"] button.revoke'));
      await click(root.querySelector('tr[data-device="d2"] button.revoke')!);
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('tr[data-device="d2"] button.confirm-yes')!.focus();
      const loadsWhileAsking = server.loads();
      server.newTabletFirst();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await el.updateComplete;
      expect(server.loads()).to.equal(loadsWhileAsking);
      expect(root.querySelector('tr[data-device="d0"]')).to.equal(null);
      expect(focusedRow(el)).to.equal('d2');
      expect(root.activeElement?.textContent?.trim()).to.equal('Ja, sperren');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => server.calls.length === 1);
      expect(server.calls).to.deep.equal(['revoke d2']);
      // Answered: the list is fetched again as before.
      await waitUntil(() => root.querySelector('tr[data-device="d0"]'), 'fetched again after the answer', { timeout: 2000 });
      el.remove();
    });
  });
});

describe('markt-devices-panel: contact requests a kiosk lost', () => {
  const time = (iso: string, locale: string) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  /** The organizer's device list as the server answers it (refusedLeads, lastRefusedAt: migration 8). */
  function listWith(rows: (OrgDevice & { refusedLeads?: number; lastRefusedAt?: string | null })[]): DevicesApi {
    return { ...devicesStandIn().api, devices: async () => rows.map((d) => ({ ...d })) };
  }
  const kioskRow = (refusedLeads: number | undefined, lastRefusedAt: string | null | undefined) => ({
    id: 'd1',
    role: 'kiosk' as const,
    name: 'Kiosk Eingang',
    online: true,
    revoked: false,
    ...(refusedLeads === undefined ? {} : { refusedLeads }),
    ...(lastRefusedAt === undefined ? {} : { lastRefusedAt }),
  });

  it('says beside the kiosk how many were refused and when the last was, with a hint to check it (accessible)', async () => {
    const at = '2026-03-12T09:42:00Z';
    const api = listWith([kioskRow(3, at), { id: 'd2', role: 'booth', name: 'Tablet Stand 12', online: false, revoked: false, refusedLeads: 0, lastRefusedAt: null }]);
    const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${api} .providers=${providers} refresh-seconds="0"></markt-devices-panel>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('tr[data-device="d1"] .refused'));
    const cell = root.querySelector('tr[data-device="d1"] .refused')!.closest('td')!;
    expect(root.querySelector('tr[data-device="d1"] .refused')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`⚠ 3 Anfragen abgelehnt (zuletzt ${time(at, 'de')})`);
    expect(cell.querySelector('.refused-hint')!.textContent).to.contain('Bitte prüfen Sie den Kiosk');
    expect(cell.textContent).to.contain('online');
    // The booth without refusals says nothing of it.
    expect(root.querySelector('tr[data-device="d2"] .refused, tr[data-device="d2"] .refused-hint')).to.equal(null);
    await expectAccessible(el);

    el.locale = 'en';
    await el.updateComplete;
    expect(root.querySelector('tr[data-device="d1"] .refused')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`⚠ 3 requests refused (last at ${time(at, 'en')})`);
    expect(cell.querySelector('.refused-hint')!.textContent).to.contain('Please check the kiosk');
    await expectAccessible(el);
  });

  it('uses the singular for one, and says nothing for none or a server that does not send the count', async () => {
    const at = '2026-03-12T10:05:00Z';
    for (const [row, expected] of [
      [kioskRow(1, at), `⚠ 1 Anfrage abgelehnt (zuletzt ${time(at, 'de')})`],
      [kioskRow(0, null), null],
      [kioskRow(undefined, undefined), null],
    ] as const) {
      const el = await fixture<DevicesPanel>(html`<markt-devices-panel event-id="e1" .api=${listWith([row])} .providers=${providers} refresh-seconds="0"></markt-devices-panel>`);
      await waitUntil(() => el.shadowRoot!.querySelector('tr[data-device="d1"]'));
      const refused = el.shadowRoot!.querySelector('tr[data-device="d1"] .refused');
      expect(refused?.textContent?.replace(/\s+/g, ' ').trim() ?? null, JSON.stringify(row)).to.equal(expected);
      el.remove();
    }
  });
});
