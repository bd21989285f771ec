import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  LOCALES,
  OFFER_KINDS,
  TARGET_GROUPS,
  type Event,
  type EventInput,
  type Locale,
  type OfferKind,
  type TargetGroup,
} from '@markt/sdk';
import { EventSchema, check } from '@markt/sdk/schemas';
import { LOCALE_NAMES } from '../../shared/locale.js';
import { fieldMessage } from '../shared/field-message.js';
import { fromLocalInput, toLocalInput } from '../shared/local-time.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { eventFormStyles } from './event-form.styles.js';

/** Detail of `markt-event-save`. */
export interface EventSaveDetail {
  /** The event, validated by `EventSchema` (defaults filled in). */
  event: Event;
  /** True when the form created a new event. */
  isNew: boolean;
}

/** One problem with one field, as the SDK's `check` or the server reports it. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The form fields and the schema path each one shows issues of. */
const FIELD_PATHS = {
  id: 'id',
  titleDe: 'title.de',
  titleEn: 'title.en',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  venueName: 'venue.name',
  venueAddress: 'venue.address',
  venueDistrict: 'venue.district',
  languages: 'languages',
  retentionDays: 'retentionDays',
  leadTags: 'leadTags',
  privacyController: 'privacy.controller',
  privacyContact: 'privacy.contact',
  privacyDpo: 'privacy.dpo',
  privacyUrl: 'privacy.url',
} as const;

/**
 * An event id suggested from its title: lower case, umlauts spelled out (ä → ae, ß → ss), other accents dropped,
 * anything else a "-"; what `IdSchema` accepts.
 * @param title e.g. `Jobmesse Süd 2026`
 * @returns e.g. `jobmesse-sued-2026` ('' for a title without letters or digits)
 * @example idFromTitle('Markt der Möglichkeiten') // 'markt-der-moeglichkeiten'
 */
export function idFromTitle(title: string): string {
  const spelled: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
  return title
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => spelled[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * The organizer's tag list from the form's text: comma-separated, trimmed, empty ones and repeats left out.
 * @param text e.g. `Rückruf, Bildungsgutschein,  , Rückruf`
 * @returns e.g. `['Rückruf', 'Bildungsgutschein']`
 * @example parseTags('Rückruf, Termin') // ['Rückruf', 'Termin']
 */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/**
 * @summary Overview and setup of an event: dates, venue, theme (target groups, offer kinds, employer focus),
 * visitor languages, retention days and who is responsible for the visitors' data (the privacy notice that
 * visitor pages show). Validated with the SDK's `EventSchema`; each problem is shown next
 * to its field and nothing is sent while the form is invalid.
 * @event markt-event-save - {EventSaveDetail} the valid event, to be stored
 * @csspart form - the form
 * @cssproperty --markt-error - colour of field errors
 * @cssproperty --markt-primary - button colour
 */
export class EventForm extends OrganizerElement {
  static override styles = eventFormStyles;

  /** The event to edit; none for a new event. */
  @property({ attribute: false }) event: Event | undefined;
  /** Issues the server reported for the last save (shown like the form's own). */
  @property({ attribute: false }) serverIssues: readonly FieldIssue[] = [];

  @state() private issues: readonly FieldIssue[] = [];
  /** The organizer typed in the id field: the title no longer suggests it. */
  #idTouched = false;

  /** Something was typed or chosen since the form showed this event (or opened empty). */
  #touched = false;

  readonly #touch = (): void => {
    this.#touched = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // The same listener each time: connecting again adds none.
    this.renderRoot.addEventListener('input', this.#touch);
    this.renderRoot.addEventListener('change', this.#touch);
  }

  /**
   * Whether the form holds input that is not saved (the organizer page asks before throwing it away).
   * @returns true once something was typed or chosen, until the page gives the form the saved event
   * @example if (form.hasUnsavedChanges()) await askDiscard();
   */
  hasUnsavedChanges(): boolean {
    return this.#touched;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('serverIssues')) this.issues = this.serverIssues;
    // The page gives the form the event as saved: nothing typed is unsaved any more.
    if (changed.has('event')) this.#touched = false;
  }

  /** The event as the form currently describes it (not yet validated). */
  value(): EventInput {
    const form = this.renderRoot.querySelector('form');
    if (!form) throw new Error('the form is not rendered yet');
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const optional = (name: string) => (text(name) ? text(name) : undefined);
    const titleEn = optional('titleEn');
    const address = optional('venueAddress');
    const district = optional('venueDistrict');
    const retention = text('retentionDays');
    // Who is responsible for the visitors' data: left out when all four are empty; else as typed, so the schema names
    // a missing controller or contact at its field.
    const dpo = optional('privacyDpo');
    const url = optional('privacyUrl');
    const privacy =
      text('privacyController') || text('privacyContact') || dpo || url
        ? { controller: text('privacyController'), contact: text('privacyContact'), ...(dpo ? { dpo } : {}), ...(url ? { url } : {}) }
        : undefined;
    const input: EventInput = {
      id: this.event?.id ?? text('id'),
      title: { ...(this.event?.title ?? {}), de: text('titleDe'), ...(titleEn ? { en: titleEn } : {}) },
      startsAt: fromLocalInput(text('startsAt'), this.event?.startsAt),
      endsAt: fromLocalInput(text('endsAt'), this.event?.endsAt),
      venue: { name: text('venueName'), ...(address ? { address } : {}), ...(district ? { district } : {}) },
      theme: {
        targetGroups: data.getAll('targetGroups').map(String) as TargetGroup[],
        offerKinds: data.getAll('offerKinds').map(String) as OfferKind[],
        employerFocus: data.get('employerFocus') === 'on',
      },
      languages: data.getAll('languages').map(String) as Locale[],
      retentionDays: retention === '' ? Number.NaN : Number(retention),
      leadTags: parseTags(text('leadTags')),
      ...(this.event?.floorPlan ? { floorPlan: this.event.floorPlan } : {}),
      ...(privacy ? { privacy } : {}),
    };
    if (!titleEn && input.title.en) delete input.title.en;
    return input;
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const result = check(EventSchema, this.value());
    if (!result.ok) {
      this.issues = result.issues;
      void this.updateComplete.then(() => this.#focusFirstInvalid());
      return;
    }
    this.issues = [];
    this.emit<EventSaveDetail>('markt-event-save', { event: result.value, isNew: !this.event });
  }

  /**
   * Puts the keyboard focus on the form's first field (a page that just opened the form calls it, so the focus does
   * not fall back to the page's body).
   * @returns when the field has the focus
   * @example await form.focusFirstField();
   */
  async focusFirstField(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  #focusFirstInvalid(): void {
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  #issue(field: keyof typeof FIELD_PATHS): string | undefined {
    const path = FIELD_PATHS[field];
    const message = this.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
    if (message === undefined) return undefined;
    // Controller and contact are optional until any privacy field is filled: an empty one then says why it is needed,
    // or "Bitte ausfüllen." would contradict the hint that they may stay empty.
    if ((field === 'privacyController' || field === 'privacyContact') && /^must not be empty$|^must be a text that is not empty$/.test(message)) {
      return this.t('form.privacyNeedsBoth');
    }
    return fieldMessage(message, (key, params) => this.t(key, params));
  }

  /** How many fields the form marks as invalid (a field with two issues is one field; issues of no field are not counted). */
  #markedCount(): number {
    return (Object.keys(FIELD_PATHS) as (keyof typeof FIELD_PATHS)[]).filter((field) => {
      if (field === 'id' && this.event) return false;
      return this.#issue(field) !== undefined;
    }).length;
  }

  /** While the id was not typed in, the German title suggests it. */
  #titleInput(event: InputEvent): void {
    if (this.#idTouched || this.event) return;
    const id = this.renderRoot.querySelector<HTMLInputElement>('#id');
    if (id) id.value = idFromTitle((event.target as HTMLInputElement).value);
  }

  /** Issues that belong to no field of the form (the server may name e.g. `floorPlan` or `theme`): said in the alert. */
  #unplaced(): readonly FieldIssue[] {
    const paths = Object.values(FIELD_PATHS);
    return this.issues.filter((i) => !paths.some((p) => i.path === p || i.path.startsWith(`${p}.`)));
  }

  #field(
    field: keyof typeof FIELD_PATHS,
    label: string,
    type: string,
    value: string,
    attrs: { required?: boolean; min?: string; max?: string; hint?: string; onInput?: (event: InputEvent) => void } = {},
  ) {
    const issue = this.#issue(field);
    const describedBy = [issue ? `${field}-error` : '', attrs.hint ? `${field}-hint` : ''].filter(Boolean).join(' ');
    return html`<div>
      <label for=${field}>${label}</label>
      <input
        id=${field}
        name=${field}
        type=${type}
        .value=${value}
        ?required=${attrs.required ?? false}
        min=${attrs.min ?? nothing}
        max=${attrs.max ?? nothing}
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${attrs.onInput ?? nothing}
      />
      ${attrs.hint ? html`<p id="${field}-hint" class="hint">${attrs.hint}</p>` : nothing}
      ${issue ? html`<p id="${field}-error" class="error">${issue}</p>` : nothing}
    </div>`;
  }

  #choices<T extends string>(name: string, legend: string, all: readonly T[], chosen: readonly T[], labelOf: (value: T) => string, issue?: string) {
    return html`<fieldset aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? `${name}-error` : nothing} tabindex=${issue ? '-1' : nothing}>
      <legend>${legend}</legend>
      <div class="choices">
        ${all.map(
          (value) =>
            html`<label class="check"
              ><input type="checkbox" name=${name} value=${value} .checked=${chosen.includes(value)} />${labelOf(value)}</label
            >`,
        )}
      </div>
      ${issue ? html`<p id="${name}-error" class="error">${issue}</p>` : nothing}
    </fieldset>`;
  }

  override render() {
    const e = this.event;
    const theme = e?.theme;
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <p class="error" role="alert">
        ${this.#markedCount() > 0 ? this.t('form.invalid', { count: this.#markedCount() }) : nothing}
        ${this.#unplaced().map((i) => html`<span>${i.path ? `${i.path}: ` : ''}${fieldMessage(i.message, (key, params) => this.t(key, params))}</span> `)}
      </p>
      ${e
        ? nothing
        : this.#field('id', this.t('form.id'), 'text', '', { required: true, hint: this.t('form.idHint'), onInput: (ev) => (this.#idTouched = (ev.target as HTMLInputElement).value !== '') })}
      <div class="row">
        ${this.#field('titleDe', this.t('form.titleDe'), 'text', e?.title.de ?? '', { required: true, onInput: (ev) => this.#titleInput(ev) })}
        ${this.#field('titleEn', this.t('form.titleEn'), 'text', e?.title.en ?? '')}
      </div>
      <div class="row">
        ${this.#field('startsAt', this.t('form.startsAt'), 'datetime-local', toLocalInput(e?.startsAt), { required: true })}
        ${this.#field('endsAt', this.t('form.endsAt'), 'datetime-local', toLocalInput(e?.endsAt), { required: true })}
      </div>
      <div class="row">
        ${this.#field('venueName', this.t('form.venueName'), 'text', e?.venue.name ?? '', { required: true })}
        ${this.#field('venueAddress', this.t('form.venueAddress'), 'text', e?.venue.address ?? '')}
        ${this.#field('venueDistrict', this.t('form.venueDistrict'), 'text', e?.venue.district ?? '')}
      </div>
      <fieldset>
        <legend>${this.t('form.theme')}</legend>
        ${this.#choices('targetGroups', this.t('form.targetGroups'), TARGET_GROUPS, theme?.targetGroups ?? [], (g) => this.t(`tg.${g}`))}
        ${this.#choices('offerKinds', this.t('form.offerKinds'), OFFER_KINDS, theme?.offerKinds ?? [], (k) => this.t(`ok.${k}`))}
        <label class="check"><input type="checkbox" name="employerFocus" .checked=${theme?.employerFocus ?? false} />${this.t('form.employerFocus')}</label>
      </fieldset>
      ${this.#choices('languages', this.t('form.languages'), LOCALES, e?.languages ?? ['de', 'en'], (l) => LOCALE_NAMES[l], this.#issue('languages'))}
      ${this.#field('retentionDays', this.t('form.retentionDays'), 'number', String(e?.retentionDays ?? 30), { required: true, min: '1', max: '365' })}
      ${this.#field('leadTags', this.t('form.leadTags'), 'text', (e?.leadTags ?? []).join(', '), { hint: this.t('form.leadTagsHint') })}
      <fieldset class="privacy" aria-describedby="privacy-hint">
        <legend>${this.t('form.privacy')}</legend>
        <p id="privacy-hint" class="hint">${this.t('form.privacyHint')}</p>
        <div class="row">
          ${this.#field('privacyController', this.t('form.privacyController'), 'text', e?.privacy?.controller ?? '')}
          ${this.#field('privacyContact', this.t('form.privacyContact'), 'text', e?.privacy?.contact ?? '')}
        </div>
        <div class="row">
          ${this.#field('privacyDpo', this.t('form.privacyDpo'), 'text', e?.privacy?.dpo ?? '')}
          ${this.#field('privacyUrl', this.t('form.privacyUrl'), 'url', e?.privacy?.url ?? '', { hint: this.t('form.privacyUrlHint') })}
        </div>
      </fieldset>
      <button type="submit">${e ? this.t('form.save') : this.t('form.create')}</button>
    </form>`;
  }
}
