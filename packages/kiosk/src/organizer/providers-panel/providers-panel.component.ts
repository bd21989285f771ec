import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LOCALES, OFFER_KINDS, PROVIDER_KINDS, type Locale, type Offer, type OfferKind, type OfferInput, type Provider, type ProviderKind } from '@markt/sdk';
import { OfferSchema, ProviderSchema, check } from '@markt/sdk/schemas';
import { ApiError, type OrgApi } from '../api/org-api.js';
import type { FieldIssue } from '../event-form/event-form.component.js';
import { fieldMessage } from '../shared/field-message.js';
import { errorText } from '../shared/error-text.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { directionOf, langTagOf } from '../../i18n/catalog.js';
import { hasLanguage } from '../translation-coverage/coverage.js';
import type { CoverageFilterDetail } from '../translation-coverage/translation-coverage.component.js';
import { providersPanelStyles } from './providers-panel.styles.js';

/** The part of the API the panel uses (injectable for tests). */
export type ProvidersApi = Pick<OrgApi, 'list' | 'create' | 'put' | 'remove' | 'importCsv'>;

/** Detail of `markt-catalog-change`: the event's providers and offers after a change. */
export interface CatalogChangeDetail {
  providers: Provider[];
  offers: Offer[];
}

type Editing = { what: 'provider'; item?: Provider } | { what: 'offer'; item?: Offer };

/** The visitor languages besides German (which every offer needs): optional in the offer form. */
const OTHER_LANGUAGES = LOCALES.filter((l) => l !== 'de');

/**
 * A new id from a name: lower-case letters and digits, plus a random suffix so two "Caritas" differ.
 * @param name the display name
 * @returns an id that `IdSchema` accepts
 * @example idFrom('Bildungswerk Nord') // 'bildungswerk-nord-4f2a'
 */
export function idFrom(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'x'}-${crypto.randomUUID().slice(0, 4)}`;
}

/**
 * @summary Providers and offers of an event: tables with add, edit and delete (forms validated with the
 * SDK's schemas, errors next to each field), and the CSV import.
 * @event markt-catalog-change - {CatalogChangeDetail} providers or offers changed
 * @csspart providers - the providers table
 * @csspart offers - the offers table
 * @cssproperty --markt-primary - colour of buttons and the edit form's frame
 */
export class ProvidersPanel extends OrganizerElement {
  static override styles = providersPanelStyles;

  /** The API (an {@link OrgApi} or a stand-in). */
  @property({ attribute: false }) api: ProvidersApi | undefined;
  /** The event whose providers and offers are shown. */
  @property({ attribute: 'event-id' }) eventId = '';
  /** Providers (loaded by the panel when an api is set; may also be given). */
  @property({ attribute: false }) providers: Provider[] = [];
  /** Offers (as providers). */
  @property({ attribute: false }) offers: Offer[] = [];
  /** The event's visitor languages: the translation coverage counts these (all by default). */
  @property({ attribute: false }) languages: readonly Locale[] = LOCALES;

  @state() private editing: Editing | undefined;
  @state() private issues: readonly FieldIssue[] = [];
  @state() private error = '';
  /** The row waiting for "really delete?". */
  @state() private confirming: { what: 'providers' | 'offers'; id: string } | undefined;
  /** Only the offers without a title and summary in this language are listed. */
  @state() private missing: Locale | null = null;
  /** The offer form's "other languages" are open. */
  @state() private othersOpen = false;
  /** How many of the other languages the offer form has a title and summary for (follows the typing). */
  @state() private othersFilled = 0;

  /** Something was typed or chosen in the open add/edit form since it opened. */
  #touched = false;

  readonly #touch = (event: globalThis.Event): void => {
    if ((event.composedPath()[0] as Element | undefined)?.closest?.('form.edit')) this.#touched = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // The same listener each time: connecting again adds none.
    this.renderRoot.addEventListener('input', this.#touch);
    this.renderRoot.addEventListener('change', this.#touch);
  }

  /**
   * Whether the open add/edit form holds input that is not saved (the organizer page asks before throwing it away).
   * @returns true while a provider or offer form is open and something was typed or chosen in it
   * @example if (panel.hasUnsavedChanges()) await askDiscard();
   */
  hasUnsavedChanges(): boolean {
    return this.editing !== undefined && this.#touched;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('eventId') || changed.has('api')) && this.api && this.eventId) void this.reload();
  }

  /** Loads providers and offers again. */
  async reload(): Promise<void> {
    if (!this.api || !this.eventId) return;
    try {
      [this.providers, this.offers] = await Promise.all([this.api.list<Provider>(this.eventId, 'providers'), this.api.list<Offer>(this.eventId, 'offers')]);
      this.emit<CatalogChangeDetail>('markt-catalog-change', { providers: this.providers, offers: this.offers });
    } catch (error) {
      this.error = this.#message(error);
    }
  }

  #message(error: unknown): string {
    return this.t('app.error', { message: errorText(error, (key) => this.t(key)) });
  }

  #edit(editing: Editing | undefined): void {
    this.editing = editing;
    this.#touched = false;
    this.issues = [];
    const offer = editing?.what === 'offer' ? editing.item : undefined;
    this.othersFilled = offer ? OTHER_LANGUAGES.filter((l) => hasLanguage(offer, l)).length : 0;
    // Opened from the list of offers missing a language: that language is what the organizer came to fill in.
    const missing = editing?.what === 'offer' && offer && this.missing ? this.missing : null;
    this.othersOpen = missing !== null && missing !== 'de';
    const first = this.othersOpen ? `form.edit #title-${missing}` : 'form.edit input, form.edit select';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(first)?.focus());
  }

  /** Closes the form (saved or cancelled) and gives the focus back to where it was opened, not to the page. */
  #close(): void {
    const closed = this.editing;
    this.editing = undefined;
    this.#touched = false;
    this.issues = [];
    if (!closed) return;
    const id = closed.item?.id;
    const opener = id ? `tr[data-id="${CSS.escape(id)}"] button.edit` : closed.what === 'provider' ? 'button.add-provider' : 'button.add-offer';
    // An offer saved with the missing language leaves the filtered list: the focus goes to the next one to fill in.
    const index = id && closed.what === 'offer' ? this.#shownOffers().findIndex((o) => o.id === id) : -1;
    void this.updateComplete.then(() => {
      const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="offers"] tbody tr button.edit')];
      const target = this.renderRoot.querySelector<HTMLElement>(opener) ?? rows[index] ?? rows.at(-1) ?? this.renderRoot.querySelector<HTMLElement>('button.add-offer');
      target?.focus();
    });
  }

  /** The offers the table lists: all, or those missing the language of the coverage filter. */
  #shownOffers(): Offer[] {
    const missing = this.missing;
    return missing ? this.offers.filter((o) => !hasLanguage(o, missing)) : this.offers;
  }

  #filter(event: CustomEvent<CoverageFilterDetail>): void {
    this.missing = event.detail.language;
  }

  #focusFirstInvalid(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form.edit [aria-invalid="true"]')?.focus());
  }

  async #store(what: 'providers' | 'offers', value: Provider | Offer, isNew: boolean): Promise<void> {
    if (!this.api) return;
    // An earlier failure stays no longer than the next try: it would read as if this one failed too.
    this.error = '';
    try {
      if (isNew) await this.api.create(this.eventId, what, value);
      else await this.api.put(this.eventId, what, value.id, value);
      await this.reload();
      this.#close();
    } catch (error) {
      if (error instanceof ApiError && error.details.length > 0) {
        this.issues = error.details;
        this.#focusFirstInvalid();
      }
      else this.error = this.#message(error);
    }
  }

  #askDelete(what: 'providers' | 'offers', id: string): void {
    this.confirming = { what, id };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm button.danger')?.focus());
  }

  #cancelDelete(): void {
    const pending = this.confirming;
    this.confirming = undefined;
    if (pending) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(pending.id)}"] button.delete`)?.focus());
  }

  async #delete(what: 'providers' | 'offers', id: string): Promise<void> {
    if (!this.api) return;
    this.confirming = undefined;
    this.error = '';
    const rowDelete = (rowId: string) => `tr[data-id="${CSS.escape(rowId)}"] button.delete`;
    try {
      await this.api.remove(this.eventId, what, id);
      const before = (what === 'providers' ? this.providers : this.offers).map((r) => r.id);
      await this.reload();
      // The focus goes on, not to the page: the next row's delete button (or the one before), else "add".
      const left = new Set((what === 'providers' ? this.providers : this.offers).map((r) => r.id));
      const index = before.indexOf(id);
      const next = [...before.slice(index + 1), ...before.slice(0, Math.max(index, 0)).reverse()].find((r) => left.has(r));
      this.#focusAfterRender(next ? rowDelete(next) : what === 'providers' ? 'button.add-provider' : 'button.add-offer');
    } catch (error) {
      this.error = this.#message(error);
      // Not deleted (the reason is in the alert): back on the row's own delete button.
      this.#focusAfterRender(rowDelete(id));
    }
  }

  #focusAfterRender(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #submitProvider(event: SubmitEvent): void {
    event.preventDefault();
    if (this.editing?.what !== 'provider') return;
    const data = new FormData(event.target as HTMLFormElement);
    const name = String(data.get('name') ?? '').trim();
    const website = String(data.get('website') ?? '').trim();
    const current = this.editing.item;
    const input = { ...(current ?? {}), id: current?.id ?? idFrom(name), name, kind: String(data.get('kind')) as ProviderKind, ...(website ? { website } : {}) };
    if (!website) delete input.website;
    const result = check(ProviderSchema, input);
    if (!result.ok) {
      this.issues = result.issues;
      this.#focusFirstInvalid();
      return;
    }
    void this.#store('providers', result.value, !current);
  }

  #submitOffer(event: SubmitEvent): void {
    event.preventDefault();
    if (this.editing?.what !== 'offer') return;
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const current = this.editing.item;
    const input = {
      ...(current ?? {}),
      id: current?.id ?? idFrom(text('titleDe')),
      providerId: text('providerId'),
      kind: text('kind') as OfferKind,
      title: localizedFrom(data, 'title', text('titleDe')),
      summary: localizedFrom(data, 'summary', text('summaryDe')),
    };
    const result = check(OfferSchema, input);
    if (!result.ok) {
      this.issues = result.issues;
      this.#focusFirstInvalid();
      return;
    }
    void this.#store('offers', result.value, !current);
  }

  #issue(path: string): string | undefined {
    const message = this.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
    return message === undefined ? undefined : fieldMessage(message, (key, params) => this.t(key, params));
  }

  #input(id: string, path: string, label: string, value: string, type = 'text') {
    const issue = this.#issue(path);
    return html`<label for=${id}>${label}</label>
      <input id=${id} name=${id} type=${type} .value=${value} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? `${id}-error` : nothing} />
      ${issue ? html`<p id="${id}-error" class="error">${issue}</p>` : nothing}`;
  }

  /** A title (one line) or summary (a few lines) field in a visitor language, with its `lang` and `dir`. */
  #textIn(field: 'title' | 'summary', language: Locale, value: string, id = `${field}-${language}`) {
    const issue = this.#issue(`${field}.${language}`);
    const label = this.t(field === 'title' ? 'offers.titleIn' : 'offers.summaryIn', { language: this.t(`lang.${language}`) });
    const describedBy = issue ? `${id}-error` : nothing;
    return html`<label for=${id}>${label}</label>
      ${field === 'title'
        ? html`<input id=${id} name=${id} lang=${langTagOf(language)} dir=${directionOf(language)} .value=${value} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${describedBy} />`
        : html`<textarea id=${id} name=${id} rows="3" lang=${langTagOf(language)} dir=${directionOf(language)} .value=${value} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${describedBy}></textarea>`}
      ${issue ? html`<p id="${id}-error" class="error">${issue}</p>` : nothing}`;
  }

  /** Recounts the filled-in languages while the organizer types (the count is in the collapsed summary). */
  #countOthers(event: Event): void {
    const form = (event.target as HTMLElement).closest('form');
    if (!form) return;
    const data = new FormData(form);
    const filled = (name: string) => String(data.get(name) ?? '').trim() !== '';
    this.othersFilled = OTHER_LANGUAGES.filter((l) => filled(`title-${l}`) && filled(`summary-${l}`)).length;
  }

  #otherLanguages(item: Offer | undefined) {
    // A field at fault must be seen (and focused), so its section opens.
    const faulty = OTHER_LANGUAGES.some((l) => this.#issue(`title.${l}`) || this.#issue(`summary.${l}`));
    return html`<details class="languages" ?open=${this.othersOpen || faulty} @toggle=${(e: Event) => (this.othersOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${this.t('offers.otherLanguages', { filled: this.othersFilled, total: OTHER_LANGUAGES.length })}</summary>
      <p class="hint">${this.t('offers.otherLanguagesHint')}</p>
      ${OTHER_LANGUAGES.map(
        (l) => html`<div class="language" data-language=${l}>${this.#textIn('title', l, item?.title[l] ?? '')} ${this.#textIn('summary', l, item?.summary[l] ?? '')}</div>`,
      )}
    </details>`;
  }

  #select<T extends string>(id: string, label: string, options: readonly T[], chosen: string | undefined, name: (value: T) => string) {
    const issue = this.#issue(id);
    return html`<label for=${id}>${label}</label>
      <select id=${id} name=${id} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? `${id}-error` : nothing}>
        ${options.map((o) => html`<option value=${o} ?selected=${o === chosen}>${name(o)}</option>`)}
      </select>
      ${issue ? html`<p id="${id}-error" class="error">${issue}</p>` : nothing}`;
  }

  #actions(what: 'providers' | 'offers', id: string, label: string, onEdit: () => void) {
    if (this.confirming?.what === what && this.confirming.id === id) {
      const question = what === 'providers' ? this.t('providers.deleteConfirm', { name: label }) : this.t('offers.deleteConfirm', { name: label });
      return html`<td class="actions">
        <div class="confirm" role="group" aria-label=${this.t('row.deleteNamed', { name: label })} aria-describedby="delete-question">
          <span id="delete-question">${question}</span>
          <button type="button" class="danger" aria-describedby="delete-question" @click=${() => this.#delete(what, id)}>${this.t('row.deleteYes')}</button>
          <button type="button" class="secondary" @click=${this.#cancelDelete}>${this.t('row.cancel')}</button>
        </div>
      </td>`;
    }
    return html`<td class="actions">
      <button type="button" class="secondary edit" aria-label=${this.t('row.editNamed', { name: label })} @click=${onEdit}>${this.t('row.edit')}</button>
      <button type="button" class="secondary delete" aria-label=${this.t('row.deleteNamed', { name: label })} @click=${() => this.#askDelete(what, id)}>${this.t('row.delete')}</button>
    </td>`;
  }

  #formButtons() {
    return html`<div class="actions">
      <button type="submit">${this.t('row.save')}</button>
      <button type="button" class="secondary" @click=${this.#close}>${this.t('row.cancel')}</button>
    </div>`;
  }

  #providerForm(item: Provider | undefined) {
    return html`<form class="edit" novalidate @submit=${this.#submitProvider} aria-label=${item ? this.t('row.editNamed', { name: item.name }) : this.t('providers.add')}>
      ${this.#input('name', 'name', this.t('providers.name'), item?.name ?? '')}
      ${this.#select('kind', this.t('providers.kind'), PROVIDER_KINDS, item?.kind, (k) => this.t(`pk.${k}`))}
      ${this.#input('website', 'website', this.t('providers.website'), item?.website ?? '', 'url')} ${this.#formButtons()}
    </form>`;
  }

  #offerForm(item: Offer | undefined) {
    const providerIds = this.providers.map((p) => p.id);
    return html`<form class="edit" novalidate @submit=${this.#submitOffer} @input=${this.#countOthers} aria-label=${item ? this.t('row.editNamed', { name: item.title.de }) : this.t('offers.add')}>
      ${this.#select('providerId', this.t('offers.provider'), providerIds, item?.providerId, (id) => this.providers.find((p) => p.id === id)?.name ?? id)}
      ${this.#select('kind', this.t('offers.kind'), OFFER_KINDS, item?.kind, (k) => this.t(`ok.${k}`))}
      ${this.#textIn('title', 'de', item?.title.de ?? '', 'titleDe')} ${this.#textIn('summary', 'de', item?.summary.de ?? '', 'summaryDe')} ${this.#otherLanguages(item)} ${this.#formButtons()}
    </form>`;
  }

  /** While the coverage filter is on: how many offers it lists, in a live region, and the way back to all. */
  #filterLine(count: number) {
    const missing = this.missing;
    return html`<div class="filtered" role="status">
      ${missing
        ? html`<p>${this.t('coverage.filtered', { count, language: this.t(`lang.${missing}`) })}</p>
            <button type="button" class="secondary show-all" @click=${() => (this.missing = null)}>${this.t('coverage.showAll')}</button>`
        : nothing}
    </div>`;
  }

  override render() {
    const editing = this.editing;
    const shown = this.#shownOffers();
    return html`<p class="error" role="alert">${this.error}</p>
      <section aria-labelledby="h-providers">
        <h2 id="h-providers">${this.t('providers.title')}</h2>
        ${this.providers.length === 0
          ? html`<p>${this.t('providers.empty')}</p>`
          : html`<table part="providers">
              <thead><tr><th scope="col">${this.t('providers.name')}</th><th scope="col">${this.t('providers.kind')}</th><th scope="col">${this.t('providers.website')}</th><th scope="col">${this.t('row.actions')}</th></tr></thead>
              <tbody>
                ${this.providers.map(
                  (p) => html`<tr data-id=${p.id}>
                    <th scope="row">${p.name}</th>
                    <td>${this.t(`pk.${p.kind}`)}</td>
                    <td>${p.website ?? ''}</td>
                    ${this.#actions('providers', p.id, p.name, () => this.#edit({ what: 'provider', item: p }))}
                  </tr>`,
                )}
              </tbody>
            </table>`}
        ${editing?.what === 'provider'
          ? this.#providerForm(editing.item)
          : html`<button type="button" class="add-provider" @click=${() => this.#edit({ what: 'provider' })}>${this.t('providers.add')}</button>`}
      </section>
      <section aria-labelledby="h-offers">
        <h2 id="h-offers">${this.t('offers.title')}</h2>
        ${this.offers.length === 0
          ? html`<p>${this.t('offers.empty')}</p>`
          : html`<markt-translation-coverage
                .offers=${this.offers}
                .languages=${this.languages}
                .filter=${this.missing}
                locale=${this.locale}
                @markt-coverage-filter=${this.#filter}
              ></markt-translation-coverage>
              ${this.#filterLine(shown.length)}
              <table part="offers">
              <thead><tr><th scope="col">${this.t('offers.titleDe')}</th><th scope="col">${this.t('offers.provider')}</th><th scope="col">${this.t('offers.kind')}</th><th scope="col">${this.t('row.actions')}</th></tr></thead>
              <tbody>
                ${shown.map(
                  (o) => html`<tr data-id=${o.id}>
                    <th scope="row">${o.title.de}</th>
                    <td>${this.providers.find((p) => p.id === o.providerId)?.name ?? o.providerId}</td>
                    <td>${this.t(`ok.${o.kind}`)}</td>
                    ${this.#actions('offers', o.id, o.title.de, () => this.#edit({ what: 'offer', item: o }))}
                  </tr>`,
                )}
              </tbody>
            </table>`}
        ${editing?.what === 'offer'
          ? this.#offerForm(editing.item)
          : html`<button type="button" class="add-offer" ?disabled=${this.providers.length === 0} @click=${() => this.#edit({ what: 'offer' })}>${this.t('offers.add')}</button>`}
      </section>
      <markt-csv-import .api=${this.api} event-id=${this.eventId} locale=${this.locale} @markt-import-done=${() => this.reload()}></markt-csv-import>`;
  }
}

/**
 * A localized text from the offer form: German as given, each other language only when filled in, so an emptied
 * field removes its language (the offer is saved whole, by PUT).
 * @param data the form's fields (`title-ar`, `summary-uk`, …)
 * @param field which text
 * @param de the German text
 * @returns the text for `OfferSchema`
 * @example localizedFrom(data, 'title', 'Pflegehilfe') // { de: 'Pflegehilfe', ar: 'مساعد تمريض' }
 */
export function localizedFrom(data: FormData, field: 'title' | 'summary', de: string): OfferInput['title'] {
  const text: OfferInput['title'] = { de };
  for (const language of OTHER_LANGUAGES) {
    const value = String(data.get(`${field}-${language}`) ?? '').trim();
    if (value) text[language] = value;
  }
  return text;
}
