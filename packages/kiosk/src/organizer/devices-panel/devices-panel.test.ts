import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Provider } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import type { OrgDevice, PairingCode } from '../api/types.js';
import { sendKeys } from '@web/test-runner-commands';
import { qrPath } from '../shared/qr.js';
import { click, typeInto } from '../test-helpers.js';
import type { DevicesApi, DevicesPanel } from './devices-panel.js';
import './devices-panel.js';

const providers: Provider[] = [{ id: 'p1', name: 'Bildungswerk Nord', kind: 'training', certifications: [], place: { remote: false } }];

/** An in-memory stand-in for the devices API (the component's fetcher is injectable). */
function devicesStandIn() {
  const devices: OrgDevice[] = [{ id: 'd1', role: 'kiosk', name: 'Kiosk Eingang', online: true, revoked: false }];
  const calls: string[] = [];
  const api: DevicesApi = {
    devices: async () => devices.map((d) => ({ ...d })),
    pairDevice: async (_eventId, body): Promise<PairingCode> => {
      calls.push(`pair ${JSON.stringify(body)}`);
      devices.push({ id: 'd2', role: body.role, name: body.name, providerId: body.providerId ?? null, online: false, revoked: false });
      return { code: 'K7Q2M9', expiresAt: '2026-03-12T10:15:00Z', pairUrl: 'https://markt.example/booth#pair=K7Q2M9' };
    },
    revokeDevice: async (_eventId, id) => {
      calls.push(`revoke ${id}`);
      devices.find((d) => d.id === id)!.revoked = true;
      return undefined;
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
