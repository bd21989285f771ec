import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickText, type Event, type FloorPlan, type Locale, type Offer, type Provider, type Stand } from '@markt/sdk';
import { ApiError, OrgApi } from '../api/org-api.js';
import type { OrgSession, Poster, ReportData } from '../api/types.js';
import type { CloneDetail } from '../clone-form/clone-form.component.js';
import type { ImportDoneDetail } from '../csv-import/csv-import.component.js';
import type { EventForm, EventSaveDetail, FieldIssue } from '../event-form/event-form.component.js';
import type { FloorPlanChangeDetail, StandMoveDetail } from '../floor-plan-editor/floor-plan-editor.component.js';
import type { LoginDetail } from '../login-form/login-form.component.js';
import type { CatalogChangeDetail } from '../providers-panel/providers-panel.component.js';
import { newStandSize } from '../floor-plan-editor/floor-plan-editor.component.js';
import { idFrom } from '../providers-panel/providers-panel.component.js';
import { errorText } from '../shared/error-text.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { templateUrl, type TemplateImportedDetail } from '../template-file/template-import.component.js';
import { organizerAppStyles } from './organizer-app.styles.js';

/** The sections of an event. */
export const TABS = ['overview', 'providers', 'floor', 'devices', 'rota', 'posters', 'live', 'report'] as const;
export type Tab = (typeof TABS)[number];

type Phase = 'checking' | 'login' | 'events' | 'new-event' | 'clone-event' | 'event';

/** A form that can tell whether it holds input not yet saved (the event form, the providers panel). */
interface HoldsInput extends HTMLElement {
  hasUnsavedChanges(): boolean;
}

/**
 * The event and tab named in the page's hash (`#event=<id>&tab=<tab>`), so a reload opens them again.
 * @param hash `location.hash`
 * @returns the event id and tab, or undefined when the hash names no event (an unknown tab is the overview)
 * @example routeFrom('#event=markt-pankow&tab=floor') // { eventId: 'markt-pankow', tab: 'floor' }
 */
export function routeFrom(hash: string): { eventId: string; tab: Tab } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const eventId = params.get('event');
  if (!eventId) return undefined;
  const tab = params.get('tab');
  return { eventId, tab: TABS.find((t) => t === tab) ?? 'overview' };
}

/** The server adds a stand's public `url` to list answers; `PUT` takes the stand without it. */
function standOnly(record: Stand & { url?: unknown }): Stand {
  const { url: _url, ...stand } = record;
  return stand;
}

/**
 * @summary The organizer pages: sign in, the tenant's events, and per event the tabs Overview & setup,
 * Providers & offers, Floor plan, Devices, Rota (Dienstplan), Posters, Live and Report.
 * @csspart header - the top bar
 * @cssproperty --markt-header-bg - top bar background
 * @cssproperty --markt-header-text - top bar text colour
 * @cssproperty --markt-primary - buttons and tabs
 * @cssproperty --markt-background - page background
 */
export class OrganizerApp extends OrganizerElement {
  static override styles = organizerAppStyles;

  /** The API; the same-origin {@link OrgApi} by default (tests inject one with their own fetch). */
  @property({ attribute: false }) api: OrgApi = new OrgApi();
  /** socket.io path for the live dashboard. */
  @property({ attribute: 'socket-path' }) socketPath = '/socket.io';

  @state() private phase: Phase = 'checking';
  @state() private session: OrgSession | undefined;
  @state() private events: Event[] = [];
  @state() private event: Event | undefined;
  @state() private tab: Tab = 'overview';
  @state() private providers: Provider[] = [];
  @state() private offers: Offer[] = [];
  @state() private stands: Stand[] = [];
  @state() private posters: Poster[] | undefined;
  @state() private report: ReportData | undefined;
  @state() private issues: readonly FieldIssue[] = [];
  @state() private status = '';
  /** The event being used as a template ('clone-event'). */
  @state() private template: Event | undefined;
  @state() private cloning = false;
  /** The stand waiting for "really delete?". */
  @state() private deleting: Stand | undefined;
  /** Why the stand number typed in "add stand" cannot be used ('' when it can). */
  @state() private standNumberError = '';
  /** "Ungespeicherte Änderungen verwerfen?" is asked. */
  @state() private askingDiscard = false;
  /** The event just created here: its page shows the next steps. */
  @state() private created: string | undefined;

  /** The session ended on a page with content: the sign-in is asked in a dialog over it. */
  @state() private signingInAgain = false;
  /** Resolves (true) when the organizer signed in again in that dialog: refused requests are sent again. */
  #signedInAgain: Promise<boolean> | undefined;
  #resolveSignIn: ((signedIn: boolean) => void) | undefined;
  /** Who was signed in when the session ended: only the same person in the same organisation goes on where it was. */
  #signedOutAs: { userId: string; tenantId: string } | undefined;

  /** Answers the open "discard changes?" question. */
  #discardAnswer: ((discard: boolean) => void) | undefined;

  /** The last error put in the status line (a later save that works takes it away). */
  #errorShown = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#beforeUnload);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#beforeUnload);
  }

  /** Leaving the page (reload, closing the tab) while a form holds unsaved input: the browser asks first. */
  readonly #beforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.#hasUnsavedInput()) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  };

  /** Whether the event form or the providers panel on the page holds input that is not saved. */
  #hasUnsavedInput(): boolean {
    return [...this.renderRoot.querySelectorAll<HoldsInput>('markt-event-form, markt-providers-panel')].some((form) => form.hasUnsavedChanges?.());
  }

  /**
   * Before a form with unsaved input goes away: asks "Ungespeicherte Änderungen verwerfen?".
   * @returns true to go on (nothing unsaved, or the organizer chose "Verwerfen")
   */
  async #mayLeave(): Promise<boolean> {
    if (!this.#hasUnsavedInput()) return true;
    this.#discardAnswer?.(false);
    this.askingDiscard = true;
    const discard = await new Promise<boolean>((resolve) => (this.#discardAnswer = resolve));
    return discard;
  }

  #answerDiscard(discard: boolean): void {
    this.askingDiscard = false;
    const answer = this.#discardAnswer;
    this.#discardAnswer = undefined;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.discard')?.close();
    answer?.(discard);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.discard');
    if (this.askingDiscard && dialog && !dialog.open) {
      dialog.showModal();
      // The safe answer has the focus: Enter keeps the input.
      dialog.querySelector<HTMLElement>('button.keep')?.focus();
    }
    const reauth = this.renderRoot.querySelector<HTMLDialogElement>('dialog.reauth');
    if (this.signingInAgain && reauth && !reauth.open) {
      reauth.showModal();
      const form = reauth.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('markt-login-form');
      void form?.updateComplete.then(() => form.shadowRoot?.querySelector<HTMLElement>('#email')?.focus());
    }
  }

  /** Puts the open event and tab in the page's hash (replacing, so Back does not step through tabs). */
  #writeRoute(): void {
    const hash = this.phase === 'event' && this.event ? `#event=${encodeURIComponent(this.event.id)}&tab=${this.tab}` : '';
    if (location.hash === hash || (!hash && !location.hash)) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Any part of the pages (a panel, the import, the floor plan image) may meet the end of the session.
    if (changed.has('api')) this.api.onUnauthorized = () => this.#signedOut();
  }

  /**
   * The session ended (or was ended elsewhere): the sign-in is asked in a dialog over the page, so the open forms
   * and what was typed in them stay; the refused requests are sent again once signed in (the promise resolves).
   */
  #signedOut(): Promise<boolean> | undefined {
    if (this.phase === 'login' || this.phase === 'checking') return undefined;
    if (this.session) this.#signedOutAs = { userId: this.session.user.id, tenantId: this.session.tenant.id };
    this.session = undefined;
    this.status = this.t('error.unauthorized');
    if (!this.#signedInAgain) {
      this.signingInAgain = true;
      this.#signedInAgain = new Promise<boolean>((resolve) => (this.#resolveSignIn = resolve));
    }
    return this.#signedInAgain;
  }

  /**
   * Signed in again in the dialog: the same person in the same organisation goes on where they were (the refused
   * requests are sent again); anyone else starts at their own event list, and nothing refused is sent under their
   * name (the page held the other organisation's data and forms).
   */
  #reauthenticated(event: CustomEvent<LoginDetail>): void {
    const { session } = event.detail;
    const before = this.#signedOutAs;
    const same = before === undefined || (before.userId === session.user.id && before.tenantId === session.tenant.id);
    this.session = session;
    this.status = '';
    this.signingInAgain = false;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.reauth')?.close();
    const resolve = this.#resolveSignIn;
    this.#signedInAgain = undefined;
    this.#resolveSignIn = undefined;
    this.#signedOutAs = undefined;
    resolve?.(same);
    if (!same) void this.#showEvents().catch(() => undefined);
  }

  #reauthDialog() {
    return html`<dialog class="reauth" aria-labelledby="reauth-text" @cancel=${(e: globalThis.Event) => e.preventDefault()}>
      <p id="reauth-text">${this.t('error.unauthorized')}</p>
      <markt-login-form .api=${this.api} locale=${this.locale} @markt-login=${this.#reauthenticated}></markt-login-form>
    </dialog>`;
  }

  async #start(): Promise<void> {
    try {
      this.session = await this.api.me();
      // Read before the list clears it: a reload returns to the event and tab it was on.
      const route = routeFrom(location.hash);
      await this.#showEvents();
      const again = route && this.events.find((e) => e.id === route.eventId);
      if (again && route) {
        await this.#open(again, route.tab);
        await this.#selectTab(route.tab);
      }
    } catch (error) {
      this.phase = 'login';
      // Not signed in is the usual case; anything else (no connection, a server fault) is said, or the
      // organizer would sign in again and again for nothing.
      if (!(error instanceof ApiError && error.status === 401)) this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    if (error instanceof ApiError && error.status === 401) {
      void this.#signedOut();
      return;
    }
    this.status = this.t('app.error', { message: errorText(error, (key) => this.t(key)) });
    this.#errorShown = this.status;
  }

  async #showEvents(): Promise<void> {
    this.events = await this.api.events();
    this.event = undefined;
    this.phase = 'events';
    this.#writeRoute();
  }

  async #loggedIn(event: CustomEvent<LoginDetail>): Promise<void> {
    this.session = event.detail.session;
    this.status = '';
    // Where the page's address points (a reload before signing in).
    const resume = routeFrom(location.hash);
    try {
      await this.#showEvents();
      const again = resume && this.events.find((e) => e.id === resume.eventId);
      if (again && resume) {
        await this.#open(again);
        await this.#selectTab(resume.tab);
      }
    } catch (error) {
      this.#fail(error);
    }
  }

  async #logout(): Promise<void> {
    if (!(await this.#mayLeave())) return;
    try {
      await this.api.logout();
    } catch {
      // Signed out on this page either way.
    }
    this.session = undefined;
    this.phase = 'login';
    this.status = '';
    // Signed out on purpose: the address no longer names the event, so the next one to sign in starts at the list.
    this.#writeRoute();
  }

  async #open(event: Event, tab: Tab = 'overview'): Promise<void> {
    this.event = event;
    this.tab = tab;
    this.phase = 'event';
    this.posters = undefined;
    this.report = undefined;
    this.issues = [];
    this.deleting = undefined;
    this.status = '';
    if (this.created !== event.id) this.created = undefined;
    this.#writeRoute();
    // Saves of the event opened before go on (their queue is kept, per event and stand): an answer is drawn only
    // while its event is open (`#isOpen`), and coming back to that event joins its save loop instead of
    // starting a second one.
    // Nothing of the event opened before may show (or be changed) under this one's title.
    this.providers = [];
    this.offers = [];
    this.stands = [];
    try {
      const [providers, offers, stands] = await Promise.all([
        this.api.list<Provider>(event.id, 'providers'),
        this.api.list<Offer>(event.id, 'offers'),
        this.api.list<Stand>(event.id, 'stands'),
      ]);
      // Another event was opened meanwhile: these lists are not its lists.
      if (this.event !== event) return;
      this.providers = providers;
      this.offers = offers;
      // A position moved here before and not yet sent is newer than the server's list.
      this.stands = stands.map((s) => this.#unsentMoves.get(`${event.id}/${s.id}`)?.stand ?? standOnly(s));
    } catch (error) {
      if (this.event === event) this.#fail(error);
    }
  }

  /** Counts stand reloads: only the answer of the newest one is drawn (two quick imports, answers out of order). */
  #standsLoad = 0;

  /**
   * Lists the open event's stands again (after a stands CSV import), so the floor plan, rota and live tabs show
   * them without opening the event again. A position moved here and not yet saved stays newer than the list; an
   * answer that comes after another event was opened (or after a newer reload) changes nothing.
   */
  async #reloadStands(event: Event): Promise<void> {
    const load = ++this.#standsLoad;
    try {
      const stands = await this.api.list<Stand>(event.id, 'stands');
      if (!this.#isOpen(event.id) || load !== this.#standsLoad) return;
      this.stands = stands.map((s) => {
        const key = `${event.id}/${s.id}`;
        // A move not yet sent, or on its way, is newer than the list (the list may have been read before the
        // save); its save loop draws where the server keeps the stand.
        const moving = this.#savedStands.has(key) ? this.stands.find((drawn) => drawn.id === s.id) : undefined;
        return this.#unsentMoves.get(key)?.stand ?? moving ?? standOnly(s);
      });
    } catch (error) {
      if (this.#isOpen(event.id) || (error instanceof ApiError && error.status === 401)) this.#fail(error);
    }
  }

  /** An import in the providers tab: stands imported there are drawn on the floor plan (and rota, live) at once. */
  #imported(done: CustomEvent<ImportDoneDetail>, event: Event): void {
    if (done.detail.kind === 'stands') void this.#reloadStands(event);
  }

  async #saveEvent(event: CustomEvent<EventSaveDetail>): Promise<void> {
    const { event: value, isNew } = event.detail;
    this.issues = [];
    try {
      // The server merges a PATCH on the top level: an optional field the form can empty must be sent as null to go.
      const stored = this.events.find((e) => e.id === value.id);
      const patch = !isNew && stored?.privacy && !value.privacy ? { ...value, privacy: null } : value;
      const saved = isNew ? await this.api.createEvent(value) : await this.api.updateEvent(value.id, patch);
      if (isNew) {
        this.status = this.t('app.saved');
        this.events = [...this.events, saved];
        this.created = saved.id;
        const opened = this.#open(saved);
        // The form the focus was in is gone: the new event's heading takes it, the next steps follow below it.
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.event-title')?.focus();
        await opened;
      } else {
        this.events = this.events.map((e) => (e.id === saved.id ? saved : e));
        // Another event was opened meanwhile: the answer must not replace it.
        if (!this.#isOpen(saved.id)) return;
        this.status = this.t('app.saved');
        this.event = saved;
      }
    } catch (error) {
      if (error instanceof ApiError && error.details.length > 0) this.issues = error.details;
      else this.#fail(error);
    }
  }

  /** A template file became a new event: list it and open it. */
  async #templateImported(event: CustomEvent<TemplateImportedDetail>): Promise<void> {
    try {
      this.events = await this.api.events();
      const created = this.events.find((e) => e.id === event.detail.id);
      if (created) await this.#open(created);
    } catch (error) {
      this.#fail(error);
    }
  }

  #useAsTemplate(event: Event): void {
    this.template = event;
    this.issues = [];
    this.status = '';
    this.phase = 'clone-event';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  async #clone(event: CustomEvent<CloneDetail>): Promise<void> {
    const { templateId, request } = event.detail;
    this.issues = [];
    this.cloning = true;
    try {
      const created = await this.api.clone(templateId, request);
      this.events = [...this.events, created];
      await this.#open(created);
      this.status = this.t('clone.done', { title: this.#title(created) });
    } catch (error) {
      if (error instanceof ApiError && error.details.length > 0) this.issues = error.details;
      else this.#fail(error);
    } finally {
      this.cloning = false;
    }
  }

  /** Per `${eventId}/${standId}` (stand ids repeat across events): the newest position not yet sent. */
  readonly #unsentMoves = new Map<string, { eventId: string; stand: Stand }>();
  /** Per `${eventId}/${standId}` being saved: the stand as the server last confirmed it (drawn back when a save fails). */
  readonly #savedStands = new Map<string, Stand>();

  /** Whether the event with this id is the one open now (ids, not objects: a saved event is a new object). */
  #isOpen(eventId: string): boolean {
    return this.phase === 'event' && this.event?.id === eventId;
  }

  /**
   * A stand was dropped or moved by key: drawn there at once, then saved. Saves of one stand go one after
   * another and only the newest position is sent next, so quick arrow-key steps are neither lost (an earlier
   * answer drawing the stand back) nor stored out of order; a refused save draws it where the server has it.
   * An answer that comes after another event was opened changes nothing on screen.
   */
  async #moveStand(event: CustomEvent<StandMoveDetail>): Promise<void> {
    if (!this.event) return;
    const eventId = this.event.id;
    const { standId, stand } = event.detail;
    const key = `${eventId}/${standId}`;
    const before = this.stands.find((s) => s.id === standId);
    if (!before) return;
    const saving = this.#savedStands.has(key);
    if (!saving) this.#savedStands.set(key, before);
    this.#unsentMoves.set(key, { eventId, stand });
    this.stands = this.stands.map((s) => (s.id === standId ? stand : s));
    if (saving) return;
    const draw = (drawn: Stand) => {
      if (this.#isOpen(eventId)) this.stands = this.stands.map((s) => (s.id === standId ? drawn : s));
    };
    try {
      for (let next = this.#unsentMoves.get(key); next; next = this.#unsentMoves.get(key)) {
        this.#unsentMoves.delete(key);
        try {
          const saved = standOnly(await this.api.put<Stand>(next.eventId, 'stands', standId, next.stand));
          this.#savedStands.set(key, saved);
          if (!this.#isOpen(eventId)) continue;
          if (this.status === this.#errorShown) this.status = '';
          if (!this.#unsentMoves.has(key)) draw(saved);
        } catch (error) {
          const saved = this.#savedStands.get(key);
          if (!this.#unsentMoves.has(key) && saved) draw(saved);
          if (this.#isOpen(eventId)) this.#fail(error);
          else if (error instanceof ApiError && error.status === 401) this.#fail(error);
        }
      }
    } finally {
      this.#savedStands.delete(key);
    }
  }

  async #changeFloorPlan(event: CustomEvent<FloorPlanChangeDetail>): Promise<void> {
    if (!this.event) return;
    const eventId = this.event.id;
    // A change (an upload answering late) of an event left meanwhile must not be written to the one open now.
    if (event.detail.eventId && event.detail.eventId !== eventId) return;
    const floorPlan: FloorPlan = event.detail.floorPlan;
    try {
      // Only the plan (a merge patch): sending the whole event would undo what someone else changed meanwhile.
      const saved = await this.api.updateEvent(eventId, { floorPlan });
      this.events = this.events.map((e) => (e.id === saved.id ? saved : e));
      // Another event was opened meanwhile: its page stays as it is.
      if (!this.#isOpen(eventId)) return;
      this.event = saved;
      this.status = this.t('app.saved');
    } catch (error) {
      if (this.#isOpen(eventId) || (error instanceof ApiError && error.status === 401)) this.#fail(error);
    }
  }

  async #addStand(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    if (!this.event) return;
    const form = submit.target as HTMLFormElement;
    const data = new FormData(form);
    const number = String(data.get('standNumber') ?? '').trim();
    const providerId = String(data.get('standProvider') ?? '');
    if (!number || !providerId) return;
    // Two stands with one number would get two posters "Stand 12" for different providers.
    const taken = this.stands.find((s) => s.number.trim().toLocaleLowerCase('de') === number.toLocaleLowerCase('de'));
    if (taken) {
      const name = taken.label ?? this.providers.find((p) => p.id === taken.providerId)?.name ?? '';
      this.standNumberError = this.t('floor.numberTaken', { number: taken.number, name });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#standNumber')?.focus());
      return;
    }
    this.standNumberError = '';
    // Sized like the event's other stands (median), or 5 % × 6 % of the plan for the first one.
    const size = newStandSize(this.stands, this.event.floorPlan ?? { width: 40, height: 25 });
    const stand: Stand = { id: idFrom(`stand-${number}`), eventId: this.event.id, providerId, number, size };
    const eventId = this.event.id;
    try {
      const created = standOnly(await this.api.create<Stand>(eventId, 'stands', stand));
      if (!this.#isOpen(eventId)) return;
      this.stands = [...this.stands, created];
      form.reset();
      this.status = this.t('floor.added', { number });
    } catch (error) {
      this.#fail(error);
    }
  }

  #askDelete(submit: SubmitEvent): void {
    submit.preventDefault();
    const id = String(new FormData(submit.target as HTMLFormElement).get('deleteStand') ?? '');
    this.deleting = this.stands.find((s) => s.id === id);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm-delete button.danger')?.focus());
  }

  async #deleteStand(stand: Stand): Promise<void> {
    if (!this.event) return;
    const eventId = this.event.id;
    try {
      await this.api.remove(eventId, 'stands', stand.id);
      if (!this.#isOpen(eventId)) return;
      this.stands = this.stands.filter((s) => s.id !== stand.id);
      this.deleting = undefined;
      this.status = this.t('floor.deleted', { number: stand.number });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#deleteStand')?.focus());
    } catch (error) {
      this.#fail(error);
    }
  }

  #cancelDelete(): void {
    this.deleting = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form.delete-stand button')?.focus());
  }

  #deleteControls() {
    const standName = (s: Stand) => s.label ?? this.providers.find((p) => p.id === s.providerId)?.name ?? '';
    const pending = this.deleting;
    if (pending) {
      return html`<div class="confirm-delete" role="group" aria-labelledby="confirm-delete-text">
        <p id="confirm-delete-text">${this.t('floor.deleteConfirm', { number: pending.number, name: standName(pending) })}</p>
        <button type="button" class="danger" @click=${() => this.#deleteStand(pending)}>${this.t('floor.deleteYes')}</button>
        <button type="button" class="secondary" @click=${this.#cancelDelete}>${this.t('floor.deleteNo')}</button>
      </div>`;
    }
    return html`<form class="delete-stand" @submit=${this.#askDelete}>
      <div>
        <label for="deleteStand">${this.t('floor.deleteWhich')}</label>
        <select id="deleteStand" name="deleteStand" required ?disabled=${this.stands.length === 0}>
          ${this.stands.map((s) => html`<option value=${s.id}>${s.number} · ${standName(s)}</option>`)}
        </select>
      </div>
      <button type="submit" class="secondary" ?disabled=${this.stands.length === 0}>${this.t('floor.delete')}</button>
    </form>`;
  }

  /** A tab chosen by the organizer: asks first when the open form holds unsaved input. */
  async #goTab(tab: Tab): Promise<boolean> {
    if (tab === this.tab) return true;
    if (!(await this.#mayLeave())) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
      return false;
    }
    await this.#selectTab(tab);
    return true;
  }

  async #selectTab(tab: Tab): Promise<void> {
    this.tab = tab;
    this.#writeRoute();
    const event = this.event;
    if (!event) return;
    try {
      if (tab === 'posters') {
        const posters = await this.api.posters(event.id);
        if (this.event === event) this.posters = posters;
      }
      if (tab === 'report' || tab === 'live') {
        const report = await this.api.report(event.id);
        if (this.event === event) this.report = report;
      }
    } catch (error) {
      if (this.event === event) this.#fail(error);
    }
  }

  #tabKey(event: KeyboardEvent): void {
    const index = TABS.indexOf(this.tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = TABS[(next + TABS.length) % TABS.length]!;
    void this.#goTab(tab).then((moved) => {
      if (moved) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
    });
  }

  #title(event: Event): string {
    return pickText(event.title, this.locale);
  }

  #header() {
    return html`<header part="header">
      <h1>${this.t('app.title')}</h1>
      <div class="who">
        <select aria-label="Sprache / Language" @change=${(e: Event & { target: HTMLSelectElement }) => (this.locale = e.target.value as Locale)}>
          <option value="de" lang="de" ?selected=${this.locale === 'de'}>Deutsch</option>
          <option value="en" lang="en" ?selected=${this.locale === 'en'}>English</option>
        </select>
        ${this.session
          ? html`<span>${this.t('app.signedInAs', { name: this.session.user.name ?? this.session.user.email })} · ${this.session.tenant.name}</span>
              <button type="button" class="secondary logout" @click=${this.#logout}>${this.t('app.logout')}</button>`
          : nothing}
      </div>
    </header>`;
  }

  #eventList() {
    const date = (iso: string) => new Date(iso).toLocaleDateString(this.locale, { dateStyle: 'medium' });
    return html`<h2>${this.t('events.title')}</h2>
      <button type="button" class="new-event" @click=${this.#newEvent}>${this.t('events.new')}</button>
      <details class="import-template">
        <summary>${this.t('templateFile.import')}</summary>
        <markt-template-import .api=${this.api} locale=${this.locale} @markt-template-imported=${this.#templateImported}></markt-template-import>
      </details>
      ${this.events.length === 0
        ? html`<p>${this.t('events.empty')}</p>`
        : html`<ul class="events">
            ${this.events.map(
              (e) => html`<li data-event=${e.id}>
                <span><strong>${this.#title(e)}</strong> · ${e.venue.name} · ${this.t('events.when', { start: date(e.startsAt), end: date(e.endsAt) })}</span>
                <span class="actions">
                  <a class="export-template" href=${templateUrl(e.id, { providers: true, offers: true })} download="markt-template-${e.id}.json"
                    aria-label="${this.t('templateFile.export')}: ${this.#title(e)}">${this.t('templateFile.export')}</a>
                  <button type="button" class="secondary template" aria-label="${this.t('events.template')}: ${this.#title(e)}" @click=${() => this.#useAsTemplate(e)}>
                    ${this.t('events.template')}
                  </button>
                  <button type="button" class="open" aria-label="${this.t('events.open')}: ${this.#title(e)}" @click=${() => this.#open(e)}>${this.t('events.open')}</button>
                </span>
              </li>`,
            )}
          </ul>`}`;
  }

  #panel(event: Event) {
    switch (this.tab) {
      case 'overview':
        // The erasure request belongs beside the privacy notice's settings: the organizer (the controller named
        // there) takes a person's request to delete their contact requests.
        return html`<markt-event-form .event=${event} .serverIssues=${this.issues} locale=${this.locale} @markt-event-save=${this.#saveEvent}></markt-event-form>
          <markt-erasure-form class="erasure" .api=${this.api} event-id=${event.id} locale=${this.locale}></markt-erasure-form>`;
      case 'providers':
        return html`<markt-providers-panel
          .api=${this.api}
          event-id=${event.id}
          .languages=${event.languages}
          locale=${this.locale}
          @markt-catalog-change=${(e: CustomEvent<CatalogChangeDetail>) => {
            this.providers = e.detail.providers;
            this.offers = e.detail.offers;
          }}
          @markt-import-done=${(e: CustomEvent<ImportDoneDetail>) => this.#imported(e, event)}
        ></markt-providers-panel>`;
      case 'floor':
        return html`<h2>${this.t('floor.title')}</h2>
          <form class="add-stand" @submit=${this.#addStand}>
            <div>
              <label for="standNumber">${this.t('posters.stand')}</label>
              <input
                id="standNumber"
                name="standNumber"
                required
                maxlength="12"
                aria-invalid=${this.standNumberError ? 'true' : 'false'}
                aria-describedby=${this.standNumberError ? 'standNumber-error' : nothing}
                @input=${() => (this.standNumberError = '')}
              />
              ${this.standNumberError ? html`<p id="standNumber-error" class="error">${this.standNumberError}</p>` : nothing}
            </div>
            <div>
              <label for="standProvider">${this.t('offers.provider')}</label>
              <select id="standProvider" name="standProvider" required>
                ${this.providers.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
              </select>
            </div>
            <button type="submit" ?disabled=${this.providers.length === 0}>+ ${this.t('posters.stand')}</button>
          </form>
          ${this.#deleteControls()}
          <markt-floor-plan-editor
            .floorPlan=${event.floorPlan ?? { width: 40, height: 25 }}
            .stands=${this.stands}
            .providers=${this.providers}
            .api=${this.api}
            event-id=${event.id}
            locale=${this.locale}
            @markt-stand-move=${this.#moveStand}
            @markt-floor-plan-change=${this.#changeFloorPlan}
          ></markt-floor-plan-editor>`;
      case 'devices':
        return html`<markt-devices-panel
          .api=${this.api}
          event-id=${event.id}
          .event=${event}
          .providers=${this.providers}
          .stands=${this.stands}
          locale=${this.locale}
        ></markt-devices-panel>`;
      case 'rota':
        return html`<markt-rota-panel .api=${this.api} .event=${event} .stands=${this.stands} .providers=${this.providers} locale=${this.locale}></markt-rota-panel>`;
      case 'posters':
        return this.posters ? html`<markt-poster-sheet .posters=${this.posters} locale=${this.locale}></markt-poster-sheet>` : html`<p>${this.t('app.loading')}</p>`;
      case 'live':
        return html`<markt-live-dashboard
          event-id=${event.id}
          path=${this.socketPath}
          .stands=${this.stands}
          .providers=${this.providers}
          quizzes=${this.report?.totals.quizzes ?? 0}
          locale=${this.locale}
        ></markt-live-dashboard>`;
      case 'report':
        return html`<markt-report .report=${this.report} event-name=${this.#title(event)} locale=${this.locale}></markt-report>`;
    }
  }

  async #backToList(): Promise<void> {
    if (!(await this.#mayLeave())) return;
    await this.#showEvents().catch((e: unknown) => this.#fail(e));
  }

  /** After "Veranstaltung anlegen": what to set up next, each a way to its tab. */
  #nextSteps() {
    const steps: readonly Tab[] = ['providers', 'floor', 'devices'];
    return html`<p class="next-steps">
      ${this.t('app.nextSteps')}
      ${steps.map(
        (tab, i) => html`<button type="button" class="link" aria-controls="panel" @click=${() => this.#goTab(tab)}>${this.t(`tabs.${tab}`)}</button>${i < steps.length - 1 ? ', ' : ''}`,
      )}
    </p>`;
  }

  #discardDialog() {
    return html`<dialog
      class="discard"
      aria-labelledby="discard-title"
      aria-describedby="discard-text"
      @cancel=${(e: globalThis.Event) => {
        e.preventDefault();
        this.#answerDiscard(false);
      }}
    >
      <h2 id="discard-title">${this.t('app.discardTitle')}</h2>
      <p id="discard-text">${this.t('app.discardText')}</p>
      <button type="button" class="danger" @click=${() => this.#answerDiscard(true)}>${this.t('app.discard')}</button>
      <button type="button" class="keep" @click=${() => this.#answerDiscard(false)}>${this.t('app.keepEditing')}</button>
    </dialog>`;
  }

  #eventView(event: Event) {
    return html`<button type="button" class="secondary back" @click=${this.#backToList}>← ${this.t('events.back')}</button>
      <h2 class="event-title" tabindex="-1">${this.#title(event)}</h2>
      ${this.created === event.id ? this.#nextSteps() : nothing}
      <nav>
        <div role="tablist" aria-label=${this.t('tabs.label')} @keydown=${this.#tabKey}>
          ${TABS.map(
            (tab) => html`<button
              type="button"
              role="tab"
              id="tab-${tab}"
              aria-selected=${this.tab === tab ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${this.tab === tab ? '0' : '-1'}
              @click=${() => this.#goTab(tab)}
            >
              ${this.t(`tabs.${tab}`)}
            </button>`,
          )}
        </div>
      </nav>
      <div role="tabpanel" id="panel" aria-labelledby="tab-${this.tab}" tabindex="0">${this.#panel(event)}</div>`;
  }

  /** Opens the form for a new event with the focus on its first field (the button that had it is gone). */
  async #newEvent(): Promise<void> {
    this.phase = 'new-event';
    // The app's render puts the form on the page; the form's own render gives it its fields.
    await this.updateComplete;
    const form = this.renderRoot.querySelector<EventForm>('markt-event-form');
    await form?.updateComplete;
    await form?.focusFirstField();
  }

  /** Back to the list from a new event's form: asks first when something was typed in it. */
  async #leaveNewEvent(): Promise<void> {
    if (await this.#mayLeave()) this.phase = 'events';
  }

  #body() {
    switch (this.phase) {
      case 'checking':
        return html`<p>${this.t('app.loading')}</p>`;
      case 'login':
        return html`<markt-login-form .api=${this.api} locale=${this.locale} @markt-login=${this.#loggedIn}></markt-login-form>`;
      case 'events':
        return this.#eventList();
      case 'new-event':
        return html`<button type="button" class="secondary back" @click=${this.#leaveNewEvent}>← ${this.t('events.back')}</button>
          <h2>${this.t('events.new')}</h2>
          <markt-event-form .serverIssues=${this.issues} locale=${this.locale} @markt-event-save=${this.#saveEvent}></markt-event-form>`;
      case 'clone-event':
        return this.template
          ? html`<button type="button" class="secondary back" @click=${() => (this.phase = 'events')}>← ${this.t('events.back')}</button>
              <h2 tabindex="-1">${this.t('clone.title', { title: this.#title(this.template) })}</h2>
              <markt-clone-form
                .template=${this.template}
                .serverIssues=${this.issues}
                ?busy=${this.cloning}
                locale=${this.locale}
                @markt-clone=${this.#clone}
                @markt-clone-cancel=${() => (this.phase = 'events')}
              ></markt-clone-form>`
          : nothing;
      case 'event':
        return this.event ? this.#eventView(this.event) : nothing;
    }
  }

  override render() {
    return html`${this.#header()}
      <main lang=${this.locale}>
        <p class="status" role="status">${this.status}</p>
        ${this.#body()} ${this.askingDiscard ? this.#discardDialog() : nothing} ${this.signingInAgain ? this.#reauthDialog() : nothing}
      </main>`;
  }
}
