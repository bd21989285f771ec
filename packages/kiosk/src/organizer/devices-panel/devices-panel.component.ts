import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Event, Provider, Stand } from '@markt/sdk';
import { ApiError, type OrgApi } from '../api/org-api.js';
import type { OrgDevice, PairingCode, PendingPairingCode } from '../api/types.js';
import { qrCode } from '../shared/qr-code.js';
import { errorText } from '../shared/error-text.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { defaultSheetExpiry, localInputValue, MAX_AHEAD_MS, sheetLines, type SheetEntry } from './code-sheet.js';
import { devicesPanelStyles } from './devices-panel.styles.js';

/** The part of the API the devices panel uses (injectable for tests). */
export type DevicesApi = Pick<OrgApi, 'devices' | 'pairDevice' | 'revokeDevice' | 'pairingCodes' | 'withdrawPairingCode' | 'withdrawAllPairingCodes'>;

/** Detail of `markt-device-revoked`. */
export interface DeviceRevokedDetail {
  deviceId: string;
}

/** Detail of `markt-pairing-code-withdrawn`. */
export interface PairingCodeWithdrawnDetail {
  codeId: string;
}

/** Detail of `markt-pairing-codes-withdrawn`. */
export interface PairingCodesWithdrawnDetail {
  withdrawn: number;
}

/**
 * @summary Devices of an event: create a pairing code for a booth tablet (of a provider) or a kiosk, shown
 * big and as a QR code of the pairing URL; the paired devices with their online state; revoke with confirmation;
 * the pending pairing codes (made, not used, not expired), each withdrawn with confirmation (a code sheet that
 * went missing), or all of them at once. "Codes für alle Stände" prepares one booth code per provider with a stand
 * and N kiosk codes, valid until a chosen time (default: an hour after the event starts), as a printable sheet with
 * name, stand numbers, code and QR code per line. A kiosk whose contact requests the server refused says how many and when the last was, with a hint
 * to check the kiosk (those requests are lost).
 * @event markt-device-revoked - {DeviceRevokedDetail} a device was revoked
 * @event markt-pairing-code-withdrawn - {PairingCodeWithdrawnDetail} a pending pairing code was withdrawn
 * @event markt-pairing-codes-withdrawn - {PairingCodesWithdrawnDetail} every pending pairing code was withdrawn
 * @csspart sheet - the printable code sheet
 * @csspart code - the pairing code
 * @csspart qr - the pairing QR code
 * @cssproperty --markt-code-size - font size of the pairing code, default 4rem
 */
export class DevicesPanel extends OrganizerElement {
  static override styles = devicesPanelStyles;

  /** The API (an {@link OrgApi} or a stand-in). */
  @property({ attribute: false }) api: DevicesApi | undefined;
  /** The event whose devices are shown. */
  @property({ attribute: 'event-id' }) eventId = '';
  /** The event's providers, for booth tablets. */
  @property({ attribute: false }) providers: readonly Provider[] = [];
  /** The event (its start and end bound the code sheet's validity). */
  @property({ attribute: false }) event: Pick<Event, 'startsAt' | 'endsAt'> | undefined;
  /** The event's stands, for the code sheet. */
  @property({ attribute: false }) stands: readonly Pick<Stand, 'providerId' | 'number'>[] = [];

  /** The code sheet just made: until when its codes pair, and one entry per line. */
  @state() private sheet: { expiresAt: string; entries: SheetEntry[] } | undefined;
  @state() private makingSheet = false;
  /** The sheet's "valid until" as typed (datetime-local), set to the default when the event arrives. */
  @state() private sheetUntil = '';

  @state() private devices: OrgDevice[] = [];
  @state() private pending: PendingPairingCode[] = [];
  @state() private pairRole: 'booth' | 'kiosk' = 'booth';
  @state() private pairing: PairingCode | undefined;
  /** The device (its id) or pending code (`code:` + its id) whose "really?" is open. */
  @state() private confirming: string | undefined;
  /**
   * How often the list is fetched again while the panel is shown, in seconds (0: never), so a tablet that
   * was just paired, or went offline, shows up without leaving the tab.
   */
  @property({ type: Number, attribute: 'refresh-seconds' }) refreshSeconds = 15;

  @state() private error = '';
  #timer: ReturnType<typeof setInterval> | undefined;
  /** The error shown came from loading the list (a later successful load takes it away). */
  #loadFailed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('eventId') || changed.has('api')) && this.eventId && this.api) void this.reload();
    if (changed.has('event') && this.event) this.sheetUntil = localInputValue(defaultSheetExpiry(this.event));
    if (changed.has('refreshSeconds') && this.isConnected) this.#schedule();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Printing then prints the code sheet alone (see the styles' @media print).
    this.toggleAttribute('data-sheet', this.sheet !== undefined);
  }

  #schedule(): void {
    clearInterval(this.#timer);
    // Not while "really revoke?" is open: the list must not change under the organizer's answer.
    const refresh = () => {
      if (this.confirming === undefined) void this.reload();
    };
    this.#timer = this.refreshSeconds > 0 ? setInterval(refresh, this.refreshSeconds * 1000) : undefined;
  }

  /** Loads the device list again. */
  async reload(): Promise<void> {
    if (!this.api || !this.eventId) return;
    try {
      const [devices, pending] = await Promise.all([this.api.devices(this.eventId), this.api.pairingCodes(this.eventId)]);
      this.devices = devices;
      this.pending = pending;
      if (this.#loadFailed) this.error = '';
      this.#loadFailed = false;
    } catch (error) {
      this.error = this.#message(error);
      this.#loadFailed = true;
    }
  }

  #message(error: unknown): string {
    if (error instanceof ApiError) {
      const detail = error.details.map((d) => `${d.path}: ${d.message}`).join('; ');
      return detail ? `${errorText(error, (key) => this.t(key))} (${detail})` : errorText(error, (key) => this.t(key));
    }
    return errorText(error, (key) => this.t(key));
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const data = new FormData(event.target as HTMLFormElement);
    const name = String(data.get('name') ?? '').trim();
    const providerId = String(data.get('providerId') ?? '');
    this.error = '';
    this.#loadFailed = false;
    try {
      this.pairing = await this.api.pairDevice(this.eventId, this.pairRole === 'booth' ? { role: 'booth', providerId, name } : { role: 'kiosk', name });
      await this.reload();
    } catch (error) {
      this.error = this.#message(error);
    }
  }

  async #revoke(device: OrgDevice): Promise<void> {
    if (!this.api) return;
    try {
      await this.api.revokeDevice(this.eventId, device.id);
      this.confirming = undefined;
      this.emit<DeviceRevokedDetail>('markt-device-revoked', { deviceId: device.id });
      await this.reload();
    } catch (error) {
      this.error = this.#message(error);
    }
  }

  async #withdraw(code: PendingPairingCode): Promise<void> {
    if (!this.api) return;
    try {
      await this.api.withdrawPairingCode(this.eventId, code.id);
      this.confirming = undefined;
      // The big code on screen is the one withdrawn: take it away, it pairs nothing any more.
      if (this.pairing?.id === code.id) this.pairing = undefined;
      this.emit<PairingCodeWithdrawnDetail>('markt-pairing-code-withdrawn', { codeId: code.id });
      await this.reload();
    } catch (error) {
      this.error = this.#message(error);
    }
  }

  async #createSheet(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api || this.makingSheet) return;
    const data = new FormData(event.target as HTMLFormElement);
    const until = new Date(String(data.get('until') ?? ''));
    const kiosks = Number(data.get('kiosks') ?? 0);
    const lines = sheetLines(this.providers, this.stands, kiosks, (n) => this.t('devices.sheetKiosk', { n }));
    if (Number.isNaN(until.getTime()) || lines.length === 0) return;
    this.error = '';
    this.#loadFailed = false;
    this.makingSheet = true;
    const entries: SheetEntry[] = [];
    try {
      for (const line of lines) {
        const body = { role: line.role, name: line.deviceName, expiresAt: until.toISOString(), ...(line.providerId ? { providerId: line.providerId } : {}) };
        const { code, pairUrl } = await this.api.pairDevice(this.eventId, body);
        entries.push({ ...line, code, pairUrl });
      }
    } catch (error) {
      this.error = this.#message(error);
    } finally {
      this.makingSheet = false;
      // Codes made before a failure are shown too: they pair, and "withdraw all" takes them back.
      this.sheet = entries.length > 0 ? { expiresAt: until.toISOString(), entries } : undefined;
      await this.reload();
    }
  }

  async #withdrawAll(): Promise<void> {
    if (!this.api) return;
    try {
      const { withdrawn } = await this.api.withdrawAllPairingCodes(this.eventId);
      this.confirming = undefined;
      // Nothing on screen pairs any more.
      this.pairing = undefined;
      this.sheet = undefined;
      this.emit<PairingCodesWithdrawnDetail>('markt-pairing-codes-withdrawn', { withdrawn });
      await this.reload();
    } catch (error) {
      this.error = this.#message(error);
    }
  }

  #dateTime(iso: string): string {
    return new Date(iso).toLocaleString(this.locale, { weekday: 'short', day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  #sheetForm() {
    const withStand = sheetLines(this.providers, this.stands, 0, String).length;
    // Nothing to prepare before the event and its stands are known.
    if (!this.event || withStand === 0) return nothing;
    const now = new Date();
    const max = new Date(Math.min(Date.parse(this.event.endsAt), now.getTime() + MAX_AHEAD_MS));
    return html`<h3>${this.t('devices.sheetTitle')}</h3>
      <form class="sheet-form" @submit=${this.#createSheet}>
        <p id="sheet-about" class="hint">${this.t('devices.sheetAbout', { count: withStand })}</p>
        <label for="until">${this.t('devices.sheetUntil')}</label>
        <input
          id="until"
          name="until"
          type="datetime-local"
          required
          min=${localInputValue(now)}
          max=${localInputValue(max)}
          .value=${this.sheetUntil}
          @input=${(e: InputEvent) => (this.sheetUntil = (e.target as HTMLInputElement).value)}
          aria-describedby="until-hint"
        />
        <p id="until-hint" class="hint">${this.t('devices.sheetUntilHint')}</p>
        <label for="kiosks">${this.t('devices.sheetKiosks')}</label>
        <input id="kiosks" name="kiosks" type="number" min="0" max="20" step="1" value="0" inputmode="numeric" />
        <button type="submit" class="make-sheet" ?disabled=${this.makingSheet} aria-describedby="sheet-about">
          ${this.makingSheet ? this.t('devices.sheetMaking') : this.t('devices.sheetCreate')}
        </button>
      </form>`;
  }

  #print(): void {
    window.print();
  }

  #codeSheet() {
    if (!this.sheet) return nothing;
    return html`<section class="code-sheet" part="sheet" aria-labelledby="sheet-heading">
      <h3 id="sheet-heading">${this.t('devices.sheetHeading', { time: this.#dateTime(this.sheet.expiresAt) })}</h3>
      <p class="sheet-hint">${this.t('devices.sheetHint')}</p>
      <button type="button" class="secondary print-sheet" @click=${this.#print}>${this.t('devices.sheetPrint')}</button>
      <table class="sheet">
        <thead>
          <tr>
            <th scope="col">${this.t('devices.sheetWho')}</th>
            <th scope="col">${this.t('devices.sheetStands')}</th>
            <th scope="col">${this.t('devices.code')}</th>
            <th scope="col">${this.t('devices.sheetQr')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.sheet.entries.map(
            (e) => html`<tr data-role=${e.role}>
              <th scope="row">${e.title}</th>
              <td class="stands">${e.standNumbers.join(', ')}</td>
              <td class="sheet-code">${e.code}</td>
              <td>${qrCode(e.pairUrl, this.t('devices.sheetQrFor', { name: e.title }))}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  #withdrawAllControl() {
    if (this.pending.length === 0) return nothing;
    const count = this.pending.length;
    return this.confirming === 'codes:all'
      ? html`<div class="confirm withdraw-all-confirm" role="group" aria-label=${this.t('devices.withdrawAll')}>
          <span>${this.t('devices.withdrawAllConfirm', { count })}</span>
          <button type="button" class="danger confirm-yes" @click=${() => this.#withdrawAll()}>${this.t('devices.withdrawAllYes')}</button>
          <button type="button" class="secondary confirm-no" @click=${() => (this.confirming = undefined)}>${this.t('row.cancel')}</button>
        </div>`
      : html`<button type="button" class="secondary withdraw-all" @click=${() => (this.confirming = 'codes:all')}>${this.t('devices.withdrawAll')}</button>`;
  }

  #time(iso: string): string {
    return new Date(iso).toLocaleTimeString(this.locale, { hour: '2-digit', minute: '2-digit' });
  }

  /** A code that expires the day it was made: its time; a code sheet made ahead: its day too. */
  #expiry(code: PendingPairingCode): string {
    const sameDay = new Date(code.expiresAt).toDateString() === new Date(code.createdAt).toDateString();
    return sameDay ? this.#time(code.expiresAt) : this.#dateTime(code.expiresAt);
  }

  #pendingRow(code: PendingPairingCode) {
    const provider = this.providers.find((p) => p.id === code.providerId)?.name ?? '';
    const confirming = this.confirming === `code:${code.id}`;
    return html`<tr data-code=${code.id}>
      <th scope="row">${code.name}</th>
      <td>${this.t(`devices.role.${code.role}`)}${provider ? html` · ${provider}` : nothing}</td>
      <td><time datetime=${code.expiresAt}>${this.#expiry(code)}</time></td>
      <td>
        ${confirming
          ? html`<div class="confirm" role="group" aria-label=${this.t('devices.withdrawNamed', { name: code.name })}>
              <span>${this.t('devices.withdrawConfirm', { name: code.name })}</span>
              <button type="button" class="danger confirm-yes" @click=${() => this.#withdraw(code)}>${this.t('devices.withdrawYes')}</button>
              <button type="button" class="secondary confirm-no" @click=${() => (this.confirming = undefined)}>${this.t('row.cancel')}</button>
            </div>`
          : html`<button type="button" class="secondary withdraw" aria-label=${this.t('devices.withdrawNamed', { name: code.name })} @click=${() => (this.confirming = `code:${code.id}`)}>
              ${this.t('devices.withdraw')}
            </button>`}
      </td>
    </tr>`;
  }

  #pendingList() {
    return html`<h3>${this.t('devices.pending')}</h3>
      ${this.#withdrawAllControl()}
      ${this.pending.length === 0
        ? html`<p class="pending-empty">${this.t('devices.pendingEmpty')}</p>`
        : html`<table class="pending">
            <thead>
              <tr>
                <th scope="col">${this.t('devices.name')}</th>
                <th scope="col">${this.t('devices.role')}</th>
                <th scope="col">${this.t('devices.expires')}</th>
                <th scope="col">${this.t('row.actions')}</th>
              </tr>
            </thead>
            <tbody>
              ${repeat(
                this.pending,
                (c) => c.id,
                (c) => this.#pendingRow(c),
              )}
            </tbody>
          </table>`}`;
  }

  #state(device: OrgDevice) {
    if (device.revoked) return html`<span class="revoked">${this.t('devices.revoked')}</span>`;
    return device.online ? html`<span class="online">● ${this.t('devices.online')}</span>` : html`<span>○ ${this.t('devices.offline')}</span>`;
  }

  /** "3 Anfragen abgelehnt (zuletzt 10:42)" and what to check, for a device losing contact requests. */
  #refused(device: OrgDevice) {
    const count = device.refusedLeads ?? 0;
    if (count <= 0 || !device.lastRefusedAt) return nothing;
    return html`<p class="refused">
        <span aria-hidden="true">⚠</span> ${this.t('devices.refused', { count, time: this.#time(device.lastRefusedAt) })}
      </p>
      <p class="refused-hint">${this.t('devices.refusedHint')}</p>`;
  }

  #row(device: OrgDevice) {
    const provider = this.providers.find((p) => p.id === device.providerId)?.name ?? '';
    const confirming = this.confirming === device.id;
    return html`<tr data-device=${device.id}>
      <th scope="row">${device.name}</th>
      <td>${this.t(`devices.role.${device.role}`)}${provider ? html` · ${provider}` : nothing}</td>
      <td>${this.#state(device)}${this.#refused(device)}</td>
      <td>
        ${device.revoked
          ? nothing
          : confirming
            ? html`<div class="confirm" role="group" aria-label=${this.t('devices.revokeNamed', { name: device.name })}>
                <span>${this.t('devices.confirm', { name: device.name })}</span>
                <button type="button" class="danger confirm-yes" @click=${() => this.#revoke(device)}>${this.t('devices.confirmYes')}</button>
                <button type="button" class="secondary confirm-no" @click=${() => (this.confirming = undefined)}>${this.t('row.cancel')}</button>
              </div>`
            : html`<button type="button" class="secondary revoke" aria-label=${this.t('devices.revokeNamed', { name: device.name })} @click=${() => (this.confirming = device.id)}>
                ${this.t('devices.revoke')}
              </button>`}
      </td>
    </tr>`;
  }

  override render() {
    const noProviders = this.pairRole === 'booth' && this.providers.length === 0;
    return html`<h2>${this.t('devices.title')}</h2>
      <form @submit=${this.#create}>
        <fieldset>
          <legend>${this.t('devices.role')}</legend>
          ${(['booth', 'kiosk'] as const).map(
            (role) => html`<label class="check"
              ><input type="radio" name="role" value=${role} .checked=${this.pairRole === role} @change=${() => (this.pairRole = role)} />${this.t(`devices.role.${role}`)}</label
            >`,
          )}
        </fieldset>
        ${this.pairRole === 'booth' && this.providers.length === 0
          ? html`<p id="no-providers" class="hint">${this.t('devices.noProviders')}</p>`
          : nothing}
        ${this.pairRole === 'booth' && this.providers.length > 0
          ? html`<label for="providerId">${this.t('devices.provider')}</label>
              <select id="providerId" name="providerId" required>
                ${this.providers.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
              </select>`
          : nothing}
        <label for="name">${this.t('devices.name')}</label>
        <input id="name" name="name" required maxlength="80" />
        <button type="submit" ?disabled=${noProviders} aria-describedby=${noProviders ? 'no-providers' : nothing}>${this.t('devices.create')}</button>
      </form>
      <p class="error" role="alert">${this.error}</p>
      ${this.pairing
        ? html`<div class="pairing" role="status">
            <div>
              <p>${this.t('devices.code')}</p>
              <p class="code" part="code">${this.pairing.code}</p>
              <p>${this.t('devices.codeHint', { time: this.#time(this.pairing.expiresAt) })}</p>
            </div>
            ${qrCode(this.pairing.pairUrl, this.t('devices.qr'))}
          </div>`
        : nothing}
      ${this.#sheetForm()} ${this.#codeSheet()}
      <h3>${this.t('devices.list')}</h3>
      ${this.devices.length === 0
        ? html`<p>${this.t('devices.empty')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${this.t('devices.name')}</th>
                <th scope="col">${this.t('devices.role')}</th>
                <th scope="col">${this.t('devices.state')}</th>
                <th scope="col">${this.t('row.actions')}</th>
              </tr>
            </thead>
            <tbody>
              ${repeat(
                this.devices,
                (d) => d.id,
                (d) => this.#row(d),
              )}
            </tbody>
          </table>`}
      ${this.#pendingList()}`;
  }
}
