import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Event, Provider, Stand } from '@markt/sdk';
import { ApiError, type OrgApi } from '../api/org-api.js';
import type { RotaShift } from '../api/types.js';
import type { OrganizerKey } from '../messages/index.js';
import { errorText } from '../shared/error-text.js';
import { fieldMessage } from '../shared/field-message.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { eventDates, localParts, rotaGrid, rotaZone, toTimestamp, type RotaZone } from './rota-grid.js';
import { rotaPanelStyles } from './rota-panel.styles.js';

/** The form's label of each field the server may name in a refused shift. */
const FIELD_LABELS: Readonly<Record<string, OrganizerKey>> = {
  standId: 'rota.stand',
  staffName: 'rota.staff',
  role: 'rota.role',
  startsAt: 'rota.from',
  endsAt: 'rota.to',
};

/** The part of the API the rota panel uses (injectable for tests). */
export type RotaApi = Pick<OrgApi, 'rota' | 'createShift' | 'updateShift' | 'deleteShift'>;

/** Detail of `markt-rota-change`: the shifts after a change. */
export interface RotaChangeDetail {
  shifts: RotaShift[];
}

/**
 * @summary The staffing rota (Dienstplan) of an event: a table by time × stand, a form to add or edit a
 * shift, the list of shifts with edit and delete, and a print layout (form and buttons hidden).
 * @event markt-rota-change - {RotaChangeDetail} a shift was added, changed or deleted
 * @cssproperty --markt-rota-shift-bg - background of a staffed cell in the grid, default #e8f0fe
 */
export class RotaPanel extends OrganizerElement {
  static override styles = rotaPanelStyles;

  /** The API (an {@link OrgApi} or a stand-in). */
  @property({ attribute: false }) api: RotaApi | undefined;
  /** The event (its id, days and UTC offset). */
  @property({ attribute: false }) event: Event | undefined;
  /** The event's stands: the grid's columns. */
  @property({ attribute: false }) stands: readonly Stand[] = [];
  /** The event's providers, to name the stands. */
  @property({ attribute: false }) providers: readonly Provider[] = [];

  @state() private shifts: RotaShift[] = [];
  @state() private editing: RotaShift | undefined;
  @state() private error = '';
  @state() private status = '';
  /** The shift waiting for "really delete?". */
  @state() private confirming: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('event') || changed.has('api')) && this.event && this.api) void this.reload();
  }

  /** Loads the shifts again. */
  async reload(): Promise<void> {
    if (!this.api || !this.event) return;
    try {
      this.shifts = await this.api.rota(this.event.id);
    } catch (error) {
      this.error = this.#message(error);
    }
  }

  /** The hall's time zone: the browser's per day when it is in the fair's zone, else the event's fixed offset. */
  get #zone(): RotaZone {
    return this.event ? rotaZone(this.event.startsAt) : { at: () => 0, of: () => 0 };
  }

  /** An error in the page's language; a refused shift names the form's fields (Von, Bis, …), not the API's. */
  #message(error: unknown): string {
    const t = (key: OrganizerKey, params?: Readonly<Record<string, string | number>>) => this.t(key, params);
    if (error instanceof ApiError && error.details.length > 0) {
      return error.details
        .map((d) => {
          const label = FIELD_LABELS[d.path];
          return `${label ? this.t(label) : d.path}: ${fieldMessage(d.message, t)}`;
        })
        .join(' ');
    }
    return errorText(error, t);
  }

  #standName(standId: string): string {
    const stand = this.stands.find((s) => s.id === standId);
    if (!stand) return standId;
    const name = stand.label ?? this.providers.find((p) => p.id === stand.providerId)?.name ?? '';
    return name ? `${stand.number} · ${name}` : stand.number;
  }

  #changed(): void {
    this.emit<RotaChangeDetail>('markt-rota-change', { shifts: this.shifts });
  }

  async #submit(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    if (!this.api || !this.event) return;
    const form = submit.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const day = text('day');
    const role = text('role');
    const shift = {
      standId: text('standId'),
      staffName: text('staffName'),
      ...(role ? { role } : {}),
      startsAt: toTimestamp(day, text('from'), this.#zone.of(day, text('from'))),
      endsAt: toTimestamp(day, text('to'), this.#zone.of(day, text('to'))),
    };
    this.error = '';
    try {
      const editing = this.editing;
      if (editing) {
        const saved = await this.api.updateShift(this.event.id, { ...shift, id: editing.id });
        this.shifts = this.shifts.map((s) => (s.id === saved.id ? saved : s));
        this.status = this.t('rota.saved', { name: saved.staffName });
        this.editing = undefined;
      } else {
        const saved = await this.api.createShift(this.event.id, shift);
        this.shifts = [...this.shifts, saved];
        this.status = this.t('rota.added', { name: saved.staffName });
      }
      this.shifts = [...this.shifts].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.standId.localeCompare(b.standId));
      this.#resetForm();
      this.#changed();
    } catch (error) {
      this.error = this.#message(error);
    }
  }

  /** After the next render, puts the form's fields back to their defaults (the edited shift, or empty). */
  #resetForm(focus = false): void {
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLFormElement>('form.shift')?.reset();
      if (focus) this.renderRoot.querySelector<HTMLInputElement>('#staffName')?.focus();
    });
  }

  #edit(shift: RotaShift): void {
    this.editing = shift;
    this.status = '';
    this.#resetForm(true);
  }

  #cancelEdit(): void {
    this.editing = undefined;
    this.#resetForm();
  }

  #askDelete(shift: RotaShift): void {
    this.confirming = shift.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm button.danger')?.focus());
  }

  #cancelDelete(shift: RotaShift): void {
    this.confirming = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`tr[data-shift="${CSS.escape(shift.id)}"] button.delete`)?.focus());
  }

  async #delete(shift: RotaShift): Promise<void> {
    if (!this.api || !this.event) return;
    this.confirming = undefined;
    this.error = '';
    const rowDelete = (id: string) => `tr[data-shift="${CSS.escape(id)}"] button.delete`;
    try {
      await this.api.deleteShift(this.event.id, shift.id);
      const index = this.shifts.findIndex((s) => s.id === shift.id);
      this.shifts = this.shifts.filter((s) => s.id !== shift.id);
      if (this.editing?.id === shift.id) this.editing = undefined;
      this.status = this.t('rota.deleted', { name: shift.staffName });
      this.#changed();
      // The focus goes on, not to the page: the next shift's delete button (or the one before), else "add".
      const next = this.shifts[Math.max(index, 0)] ?? this.shifts[index - 1];
      if (next) this.#focusAfterRender(rowDelete(next.id));
      else this.#focusAfterRender('form.shift button[type="submit"]:not([disabled])', '#staffName');
    } catch (error) {
      this.error = this.#message(error);
      // Not deleted (the reason is in the alert): back on the shift's own delete button.
      this.#focusAfterRender(rowDelete(shift.id));
    }
  }

  /** After the next render, focuses the first of these that is there. */
  #focusAfterRender(...selectors: string[]): void {
    void this.updateComplete.then(() => {
      for (const selector of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target) return target.focus();
      }
      return undefined;
    });
  }

  #form() {
    const event = this.event;
    if (!event) return nothing;
    const days = eventDates(event.startsAt, event.endsAt, this.#zone.at);
    const e = this.editing;
    const start = e ? localParts(e.startsAt, this.#zone.at) : undefined;
    const end = e ? localParts(e.endsAt, this.#zone.at) : undefined;
    const eventStart = localParts(event.startsAt, this.#zone.at).time;
    const eventEnd = localParts(event.endsAt, this.#zone.at).time;
    // Defaults as attributes, applied by form.reset() (#resetForm): a failed save keeps what was typed.
    return html`<form class="shift" aria-label=${e ? this.t('rota.editing', { name: e.staffName }) : this.t('rota.add')} @submit=${this.#submit}>
      ${e ? html`<p class="editing">${this.t('rota.editing', { name: e.staffName })}</p>` : nothing}
      <div>
        <label for="standId">${this.t('rota.stand')}</label>
        <select id="standId" name="standId" required>
          ${this.stands.map((s) => html`<option value=${s.id} ?selected=${e?.standId === s.id}>${this.#standName(s.id)}</option>`)}
        </select>
      </div>
      <div>
        <label for="staffName">${this.t('rota.staff')}</label>
        <input id="staffName" name="staffName" required maxlength="80" autocomplete="off" value=${e?.staffName ?? ''} />
      </div>
      <div>
        <label for="role">${this.t('rota.role')}</label>
        <input id="role" name="role" maxlength="80" autocomplete="off" value=${e?.role ?? ''} />
      </div>
      <div>
        <label for="day">${this.t('rota.day')}</label>
        <select id="day" name="day" required>
          ${days.map((d) => html`<option value=${d} ?selected=${start?.date === d}>${new Date(`${d}T12:00:00Z`).toLocaleDateString(this.locale, { dateStyle: 'medium', timeZone: 'UTC' })}</option>`)}
        </select>
      </div>
      <div>
        <label for="from">${this.t('rota.from')}</label>
        <input id="from" name="from" type="time" required value=${start?.time ?? eventStart} />
      </div>
      <div>
        <label for="to">${this.t('rota.to')}</label>
        <input id="to" name="to" type="time" required value=${end?.time ?? eventEnd} />
      </div>
      <button type="submit" ?disabled=${this.stands.length === 0}>${e ? this.t('rota.saveEdit') : `+ ${this.t('rota.add')}`}</button>
      ${e ? html`<button type="button" class="secondary cancel" @click=${this.#cancelEdit}>${this.t('row.cancel')}</button>` : nothing}
    </form>`;
  }

  #grid() {
    const standIds = this.stands.map((s) => s.id).filter((id) => this.shifts.some((s) => s.standId === id));
    const rows = rotaGrid(this.shifts, standIds, this.#zone.at);
    const multiDay = new Set(rows.map((r) => r.date)).size > 1;
    return html`<table class="grid">
      <caption>${this.t('rota.grid')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('rota.time')}</th>
          ${standIds.map((id) => html`<th scope="col" data-stand=${id}>${this.#standName(id)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row">${multiDay ? `${row.date} ` : ''}${row.hour}</th>
            ${standIds.map((id) => {
              const on = row.cells.get(id) ?? [];
              return html`<td class=${on.length > 0 ? 'on' : ''}>${on.map((s) => html`<span>${s.staffName}${s.role ? ` (${s.role})` : ''}</span>`)}</td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #list() {
    const span = (s: RotaShift) => {
      const a = localParts(s.startsAt, this.#zone.at);
      const b = localParts(s.endsAt, this.#zone.at);
      return `${a.date} ${a.time}–${b.time}`;
    };
    return html`<table class="list">
      <caption>${this.t('rota.list')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('rota.when')}</th>
          <th scope="col">${this.t('rota.stand')}</th>
          <th scope="col">${this.t('rota.staff')}</th>
          <th scope="col">${this.t('rota.role')}</th>
          <th scope="col" class="actions">${this.t('row.actions')}</th>
        </tr>
      </thead>
      <tbody>
        ${this.shifts.map(
          (s) => html`<tr data-shift=${s.id}>
            <td>${span(s)}</td>
            <td>${this.#standName(s.standId)}</td>
            <th scope="row">${s.staffName}</th>
            <td>${s.role ?? ''}</td>
            <td class="actions">
              ${this.confirming === s.id
                ? html`<div class="confirm" role="group" aria-label=${this.t('row.deleteNamed', { name: `${s.staffName} ${span(s)}` })} aria-describedby="delete-question">
                    <span id="delete-question">${this.t('rota.deleteConfirm', { name: s.staffName, when: span(s) })}</span>
                    <button type="button" class="danger" aria-describedby="delete-question" @click=${() => this.#delete(s)}>${this.t('row.deleteYes')}</button>
                    <button type="button" class="secondary" @click=${() => this.#cancelDelete(s)}>${this.t('row.cancel')}</button>
                  </div>`
                : html`<button type="button" class="secondary edit" aria-label=${this.t('row.editNamed', { name: `${s.staffName} ${span(s)}` })} @click=${() => this.#edit(s)}>
                      ${this.t('row.edit')}
                    </button>
                    <button type="button" class="danger delete" aria-label=${this.t('row.deleteNamed', { name: `${s.staffName} ${span(s)}` })} @click=${() => this.#askDelete(s)}>
                      ${this.t('row.delete')}
                    </button>`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render() {
    return html`<h2>${this.t('rota.title')}</h2>
      <p class="privacy">${this.t('rota.privacy')}</p>
      ${this.#form()}
      <p class="error" role="alert">${this.error}</p>
      <p class="status" role="status">${this.status}</p>
      <div class="toolbar">
        <button type="button" class="secondary print" @click=${() => window.print()}>${this.t('rota.print')}</button>
      </div>
      ${this.shifts.length === 0 ? html`<p>${this.t('rota.empty')}</p>` : html`${this.#grid()}${this.#list()}`}`;
  }
}
