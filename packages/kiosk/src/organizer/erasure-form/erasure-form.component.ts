import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ApiError, type OrgApi } from '../api/org-api.js';
import type { ErasureRequest } from '../api/types.js';
import { errorText } from '../shared/error-text.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { erasureFormStyles } from './erasure-form.styles.js';

/** The part of the API the form uses (injectable for tests). */
export type ErasureApi = Pick<OrgApi, 'erase'>;

/** Detail of `markt-erasure-done`: how many contact requests were erased (never whose). */
export interface ErasureDoneDetail {
  deleted: number;
}

type Scope = 'event' | 'tenant';

/**
 * @summary A person's erasure request (Art. 17 GDPR), taken by the organizer: the e-mail address or phone
 * number the person gave, where to delete (this event or all the organisation's events), a confirmation, then
 * how many contact requests were deleted. The organizer never sees the contact requests themselves; the fields
 * are emptied after the erasure.
 * @event markt-erasure-done - {ErasureDoneDetail} the server erased the matching contact requests
 */
export class ErasureForm extends OrganizerElement {
  static override styles = erasureFormStyles;

  /** The API (an {@link OrgApi} or a stand-in). */
  @property({ attribute: false }) api: ErasureApi | undefined;
  /** The event the form erases in (unless "all events" is chosen). */
  @property({ attribute: 'event-id' }) eventId = '';

  @state() private scope: Scope = 'event';
  /** The request waiting for "really delete?", as it was when the organizer asked. */
  @state() private pending: ErasureRequest | undefined;
  @state() private busy = false;
  @state() private needOne = false;
  @state() private error = '';
  @state() private deleted: number | undefined;

  @query('form') private form!: HTMLFormElement;

  #ask(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(this.form);
    const email = String(data.get('email') ?? '').trim();
    const phone = String(data.get('phone') ?? '').trim();
    this.deleted = undefined;
    this.error = '';
    this.needOne = !email && !phone;
    if (this.needOne) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#erasure-email')?.focus());
      return;
    }
    this.pending = { ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
    // The safe answer has the focus: Enter pressed twice must not delete.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.confirm-no')?.focus());
  }

  async #erase(): Promise<void> {
    if (!this.api || !this.pending || this.busy) return;
    this.busy = true;
    try {
      const { deleted } = await this.api.erase(this.scope === 'event' ? this.eventId : null, this.pending);
      this.deleted = deleted;
      this.pending = undefined;
      // The person's data has no reason to stay on the screen.
      this.form.reset();
      this.scope = 'event';
      this.emit<ErasureDoneDetail>('markt-erasure-done', { deleted });
    } catch (error) {
      const detail = error instanceof ApiError ? error.details.map((d) => `${d.path}: ${d.message}`).join('; ') : '';
      const text = errorText(error, (key) => this.t(key));
      this.error = detail ? `${text} (${detail})` : text;
      this.pending = undefined;
    } finally {
      this.busy = false;
    }
  }

  #cancel(): void {
    this.pending = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus());
  }

  #who(request: ErasureRequest): string {
    const [a, b] = [request.email, request.phone].filter((x): x is string => Boolean(x));
    return b === undefined ? (a ?? '') : this.t('erasure.and', { a: a ?? '', b });
  }

  override render() {
    const asking = this.pending !== undefined;
    return html`<h2>${this.t('erasure.title')}</h2>
      <p id="erasure-intro">${this.t('erasure.intro')}</p>
      <form novalidate aria-describedby="erasure-intro" @submit=${this.#ask}>
        <label for="erasure-email">${this.t('erasure.email')}</label>
        <input
          id="erasure-email"
          name="email"
          type="email"
          maxlength="200"
          autocomplete="off"
          ?readonly=${asking}
          aria-invalid=${this.needOne ? 'true' : 'false'}
          aria-describedby=${this.needOne ? 'erasure-need-one' : nothing}
          @input=${() => (this.needOne = false)}
        />
        <label for="erasure-phone">${this.t('erasure.phone')}</label>
        <input
          id="erasure-phone"
          name="phone"
          type="tel"
          maxlength="30"
          autocomplete="off"
          ?readonly=${asking}
          aria-invalid=${this.needOne ? 'true' : 'false'}
          aria-describedby=${this.needOne ? 'erasure-phone-hint erasure-need-one' : 'erasure-phone-hint'}
          @input=${() => (this.needOne = false)}
        />
        <p id="erasure-phone-hint" class="hint">${this.t('erasure.phoneHint')}</p>
        <fieldset ?disabled=${asking}>
          <legend>${this.t('erasure.scope')}</legend>
          ${(['event', 'tenant'] as const).map(
            (scope) =>
              html`<label class="check"
                ><input type="radio" name="scope" value=${scope} .checked=${this.scope === scope} @change=${() => (this.scope = scope)} />${this.t(
                  `erasure.scope.${scope}`,
                )}</label
              >`,
          )}
        </fieldset>
        <p id="erasure-need-one" class="error" role="alert">${this.needOne ? this.t('erasure.needOne') : ''}</p>
        ${asking
          ? html`<div class="confirm" role="group" aria-labelledby="erasure-question">
              <span id="erasure-question"
                >${this.t(`erasure.confirm.${this.scope}`, { who: this.#who(this.pending!) })}</span
              >
              <button type="button" class="danger confirm-yes" ?disabled=${this.busy} @click=${this.#erase}>${this.t('erasure.confirmYes')}</button>
              <button type="button" class="secondary confirm-no" ?disabled=${this.busy} @click=${this.#cancel}>${this.t('row.cancel')}</button>
            </div>`
          : html`<button type="submit">${this.t('erasure.submit')}</button>`}
      </form>
      <p class="status" role="status">${this.deleted === undefined ? '' : this.t('erasure.done', { n: this.deleted })}</p>
      <p id="erasure-error" class="error" role="alert">${this.error}</p>`;
  }
}
