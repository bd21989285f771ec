import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Event } from '@markt/sdk';
import type { CloneRequest } from '../api/org-api.js';
import type { FieldIssue } from '../event-form/event-form.component.js';
import { fieldMessage } from '../shared/field-message.js';
import { fromLocalInput } from '../shared/local-time.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { cloneFormStyles } from './clone-form.styles.js';

/** Detail of `markt-clone`: the template event's id and the body of `POST /api/org/events/:id/clone`. */
export interface CloneDetail {
  templateId: string;
  request: CloneRequest;
}

const FIELD_PATHS = {
  cloneTitleDe: 'title.de',
  cloneTitleEn: 'title.en',
  cloneStartsAt: 'startsAt',
  cloneEndsAt: 'endsAt',
  cloneVenueName: 'venue.name',
} as const;
type Field = keyof typeof FIELD_PATHS;

/**
 * @summary "Use as template": a new event from an existing one. Asks for the new title, start and end, and
 * venue, and whether to take over the providers (with their stands) and their offers (only with the providers).
 * Visits, leads and devices are never copied (the server's `cloneEvent`).
 * @event markt-clone - {CloneDetail} the checked request, to be sent
 * @event markt-clone-cancel - the organizer went back without copying
 * @csspart form - the form
 */
export class CloneForm extends OrganizerElement {
  static override styles = cloneFormStyles;

  /** The event used as the template. */
  @property({ attribute: false }) template: Event | undefined;
  /** Issues the server reported (shown next to their fields). */
  @property({ attribute: false }) serverIssues: readonly FieldIssue[] = [];
  /** True while the copy is being made. */
  @property({ type: Boolean }) busy = false;

  @state() private issues: readonly FieldIssue[] = [];
  @state() private includeProviders = true;
  /** The organizer's own choice for the offers (shown only while the providers are taken). */
  @state() private includeOffers = true;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('serverIssues')) this.issues = this.serverIssues;
  }

  /**
   * The request as the form currently describes it, checked for the obvious: title, dates in order, venue.
   * @returns the request and the problems found (none: it can be sent)
   */
  value(): { request: CloneRequest; issues: FieldIssue[] } {
    const form = this.renderRoot.querySelector('form');
    if (!form) throw new Error('the form is not rendered yet');
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const titleEn = text('cloneTitleEn');
    const includeProviders = data.get('includeProviders') === 'on';
    const request: CloneRequest = {
      title: { de: text('cloneTitleDe'), ...(titleEn ? { en: titleEn } : {}) },
      startsAt: fromLocalInput(text('cloneStartsAt')),
      endsAt: fromLocalInput(text('cloneEndsAt')),
      // Same venue: keep its address and district; another venue: only its name (edit the rest in the new event).
      venue: text('cloneVenueName') === this.template?.venue.name ? { ...this.template.venue } : { name: text('cloneVenueName') },
      includeProviders,
      includeOffers: includeProviders && data.get('includeOffers') === 'on',
    };
    const issues: FieldIssue[] = [];
    const required = this.t('clone.required');
    if (!request.title?.de) issues.push({ path: 'title.de', message: required });
    if (!request.startsAt) issues.push({ path: 'startsAt', message: required });
    if (!request.endsAt) issues.push({ path: 'endsAt', message: required });
    else if (request.startsAt && Date.parse(request.endsAt) < Date.parse(request.startsAt)) issues.push({ path: 'endsAt', message: this.t('clone.endBeforeStart') });
    if (!request.venue.name) issues.push({ path: 'venue.name', message: required });
    return { request, issues };
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    if (!this.template || this.busy) return;
    const { request, issues } = this.value();
    this.issues = issues;
    if (issues.length > 0) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.emit<CloneDetail>('markt-clone', { templateId: this.template.id, request });
  }

  #field(field: Field, label: string, type: string, value: string, required: boolean) {
    const path = FIELD_PATHS[field];
    const found = this.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
    const issue = found === undefined ? undefined : fieldMessage(found, (key, params) => this.t(key, params));
    return html`<div>
      <label for=${field}>${label}</label>
      <input
        id=${field}
        name=${field}
        type=${type}
        .value=${value}
        ?required=${required}
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby=${issue ? `${field}-error` : nothing}
      />
      ${issue ? html`<p id="${field}-error" class="error">${issue}</p>` : nothing}
    </div>`;
  }

  override render() {
    const e = this.template;
    if (!e) return nothing;
    const other = this.issues.filter((i) => !Object.values(FIELD_PATHS).some((p) => i.path === p || i.path.startsWith(`${p}.`)));
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <p>${this.t('clone.intro')}</p>
      <p class="error" role="alert">
        ${this.issues.length > 0 ? this.t('form.invalid', { count: this.issues.length }) : nothing}
        ${other.map((i) => html`<span>${i.path ? `${i.path}: ` : ''}${fieldMessage(i.message, (key, params) => this.t(key, params))}</span> `)}
      </p>
      <div class="row">
        ${this.#field('cloneTitleDe', this.t('form.titleDe'), 'text', e.title.de ?? '', true)}
        ${this.#field('cloneTitleEn', this.t('form.titleEn'), 'text', e.title.en ?? '', false)}
      </div>
      <div class="row">
        ${this.#field('cloneStartsAt', this.t('form.startsAt'), 'datetime-local', '', true)}
        ${this.#field('cloneEndsAt', this.t('form.endsAt'), 'datetime-local', '', true)}
      </div>
      ${this.#field('cloneVenueName', this.t('form.venueName'), 'text', e.venue.name, true)}
      <fieldset>
        <legend>${this.t('clone.take')}</legend>
        <label class="check"
          ><input
            type="checkbox"
            name="includeProviders"
            .checked=${this.includeProviders}
            @change=${(ev: globalThis.Event) => (this.includeProviders = (ev.target as HTMLInputElement).checked)}
          />${this.t('clone.providers')}</label
        >
        <label class="check"
          ><input
            type="checkbox"
            name="includeOffers"
            ?disabled=${!this.includeProviders}
            .checked=${this.includeProviders && this.includeOffers}
            @change=${(ev: globalThis.Event) => (this.includeOffers = (ev.target as HTMLInputElement).checked)}
            aria-describedby="offers-hint"
          />${this.t(
            'clone.offers',
          )}</label
        >
        <p id="offers-hint" class="hint">${this.t('clone.offersHint')}</p>
      </fieldset>
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${this.busy ? this.t('clone.busy') : this.t('clone.submit')}</button>
        <button type="button" class="secondary" @click=${() => this.emit('markt-clone-cancel', undefined)}>${this.t('clone.cancel')}</button>
      </div>
    </form>`;
  }
}
