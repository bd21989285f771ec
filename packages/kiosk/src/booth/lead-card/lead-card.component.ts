import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '@markt/sdk';
import { LocaleController } from '../../i18n/catalog.js';
import { LOCALE_NAMES, isLocale } from '../../shared/locale.js';
import { boothCatalog, type BoothKey } from '../booth-catalog.js';
import type { BoothLead, LeadPatch, LeadStatus } from '../types.js';
import { leadCardStyles } from './lead-card.styles.js';

/** Detail of `markt-lead-delete`. */
export interface LeadDeleteDetail {
  id: string;
}

/** Detail of `markt-lead-seen`. */
export interface LeadSeenDetail {
  id: string;
}

/** Detail of `markt-lead-change`. */
export interface LeadChangeDetail {
  id: string;
  patch: LeadPatch;
}

const STATUSES: readonly LeadStatus[] = ['new', 'contacted', 'done'];

/**
 * @summary One contact request at the booth: the fields the visitor shared, the offer, the time; rating, notes, tags, status;
 *   "Delete contact request" (when the visitor withdraws consent), confirmed in a modal dialog whose safe choice has the focus.
 * @event markt-lead-change - {LeadChangeDetail} staff changed rating, notes, tags or status (for `PATCH /api/booth/leads/:id`)
 * @event markt-lead-delete - {LeadDeleteDetail} staff confirmed deleting the request (for `DELETE /api/booth/leads/:id`)
 * @event markt-lead-seen - {LeadSeenDetail} staff touched or focused an unread card: it is unread no longer
 * @csspart card - the card
 * @cssproperty --markt-card - card background
 * @cssproperty --markt-new - colour that marks a new request
 * @cssproperty --markt-accent - colour of buttons
 */
export class LeadCard extends LitElement {
  static override styles = leadCardStyles;

  /**
   * The lead; every visitor-written field is shown as text, never as markup. Rating, status and tags always show
   * this value, also after staff picked another one (a change the server refused goes back to the server's value).
   */
  @property({ attribute: false }) lead: BoothLead | undefined;
  /** The organizer's tags to choose from. */
  @property({ attribute: false }) tags: string[] = [];
  /** The title of the offer asked about, if known. */
  @property({ attribute: false }) offerTitle: string | undefined;
  /** The number of the stand the request came through (a provider may have several). */
  @property({ attribute: false }) standNumber: string | undefined;
  /**
   * Marks a request that arrived live and that staff have not opened yet ("Ungelesen"). The mark shows only while
   * the status is still "new": it never sits beside "Kontaktiert" or "Erledigt".
   */
  @property({ type: Boolean, reflect: true, attribute: 'new' }) isNew = false;
  /** A save error to show (already in words). */
  @property() error = '';
  /** Why deleting the request failed (already in words); empty when it did not. */
  @property() deleteError = '';
  /** Staff asked to delete: the confirmation is open (rendered only then, so its buttons are not in the page otherwise). */
  @state() private confirmingDelete = false;
  @property() locale: Locale = 'de';
  /** The text in the notes field (what staff typed, or the lead's notes while nobody types). */
  @state() private notesText = '';
  /** Notes saved on another tablet while staff typed here: the field keeps the typed text and asks which to keep. */
  @state() private otherNotes: string | undefined;
  /** The notes last received or saved: the field is dirty while its text differs from them. */
  #savedNotes = '';
  /** The lead whose notes the field holds (a card given another lead starts afresh). */
  #notesLeadId: string | undefined;
  #notesFocused = false;
  /** The notes this card last sent (so leaving the field after "Save notes" does not send them twice). */
  #sentNotes: string | undefined;

  readonly #i18n = new LocaleController<BoothKey>(this, boothCatalog);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.locale !== this.#i18n.locale) void this.#i18n.setLocale(this.locale);
    if (changed.has('lead') && this.lead) this.#receiveNotes(this.lead.id, this.lead.notes ?? '');
  }

  /**
   * The lead's notes arrived (first, or pushed after a save on this or another tablet). While staff type (the field
   * is focused or holds unsaved text) the field keeps their text, and a different note from elsewhere is offered
   * beside it instead ("Changed on the other tablet"); otherwise the field shows the notes.
   */
  #receiveNotes(id: string, incoming: string): void {
    if (id !== this.#notesLeadId) {
      this.#notesLeadId = id;
      this.#savedNotes = this.notesText = incoming;
      this.otherNotes = undefined;
      return;
    }
    if (incoming === this.#savedNotes && this.otherNotes === undefined) return;
    const typing = this.#notesFocused || this.notesText !== this.#savedNotes;
    if (incoming !== this.#sentNotes) this.#sentNotes = undefined; // someone saved other notes since
    if (incoming === this.notesText || !typing) {
      this.#savedNotes = this.notesText = incoming;
      this.otherNotes = undefined;
    } else this.otherNotes = incoming;
  }

  /** Staff touched or focused the card while it is marked: tell the tablet, which clears the mark. */
  #seen(event: Event): void {
    if (!this.lead || !this.isNew) return;
    // The heading takes the focus only from the tablet (after a deletion above): that is no sign staff opened it.
    if (event.type === 'focusin' && (event.target as Element | null)?.localName === 'h3') return;
    this.dispatchEvent(new CustomEvent<LeadSeenDetail>('markt-lead-seen', { detail: { id: this.lead.id }, bubbles: true, composed: true }));
  }

  #change(patch: LeadPatch): void {
    if (!this.lead) return;
    this.dispatchEvent(new CustomEvent<LeadChangeDetail>('markt-lead-change', { detail: { id: this.lead.id, patch }, bubbles: true, composed: true }));
  }

  /** Opens the confirmation (modal: the focus moves in, to "Keep it", and stays in; Escape closes it). */
  #askDelete(): void {
    this.confirmingDelete = true;
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.delete');
    if (dialog && !dialog.open) dialog.showModal();
  }

  #confirmDelete(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.delete')?.close();
    if (!this.lead) return;
    this.dispatchEvent(new CustomEvent<LeadDeleteDetail>('markt-lead-delete', { detail: { id: this.lead.id }, bubbles: true, composed: true }));
  }

  /** The dialog closed (either choice, or Escape): the focus goes back to the button that opened it, if the card stays. */
  #deleteClosed(): void {
    this.confirmingDelete = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button.delete')?.focus();
  }

  #toggleTag(tag: string, on: boolean): void {
    const current = this.lead?.tags ?? [];
    this.#change({ tags: on ? [...new Set([...current, tag])] : current.filter((t) => t !== tag) });
  }

  /** Saves the field's text (over a note saved on the other tablet meanwhile, if one is offered). */
  #saveNotes(): void {
    if (this.otherNotes !== undefined) this.#savedNotes = this.otherNotes;
    this.otherNotes = undefined;
    const notes = this.notesText;
    this.#sentNotes = notes;
    this.#change({ notes: notes.trim() ? notes : null });
  }

  /**
   * Staff left the notes field: typed text is saved, so it does not depend on the button. Not while a note from
   * the other tablet waits for staff's choice, and not when the text is what was just sent.
   */
  #notesBlurred(): void {
    this.#notesFocused = false;
    if (this.otherNotes !== undefined || this.notesText === this.#savedNotes || this.notesText === this.#sentNotes) return;
    this.#saveNotes();
  }

  /** "Save notes": saves the field's text, unless leaving the field (to press the button) just sent the same. */
  #saveButton(): void {
    if (this.otherNotes === undefined && this.#sentNotes !== undefined && this.notesText === this.#sentNotes) return;
    this.#saveNotes();
  }

  /** "Use theirs": the field takes the note saved on the other tablet (nothing is sent: the server has it). */
  #takeOtherNotes(): void {
    if (this.otherNotes === undefined) return;
    this.#savedNotes = this.notesText = this.otherNotes;
    this.otherNotes = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus());
  }

  /** "Keep my note": the typed text is saved over the other tablet's note. */
  #keepMyNotes(): void {
    this.#saveNotes();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus());
  }

  override render() {
    const lead = this.lead;
    if (!lead) return nothing;
    const t = this.#i18n.t;
    const id = lead.id;
    const time = new Date(lead.createdAt).toLocaleTimeString(this.#i18n.locale, { hour: '2-digit', minute: '2-digit' });
    const language = isLocale(lead.locale) ? LOCALE_NAMES[lead.locale] : lead.locale;
    const tags = [...new Set([...this.tags, ...lead.tags])];
    const unread = this.isNew && lead.status === 'new';
    return html`<article part="card" aria-labelledby="name-${id}" @pointerdown=${this.#seen} @focusin=${this.#seen}>
      <h3 id="name-${id}" tabindex="-1">
        ${lead.contact.name || t('lead.anonymous')}${unread ? html`<span class="badge">${t('leads.new')}</span>` : nothing}
      </h3>
      <p class="meta">
        ${this.standNumber ? html`<span class="stand">${t('lead.stand', { number: this.standNumber })}</span> · ` : nothing}${this.offerTitle ? t('lead.offer', { offer: this.offerTitle }) : lead.offerId ? t('lead.offer', { offer: lead.offerId }) : t('lead.general')}
        · <time datetime=${lead.createdAt}>${t('lead.received', { time })}</time>
      </p>
      <dl>
        ${lead.contact.phone
          ? html`<dt>${t('lead.phone')}</dt>
              <dd><a href="tel:${lead.contact.phone.replace(/[^+0-9]/g, '')}">${lead.contact.phone}</a></dd>`
          : nothing}
        ${lead.contact.email
          ? html`<dt>${t('lead.email')}</dt>
              <dd><a href="mailto:${lead.contact.email}">${lead.contact.email}</a></dd>`
          : nothing}
        <dt>${t('lead.language')}</dt>
        <dd>${language}</dd>
        ${lead.message
          ? html`<dt>${t('lead.message')}</dt>
              <dd dir="auto">${lead.message}</dd>`
          : nothing}
      </dl>
      <fieldset>
        <legend>${t('lead.rating')}</legend>
        <div class="choices">
          ${[1, 2, 3, 4, 5].map(
            (n) => html`<label
              ><input
                type="radio"
                name="rating-${id}"
                value=${n}
                .checked=${live(lead.rating === n)}
                aria-label=${t('lead.ratingValue', { n })}
                @change=${() => this.#change({ rating: n })}
              />${n}</label
            >`,
          )}
        </div>
      </fieldset>
      <div class="row">
        <label for="status-${id}">${t('lead.status')}</label>
        <select id="status-${id}" .value=${live(lead.status)} @change=${(e: Event) => this.#change({ status: (e.target as HTMLSelectElement).value as LeadStatus })}>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${lead.status === s}>${t(`status.${s}`)}</option>`)}
        </select>
      </div>
      ${tags.length > 0
        ? html`<fieldset>
            <legend>${t('lead.tags')}</legend>
            <div class="choices">
              ${tags.map(
                (tag) => html`<label
                  ><input type="checkbox" .checked=${live(lead.tags.includes(tag))} @change=${(e: Event) => this.#toggleTag(tag, (e.target as HTMLInputElement).checked)} />${tag}</label
                >`,
              )}
            </div>
          </fieldset>`
        : nothing}
      <div class="row">
        <label for="notes-${id}">${t('lead.notes')}</label>
        <textarea
          id="notes-${id}"
          rows="2"
          maxlength="2000"
          dir="auto"
          .value=${live(this.notesText)}
          @input=${(e: Event) => (this.notesText = (e.target as HTMLTextAreaElement).value)}
          @focus=${() => (this.#notesFocused = true)}
          @blur=${this.#notesBlurred}
        ></textarea>
        ${this.otherNotes !== undefined
          ? html`<div class="notes-conflict" role="status">
              <p>${t('lead.notesChanged')}</p>
              <blockquote dir="auto">${this.otherNotes || t('lead.notesEmpty')}</blockquote>
              <div class="actions">
                <button @click=${this.#takeOtherNotes}>${t('lead.notesTakeTheirs')}</button>
                <button @click=${this.#keepMyNotes}>${t('lead.notesKeepMine')}</button>
              </div>
            </div>`
          : nothing}
        <div><button @click=${this.#saveButton}>${t('lead.saveNotes')}</button></div>
      </div>
      ${this.error ? html`<p class="error" role="alert">${t('lead.saveFailed', { message: this.error })}</p>` : nothing}
      <div class="row delete-row">
        <div><button class="delete" @click=${this.#askDelete}>${t('lead.delete')}</button></div>
      </div>
      ${this.deleteError ? html`<p class="error" role="alert">${t('lead.deleteFailed', { message: this.deleteError })}</p>` : nothing}
      ${this.confirmingDelete ? this.#renderDeleteConfirm(id, lead.contact.name || t('lead.anonymous')) : nothing}
    </article>`;
  }

  #renderDeleteConfirm(id: string, name: string) {
    const t = this.#i18n.t;
    return html`<dialog class="delete" aria-labelledby="delete-title-${id}" aria-describedby="delete-text-${id}" @close=${this.#deleteClosed}>
      <h4 id="delete-title-${id}">${t('lead.deleteTitle', { name })}</h4>
      <p id="delete-text-${id}">${t('lead.deleteText')}</p>
      <div class="actions">
        <button class="keep" autofocus @click=${(e: Event) => (e.target as HTMLElement).closest('dialog')?.close()}>${t('lead.deleteCancel')}</button>
        <button class="confirm-delete" @click=${this.#confirmDelete}>${t('lead.deleteConfirm')}</button>
      </div>
    </dialog>`;
  }
}
