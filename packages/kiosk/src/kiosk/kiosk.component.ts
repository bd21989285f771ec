import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import {
  FUNDINGS,
  OFFER_KINDS,
  TARGET_GROUPS,
  buildRadar,
  createSearchIndex,
  pickText,
  quizItems,
  type FeedbackInput,
  type Funding,
  type LeadInput,
  type Locale,
  type Offer,
  type OfferKind,
  type Point,
  type Provider,
  type Radar,
  type Reason,
  type SearchIndex,
  type Stand,
  type TargetGroup,
} from '@markt/sdk';
import { LocaleController, directionOf, langTagOf } from '../i18n/catalog.js';
import { ApiClient } from '../net/api-client.js';
import { newIdempotencyKey, randomToken } from '../net/device-id.js';
import { Outbox } from '../net/outbox.js';
import { face, icon, pictogram } from '../pictograms/index.js';
import { IdleController } from './idle.js';
import { LANGUAGE_CHOICES, SDK_WORDED, kioskCatalog, type KioskKey } from './i18n.js';
import { kioskStyles } from './kiosk.styles.js';
import { areaOf, langOf, rankOffers, routeThrough, standOf, type KioskData, type Scored } from './offers.js';
import { reasonText } from './reason-text.js';
import { GERMAN_CHOICES, HOURS_CHOICES, TRAVEL_CHOICES, emptySession, type KioskSession } from './session.js';
import { speak, stopSpeaking, voiceFor } from './speech.js';
import { listLink, qrSvg } from './take-home.js';
import './keyboard/keyboard.js';
import './floor-map/floor-map.js';

/** The kiosk's screens, in the order a visitor usually meets them. */
export type KioskScreen = 'attract' | 'language' | 'quiz' | 'extras' | 'results' | 'detail' | 'map' | 'list' | 'contact' | 'feedback' | 'thanks';

export type { KioskData } from './offers.js';

/** Detail of `markt-feedback`: a `FeedbackInput`. */
export type KioskFeedbackDetail = FeedbackInput;
/** Detail of `markt-contact-request`: a `LeadInput`. */
export type KioskContactDetail = LeadInput;

/** Where the visitor's session is kept for a page reload (wiped on idle and at the end). */
export const SESSION_KEY = 'markt.kiosk.session';
/** The optional steps after the quiz. */
const EXTRAS = ['hours', 'german', 'district', 'travel', 'group'] as const;
/** How many top results the map and the take-home list use when the visitor chose none. */
const TOP = 5;

type Field = 'search' | 'name' | 'phone' | 'email' | 'missing';

/**
 * @summary The visitor's touch kiosk: language, a three-minute quiz, offers that fit with their reasons,
 * the way through the hall, a take-home QR code, a contact request and feedback. Runs offline from its data.
 *
 * @event {CustomEvent<KioskContactDetail>} markt-contact-request - A visitor asked a provider to contact them (with consent).
 * @event {CustomEvent<KioskFeedbackDetail>} markt-feedback - A visitor rated the kiosk at the end.
 * @event {CustomEvent<{ reason: 'idle' | 'finished' }>} markt-session-end - Everything the visitor entered was wiped.
 *
 * @csspart app - The app's root (carries `lang` and `dir`).
 * @cssproperty --markt-kiosk-background - Page background (default white).
 * @cssproperty --markt-kiosk-color - Text colour (default near black).
 * @cssproperty --markt-kiosk-accent - Buttons and highlights (default dark blue).
 * @cssproperty --markt-kiosk-accent-text - Text on the accent colour.
 * @cssproperty --markt-kiosk-muted - Secondary text (keeps 4.5:1 on the background).
 * @cssproperty --markt-kiosk-surface - Bars and boxes.
 * @cssproperty --markt-kiosk-target - Smallest touch target (default 4rem = 64 px).
 */
export class MarktKiosk extends LitElement {
  static override styles = kioskStyles;

  /** The fair's public data; set it directly or give `api-base` and `event-id`. */
  @property({ attribute: false }) data: KioskData | undefined;
  /** Base URL of the markt API (`""` = same origin). With `event-id` the kiosk loads its data from there. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;
  @property({ attribute: 'event-id' }) eventId: string | undefined;
  /** The origin of take-home links; default this page's origin. */
  @property({ attribute: 'list-origin' }) listOrigin: string | undefined;
  /** The paired kiosk device's token for `/api/kiosk/*` (a property only: a secret never sits in an attribute). */
  @property({ attribute: false }) deviceToken: string | undefined;
  @property({ type: Number, attribute: 'idle-prompt-seconds' }) idlePromptSeconds = 45;
  @property({ type: Number, attribute: 'idle-reset-seconds' }) idleResetSeconds = 60;

  @state() screen: KioskScreen = 'attract';
  @state() session: KioskSession = emptySession();
  @state() quizIndex = 0;
  @state() extrasIndex = 0;
  @state() detailId: string | undefined;
  @state() idlePrompt = false;
  @state() field: Field | undefined;
  @state() contact = { name: '', phone: '', email: '' };
  @state() consent = false;
  @state() contactError: KioskKey | undefined;
  @state() contactSentTo: string | undefined;
  @state() rating: number | undefined;
  @state() missingText = '';
  @state() loadError = false;
  @state() hasVoice = false;

  readonly #i18n = new LocaleController<KioskKey>(this, kioskCatalog);
  readonly #idle = new IdleController(this, {
    onPrompt: () => {
      this.idlePrompt = true;
    },
    onReset: () => this.wipe('idle'),
  });
  #radar: Radar | undefined;
  #index: SearchIndex | undefined;
  readonly #outboxes = new Map<string, Outbox<LeadInput | FeedbackInput>>();
  /** A random id for this visitor's session only; a new one after every wipe (never the device's id). */
  #sessionDevice = randomToken(16);
  #focusPending = false;
  /** Focus the next quiz item's text (same screen, new statement). */
  #focusItem = false;
  #thanksTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #onVoices = (): void => this.#checkVoice();

  get locale(): Locale {
    return this.#i18n.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.addEventListener('voiceschanged', this.#onVoices);
    this.#restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.removeEventListener('voiceschanged', this.#onVoices);
    for (const outbox of this.#outboxes.values()) outbox.stop();
    clearTimeout(this.#thanksTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('idlePromptSeconds') || changed.has('idleResetSeconds')) {
      this.#idle.promptSeconds = this.idlePromptSeconds;
      this.#idle.resetSeconds = this.idleResetSeconds;
      this.#idle.restart();
    }
    if (changed.has('data') && this.data) {
      this.#radar = buildRadar(this.data.radar);
      this.#index = createSearchIndex(this.data.offers);
    }
    if ((changed.has('apiBase') || changed.has('eventId')) && !this.data && this.eventId !== undefined && this.apiBase !== undefined) {
      void this.#load();
    }
    if (changed.has('screen')) {
      this.#idle.armed = this.screen !== 'attract';
      this.#focusPending = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('idlePrompt') && this.idlePrompt) {
      this.renderRoot.querySelector<HTMLElement>('[data-idle-continue]')?.focus();
    } else if (this.#focusItem && !this.#focusPending) {
      this.#focusItem = false;
      stopSpeaking();
      this.renderRoot.querySelector<HTMLElement>('#item-text')?.focus();
    } else if (this.#focusPending) {
      this.#focusItem = false;
      this.#focusPending = false;
      stopSpeaking();
      this.renderRoot.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
    }
    if (this.screen !== 'attract' && this.screen !== 'thanks') this.#persist();
  }

  async #load(): Promise<void> {
    try {
      const client = new ApiClient({ baseUrl: this.apiBase ?? '' });
      this.data = await client.get<KioskData>(`/api/events/${encodeURIComponent(this.eventId ?? '')}/public`);
      this.loadError = false;
    } catch {
      this.loadError = true;
    }
  }

  // ── session ──────────────────────────────────────────────────────────────

  /** Go to a screen (the heading of the new screen receives focus). */
  go(screen: KioskScreen): void {
    this.field = undefined;
    this.screen = screen;
  }

  async chooseLanguage(locale: Locale): Promise<void> {
    await this.#i18n.setLocale(locale);
    this.session = { ...this.session, locale };
    this.#checkVoice();
    this.go(this.quizIndex > 0 || Object.keys(this.session.answers).length > 0 ? 'results' : 'quiz');
  }

  answer(value: 0 | 1 | 2 | 3 | 4 | null): void {
    const item = quizItems[this.quizIndex];
    if (!item) return;
    this.session = { ...this.session, answers: { ...this.session.answers, [item.id]: value } };
    if (this.quizIndex + 1 >= quizItems.length) {
      this.go('extras');
    } else {
      this.quizIndex += 1;
      this.#focusItem = true;
    }
  }

  #nextExtra(): void {
    if (this.extrasIndex + 1 >= EXTRAS.length) this.go('results');
    else {
      this.extrasIndex += 1;
      this.#focusPending = true;
    }
  }

  #set(change: Partial<KioskSession>, advance = false): void {
    this.session = { ...this.session, ...change };
    if (advance) this.#nextExtra();
  }

  /**
   * Wipes everything the visitor entered: answers, list, contact fields, the stored session; contact
   * requests still waiting in the outbox stay there until the server confirms them.
   * @param reason why: the visitor was idle, or finished
   */
  wipe(reason: 'idle' | 'finished' = 'finished'): void {
    stopSpeaking();
    this.session = emptySession();
    this.quizIndex = 0;
    this.extrasIndex = 0;
    this.detailId = undefined;
    this.field = undefined;
    this.contact = { name: '', phone: '', email: '' };
    this.consent = false;
    this.contactError = undefined;
    this.contactSentTo = undefined;
    this.rating = undefined;
    this.missingText = '';
    this.idlePrompt = false;
    this.#sessionDevice = randomToken(16);
    this.#lastMatch = undefined;
    try {
      for (const store of [localStorage, sessionStorage]) {
        // Only the visitor's session: a device token or queued requests of the outbox stay.
        for (const key of Object.keys(store)) if (key.startsWith(SESSION_KEY)) store.removeItem(key);
      }
    } catch {
      // Storage can be unavailable (private mode); there is then nothing to wipe.
    }
    void this.#i18n.setLocale('de');
    this.screen = 'attract';
    this.dispatchEvent(new CustomEvent('markt-session-end', { detail: { reason }, bubbles: true, composed: true }));
  }

  #persist(): void {
    try {
      localStorage.setItem(SESSION_KEY, JSON.stringify({ session: this.session, quizIndex: this.quizIndex, screen: this.screen }));
    } catch {
      // A kiosk without storage still works; it just forgets on reload.
    }
  }

  #restore(): void {
    try {
      const raw = localStorage.getItem(SESSION_KEY);
      if (!raw) return;
      const saved = JSON.parse(raw) as { session: KioskSession; quizIndex: number; screen: KioskScreen };
      this.session = { ...emptySession(), ...saved.session };
      this.quizIndex = Math.min(saved.quizIndex, quizItems.length - 1);
      void this.#i18n.setLocale(this.session.locale).then(() => {
        this.screen = saved.screen === 'detail' || saved.screen === 'contact' ? 'results' : saved.screen;
      });
    } catch {
      localStorage.removeItem(SESSION_KEY);
    }
  }

  #checkVoice(): void {
    this.hasVoice = voiceFor(this.locale) !== undefined;
  }

  // ── derived data ─────────────────────────────────────────────────────────

  #t = (key: KioskKey, params?: Readonly<Record<string, string | number>>): string => this.#i18n.t(key, params);

  /** Offers ranked for this visitor, narrowed by the search and the filters. */
  get results(): Scored[] {
    return this.#matched().results;
  }

  /** Offers a hard rule removed (German level, hours, travel …), each with why. */
  get excluded(): Scored[] {
    return this.#matched().excluded;
  }

  /** The last match, kept while data, session and language stay the same (one render asks several times). */
  #lastMatch: { data: KioskData; session: KioskSession; locale: Locale; value: { results: Scored[]; excluded: Scored[] } } | undefined;

  #matched(): { results: Scored[]; excluded: Scored[] } {
    const data = this.data;
    if (!data) return { results: [], excluded: [] };
    const last = this.#lastMatch;
    if (last && last.data === data && last.session === this.session && last.locale === this.locale) return last.value;
    const value = rankOffers(data, this.session, this.locale, { radar: this.#radar, index: this.#index });
    this.#lastMatch = { data, session: this.session, locale: this.locale, value };
    return value;
  }

  /** The offers of the take-home list: the visitor's choice, else the top results. */
  get listIds(): string[] {
    if (this.session.list.length > 0) return this.session.list;
    return this.results.slice(0, TOP).map((r) => r.offer.id);
  }

  #standOf(offer: Offer): Stand | undefined {
    return this.data ? standOf(this.data, offer) : undefined;
  }

  #providerOf(offer: Offer): Provider | undefined {
    return this.data?.providers.find((p) => p.id === offer.providerId);
  }

  /** A reason in the visitor's language, its vocabulary words and occupations translated. */
  reasonText(reason: Reason): string {
    return reasonText(reason, this.locale);
  }

  #area(stand: Stand | undefined): string {
    const area = areaOf(stand, this.data?.event.floorPlan);
    return area ? this.#t(`area.${area}`) : '';
  }

  // ── rendering ────────────────────────────────────────────────────────────

  override render() {
    const locale = this.locale;
    return html`<div class="app" part="app" lang=${langTagOf(locale)} dir=${directionOf(locale)}>
      <div class="screen" ?inert=${this.idlePrompt}>
        ${this.screen === 'attract' ? this.#attract() : html`${this.#bar()}<main>${this.#screen()}</main>${this.#bottomNav()}`}
      </div>
      ${this.idlePrompt ? this.#idleDialog() : nothing}
    </div>`;
  }

  #screen(): TemplateResult {
    if (!this.data && this.screen !== 'language') {
      return this.#heading(this.#t(this.loadError ? 'error.load' : 'loading'));
    }
    switch (this.screen) {
      case 'language':
        return this.#language();
      case 'quiz':
        return this.#quiz();
      case 'extras':
        return this.#extras();
      case 'results':
        return this.#results();
      case 'detail':
        return this.#detail();
      case 'map':
        return this.#map();
      case 'list':
        return this.#list();
      case 'contact':
        return this.#contact();
      case 'feedback':
        return this.#feedback();
      default:
        return this.#thanks();
    }
  }

  /** A screen's heading (focused when the screen opens) with its read-aloud button. */
  #heading(text: string, read: string = text, lang?: string): TemplateResult {
    return html`<div class="heading">
      <h1 tabindex="-1" data-screen-heading lang=${lang ?? nothing}>${text}</h1>
      ${this.#speak(read)}
    </div>`;
  }

  #speak(text: string): TemplateResult | typeof nothing {
    if (!this.hasVoice) return nothing;
    return html`<button type="button" class="speak" aria-label="${this.#t('speak.label')}: ${text}" @click=${() => speak(text, this.locale)}>${icon('speaker')}</button>`;
  }

  #attract(): TemplateResult {
    const event = this.data?.event;
    // "Touch to start" in every language whose messages are here (all load in the background after start-up).
    const others = LANGUAGE_CHOICES.filter(({ locale }) => locale !== this.locale && kioskCatalog.has(locale));
    return html`<button type="button" class="attract" @click=${() => this.go('language')}>
      ${event ? html`<span class="event">${pickText(event.title, this.locale)}</span>` : nothing}
      <span class="title">${this.#t('attract.title')}</span>
      <span>${this.#t('attract.lead')}</span>
      <span class="touch">${this.#t('attract.touch')}</span>
      <span class="others">
        ${others.map(({ locale }) => html`<span lang=${langTagOf(locale)} dir=${directionOf(locale)}>${kioskCatalog.t(locale, 'attract.touch')}</span>`)}
      </span>
    </button>`;
  }

  #bar(): TemplateResult {
    return html`<header class="bar">
      <button type="button" @click=${() => this.go('language')}>${icon('globe')} ${this.#t('nav.language')}</button>
      <button type="button" @click=${() => this.wipe('finished')}>${this.#t('nav.restart')}</button>
    </header>`;
  }

  #bottomNav(): TemplateResult | typeof nothing {
    if (!['results', 'detail', 'map', 'list', 'contact'].includes(this.screen)) return nothing;
    const item = (screen: KioskScreen, key: KioskKey) =>
      html`<button type="button" aria-current=${this.screen === screen ? 'page' : 'false'} @click=${() => this.go(screen)}>${this.#t(key)}</button>`;
    return html`<nav class="bottom" aria-label=${this.#t('nav.main')}>
      ${item('results', 'nav.results')} ${item('map', 'nav.map')} ${item('list', 'nav.list')} ${item('feedback', 'nav.finish')}
    </nav>`;
  }

  #language(): TemplateResult {
    return html`${this.#heading(this.#t('lang.title'))}
      <div class="grid">
        ${LANGUAGE_CHOICES.map(
          ({ locale, label }) =>
            html`<button type="button" lang=${langTagOf(locale)} dir=${directionOf(locale)} data-locale=${locale} @click=${() => this.chooseLanguage(locale)}>${label}</button>`,
        )}
      </div>`;
  }

  #itemText(index: number): string {
    const item = quizItems[index];
    if (!item) return '';
    return SDK_WORDED.has(this.locale) ? item.text[this.locale as 'de' | 'en' | 'de-x-ls'] : this.#t(`quiz.${item.id}` as KioskKey);
  }

  #quiz(): TemplateResult {
    const item = quizItems[this.quizIndex];
    if (!item) return html``;
    const text = this.#itemText(this.quizIndex);
    const current = this.session.answers[item.id];
    const answers = [0, 1, 2, 3, 4] as const;
    return html`${this.#heading(this.#t('quiz.title'))}
      <p class="progress" aria-live="polite" data-progress>${this.#t('quiz.progress', { n: this.quizIndex + 1, total: quizItems.length })}</p>
      <progress max=${quizItems.length} value=${this.quizIndex} aria-hidden="true"></progress>
      <div class="item">
        ${pictogram(item.pictogram)}
        <p id="item-text" tabindex="-1">${text}</p>
        ${this.#speak(text)}
      </div>
      <div class="answers" role="group" aria-labelledby="item-text">
        ${answers.map(
          (value) =>
            html`<button type="button" data-answer=${value} aria-pressed=${current === value ? 'true' : 'false'} @click=${() => this.answer(value)}>
              ${face(value)}<span>${this.#t(`quiz.a${value}`)}</span>
            </button>`,
        )}
      </div>
      <div class="row">
        ${this.quizIndex > 0
          ? html`<button type="button" @click=${() => {
              this.quizIndex -= 1;
              this.#focusItem = true;
            }}>${this.#t('quiz.previous')}</button>`
          : nothing}
        <button type="button" data-skip @click=${() => this.answer(null)}>${this.#t('quiz.skip')}</button>
        <button type="button" @click=${() => this.go('extras')}>${this.#t('quiz.toResults')}</button>
      </div>`;
  }

  #choice<T>(options: readonly T[], label: (o: T) => string, chosen: (o: T) => boolean, pick: (o: T) => void): TemplateResult {
    return html`<div class="grid">
      ${options.map((o) => html`<button type="button" aria-pressed=${chosen(o) ? 'true' : 'false'} @click=${() => pick(o)}>${label(o)}</button>`)}
    </div>`;
  }

  #districts(): string[] {
    const names = new Set<string>();
    for (const row of this.data?.radar ?? []) if (row.regionLevel === 'ortsteil') names.add(row.regionName);
    for (const offer of this.data?.offers ?? []) if (offer.place.district) names.add(offer.place.district);
    return [...names].sort((a, b) => a.localeCompare(b, 'de'));
  }

  #extras(): TemplateResult {
    const step = EXTRAS[this.extrasIndex] ?? 'hours';
    const s = this.session;
    let title: KioskKey;
    let body: TemplateResult;
    switch (step) {
      case 'hours':
        title = 'hours.title';
        body = this.#choice(HOURS_CHOICES, (h) => this.#t(`hours.${h}`), (h) => s.hours === h, (hours) => this.#set({ hours }, true));
        break;
      case 'german':
        title = 'german.title';
        body = this.#choice(GERMAN_CHOICES, (g) => this.#t(`german.${g}` as KioskKey), (g) => s.germanLevel === g, (germanLevel) => this.#set({ germanLevel }, true));
        break;
      case 'district':
        title = 'district.title';
        body = this.#choice([...this.#districts(), ''], (d) => d || this.#t('district.other'), (d) => s.district === d, (d) => this.#set(d ? { district: d } : {}, true));
        break;
      case 'travel':
        title = 'travel.title';
        body = this.#choice([...TRAVEL_CHOICES, 0], (m) => (m ? this.#t('travel.minutes', { n: m }) : this.#t('travel.any')), (m) => s.maxTravelMinutes === m, (m) =>
          this.#set(m ? { maxTravelMinutes: m } : {}, true),
        );
        break;
      default:
        title = 'group.title';
        body = html`<p>${this.#t('group.lead')}</p>
          ${this.#choice(TARGET_GROUPS, (g) => this.#t(`group.${g}`), (g) => s.targetGroups.includes(g), (g: TargetGroup) =>
            this.#set({ targetGroups: s.targetGroups.includes(g) ? s.targetGroups.filter((x) => x !== g) : [...s.targetGroups, g] }),
          )}`;
    }
    const last = this.extrasIndex === EXTRAS.length - 1;
    return html`${this.#heading(this.#t(title))}
      <p class="progress" aria-live="polite">${this.#t('extras.step', { n: this.extrasIndex + 1, total: EXTRAS.length })} · ${this.#t('extras.lead')}</p>
      ${body}
      <div class="row">
        <button type="button" data-skip @click=${() => this.#nextExtra()}>${this.#t(last ? 'extras.done' : 'extras.skip')}</button>
        ${last ? nothing : html`<button type="button" data-to-results @click=${() => this.go('results')}>${this.#t('extras.done')}</button>`}
      </div>`;
  }

  #toggle<T>(list: readonly T[], value: T): T[] {
    return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  }

  #keyboard(field: Field, value: string, layout: 'text' | 'email' | 'tel' = 'text'): TemplateResult | typeof nothing {
    if (this.field !== field) return nothing;
    return html`<markt-keyboard
      .value=${value}
      layout=${layout}
      label=${this.#t('keyboard.label')}
      space-label=${this.#t('keyboard.space')}
      backspace-label=${this.#t('keyboard.backspace')}
      shift-label=${this.#t('keyboard.shift')}
      done-label=${this.#t('keyboard.done')}
      @markt-keyboard-input=${(e: CustomEvent<{ value: string }>) => this.#typed(field, e.detail.value)}
      @markt-keyboard-done=${() => (this.field = undefined)}
    ></markt-keyboard>`;
  }

  #typed(field: Field, value: string): void {
    if (field === 'search') this.session = { ...this.session, query: value };
    else if (field === 'missing') this.missingText = value;
    else this.contact = { ...this.contact, [field]: value };
  }

  #results(): TemplateResult {
    const results = this.results;
    const kinds = OFFER_KINDS.filter((k) => this.data?.offers.some((o) => o.kind === k));
    const fundings = FUNDINGS.filter((f) => this.data?.offers.some((o) => o.funding.includes(f)));
    const f = this.session.filters;
    const setFilters = (change: Partial<KioskSession['filters']>) => (this.session = { ...this.session, filters: { ...f, ...change } });
    return html`${this.#heading(this.#t('results.title'))}
      <div class="search">
        <label class="visually-hidden" for="search">${this.#t('search.label')}</label>
        <input
          id="search"
          type="search"
          inputmode="none"
          .value=${this.session.query}
          placeholder=${this.#t('search.placeholder')}
          @focus=${() => (this.field = 'search')}
          @input=${(e: InputEvent) => this.#typed('search', (e.target as HTMLInputElement).value)}
        />
        ${this.session.query
          ? html`<button type="button" @click=${() => (this.session = { ...this.session, query: '' })}>${this.#t('search.clear')}</button>`
          : html`<button type="button" @click=${() => (this.field = this.field === 'search' ? undefined : 'search')}>${icon('keyboard')} ${this.#t('search.label')}</button>`}
      </div>
      ${this.#keyboard('search', this.session.query)}
      <div class="row chips" role="group" aria-label=${this.#t('results.filters')}>
        ${kinds.map(
          (k: OfferKind) =>
            html`<button type="button" data-kind=${k} aria-pressed=${f.kinds.includes(k) ? 'true' : 'false'} @click=${() => setFilters({ kinds: this.#toggle(f.kinds, k) })}>${this.#t(`kind.${k}`)}</button>`,
        )}
        ${fundings.map(
          (x: Funding) =>
            html`<button type="button" data-funding=${x} aria-pressed=${f.fundings.includes(x) ? 'true' : 'false'} @click=${() => setFilters({ fundings: this.#toggle(f.fundings, x) })}>${this.#t(`funding.${x}`)}</button>`,
        )}
        <button type="button" data-part-time aria-pressed=${f.partTime ? 'true' : 'false'} @click=${() => setFilters({ partTime: !f.partTime })}>${this.#t('filter.partTime')}</button>
      </div>
      <p class="progress" aria-live="polite" data-count>${this.#t('results.count', { n: results.length })}</p>
      ${results.length === 0 ? html`<p>${this.#t('results.empty')}</p>` : nothing}
      <ul class="offers">
        ${results.map((r) => this.#offerCard(r))}
      </ul>
      ${this.#excludedList()}`;
  }

  /** The offers that do not fit, folded away, each with the rule that removed it: the visitor still decides. */
  #excludedList(): TemplateResult | typeof nothing {
    const excluded = this.excluded;
    if (excluded.length === 0) return nothing;
    return html`<details class="excluded">
      <summary>${this.#t('results.excluded', { n: excluded.length })}</summary>
      <ul class="offers">
        ${excluded.map(
          ({ offer, reasons }) =>
            html`<li class="offer" data-excluded=${offer.id}>
              <h2 lang=${this.#langOf(offer.title)}>${pickText(offer.title, this.locale)}</h2>
              <ul class="reasons">
                ${reasons.filter((r) => r.key.startsWith('excluded.')).map((r) => html`<li data-reason>${this.reasonText(r)}</li>`)}
              </ul>
              <button type="button" @click=${() => {
                this.detailId = offer.id;
                this.go('detail');
              }}>${this.#t('offer.details')}</button>
            </li>`,
        )}
      </ul>
    </details>`;
  }

  #offerCard({ offer, reasons }: Scored): TemplateResult {
    const stand = this.#standOf(offer);
    const title = pickText(offer.title, this.locale);
    const onList = this.session.list.includes(offer.id);
    const texts = reasons.filter((r) => !r.key.startsWith('note.')).slice(0, 3).map((r) => this.reasonText(r));
    return html`<li class="offer" data-offer=${offer.id}>
      <div class="heading">
        <h2 lang=${this.#langOf(offer.title)}>${title}</h2>
        ${this.#speak([title, ...texts].join('. '))}
      </div>
      <p class="meta">${this.#providerOf(offer)?.name ?? ''}${stand ? html` · <strong>${this.#t('offer.stand', { number: stand.number })}</strong>` : nothing}</p>
      ${texts.length
        ? html`<ul class="reasons" aria-label=${this.#t('results.why')}>
            ${texts.map((t) => html`<li data-reason>${t}</li>`)}
          </ul>`
        : nothing}
      <div class="row">
        <button type="button" aria-pressed=${onList ? 'true' : 'false'} data-add @click=${() => this.#set({ list: this.#toggle(this.session.list, offer.id) })}>
          ${this.#t(onList ? 'offer.remove' : 'offer.add')}
        </button>
        <button type="button" data-details @click=${() => {
          this.detailId = offer.id;
          this.go('detail');
        }}>${this.#t('offer.details')}</button>
      </div>
    </li>`;
  }

  #langOf(text: Offer['title']): string {
    return langOf(text, this.locale);
  }

  #detailOffer(): Offer | undefined {
    return this.data?.offers.find((o) => o.id === this.detailId);
  }

  #detail(): TemplateResult {
    const offer = this.#detailOffer();
    if (!offer) return this.#results();
    const stand = this.#standOf(offer);
    const title = pickText(offer.title, this.locale);
    const summary = pickText(offer.summary, this.locale);
    const where = stand ? this.#t('offer.where', { number: stand.number, area: this.#area(stand) }) : '';
    const scored = this.results.find((r) => r.offer.id === offer.id) ?? this.excluded.find((r) => r.offer.id === offer.id);
    const onList = this.session.list.includes(offer.id);
    return html`${this.#heading(title, `${title}. ${summary}. ${where}`, this.#langOf(offer.title))}
      <p class="meta">${this.#t('offer.provider', { name: this.#providerOf(offer)?.name ?? '' })}</p>
      ${where ? html`<p data-where><strong>${where}</strong></p>` : nothing}
      <p lang=${this.#langOf(offer.summary)}>${summary}</p>
      ${scored?.reasons.length
        ? html`<h2>${this.#t('results.why')}</h2>
            <ul class="reasons">
              ${scored.reasons.map((r) => html`<li data-reason>${this.reasonText(r)}</li>`)}
            </ul>`
        : nothing}
      <div class="row">
        <button type="button" aria-pressed=${onList ? 'true' : 'false'} @click=${() => this.#set({ list: this.#toggle(this.session.list, offer.id) })}>
          ${this.#t(onList ? 'offer.remove' : 'offer.add')}
        </button>
        <button type="button" @click=${() => this.go('map')}>${this.#t('offer.showOnMap')}</button>
        <button type="button" class="primary" data-contact @click=${() => this.go('contact')}>${this.#t('offer.contact')}</button>
        <button type="button" @click=${() => this.go('results')}>${this.#t('nav.back')}</button>
      </div>`;
  }

  /** The stands of the list (or of the detail offer), in walking order from the entrance. */
  get route(): { stands: Stand[]; path: Point[] } {
    if (!this.data) return { stands: [], path: [] };
    return routeThrough(this.data, this.screen === 'map' && this.detailId && !this.session.list.length ? [this.detailId] : this.listIds);
  }

  #map(): TemplateResult {
    const { stands, path } = this.route;
    return html`${this.#heading(this.#t('map.title'))}
      <p aria-live="polite" data-route>
        ${stands.length ? this.#t('map.route', { stands: stands.map((s) => s.number).join(' → ') }) : this.#t('map.none')}
      </p>
      <markt-floor-map
        .plan=${this.data?.event.floorPlan}
        .stands=${this.data?.stands ?? []}
        .highlighted=${stands.map((s) => s.id)}
        .route=${path}
        label=${this.#t('map.label', { n: stands.length })}
        here-label=${this.#t('map.here')}
      ></markt-floor-map>`;
  }

  #list(): TemplateResult {
    const data = this.data;
    if (!data) return html``;
    const ids = this.listIds;
    const link = listLink(this.listOrigin ?? location.origin, data.event.id, this.locale, ids);
    return html`${this.#heading(this.#t('list.title'), this.#t('list.lead'))}
      <p>${this.#t('list.lead')}</p>
      ${this.session.list.length === 0 ? html`<p>${this.#t('list.fromTop')}</p>` : nothing}
      <div class="qr" role="img" aria-label=${this.#t('list.qr')} data-link=${link}>${unsafeSVG(qrSvg(link))}</div>
      <ol>
        ${ids.map((id) => {
          const offer = data.offers.find((o) => o.id === id);
          const stand = offer && this.#standOf(offer);
          return offer ? html`<li>${pickText(offer.title, this.locale)}${stand ? ` · ${this.#t('offer.stand', { number: stand.number })}` : ''}</li>` : nothing;
        })}
      </ol>`;
  }

  #consentText(offer: Offer): string {
    return this.#t('contact.consent', { provider: this.#providerOf(offer)?.name ?? '', days: this.data?.event.retentionDays ?? 30 });
  }

  #contact(): TemplateResult {
    const offer = this.#detailOffer();
    if (!offer) return this.#results();
    if (this.contactSentTo) {
      return html`${this.#heading(this.#t('contact.sent', { provider: this.contactSentTo }))}
        <div class="row"><button type="button" @click=${() => this.go('results')}>${this.#t('nav.results')}</button></div>`;
    }
    const consent = this.#consentText(offer);
    const input = (field: 'name' | 'phone' | 'email', key: KioskKey, type: string, layout: 'text' | 'email' | 'tel') =>
      html`<label for="contact-${field}">${this.#t(key)}</label>
        <input
          id="contact-${field}"
          type=${type}
          inputmode="none"
          autocomplete="off"
          .value=${this.contact[field]}
          @focus=${() => (this.field = field)}
          @input=${(e: InputEvent) => this.#typed(field, (e.target as HTMLInputElement).value)}
        />
        ${this.#keyboard(field, this.contact[field], layout)}`;
    return html`${this.#heading(this.#t('contact.title'), `${this.#t('contact.lead')} ${consent}`)}
      <p>${this.#t('contact.lead')}</p>
      <p class="meta">${this.#t('contact.for', { offer: pickText(offer.title, this.locale) })}</p>
      <form @submit=${(e: SubmitEvent) => this.#sendContact(e, offer, consent)} novalidate>
        ${input('name', 'contact.name', 'text', 'text')} ${input('phone', 'contact.phone', 'tel', 'tel')} ${input('email', 'contact.email', 'email', 'email')}
        <div class="consent">
          <p id="consent-text">${consent}</p>
          ${this.#speak(consent)}
          <label class="check">
            <input type="checkbox" .checked=${this.consent} aria-describedby="consent-text" @change=${(e: Event) => (this.consent = (e.target as HTMLInputElement).checked)} />
            ${this.#t('contact.agree')}
          </label>
        </div>
        <p class="error" role="alert">${this.contactError ? this.#t(this.contactError) : ''}</p>
        <div class="row">
          <button type="submit" class="primary">${this.#t('contact.send')}</button>
          <button type="button" @click=${() => this.go('detail')}>${this.#t('nav.back')}</button>
        </div>
      </form>`;
  }

  #sendContact(e: SubmitEvent, offer: Offer, consentText: string): void {
    e.preventDefault();
    const name = this.contact.name.trim();
    const phone = this.contact.phone.trim();
    const email = this.contact.email.trim();
    if (!phone && !email) {
      this.contactError = 'contact.needOne';
      return;
    }
    if (!this.consent) {
      this.contactError = 'contact.needConsent';
      return;
    }
    this.contactError = undefined;
    const stand = this.#standOf(offer);
    const lead: LeadInput = {
      providerId: offer.providerId,
      ...(stand ? { standId: stand.id } : {}),
      offerId: offer.id,
      deviceId: this.#sessionDevice,
      contact: { ...(name ? { name } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
      locale: this.locale,
      consent: { text: consentText, locale: this.locale, at: new Date().toISOString() },
      idempotencyKey: newIdempotencyKey(),
    };
    this.#queue('leads', lead);
    this.dispatchEvent(new CustomEvent<KioskContactDetail>('markt-contact-request', { detail: lead, bubbles: true, composed: true }));
    // The typed details leave memory as soon as they are handed on.
    this.contact = { name: '', phone: '', email: '' };
    this.consent = false;
    this.field = undefined;
    this.contactSentTo = this.#providerOf(offer)?.name ?? '';
    this.#focusPending = true;
  }

  /**
   * Hands an item to the server through an outbox (kept in localStorage, sent again until the server
   * confirms; its own idempotency key makes a repeat harmless). Only when the kiosk talks to a server.
   */
  #queue(kind: 'leads' | 'feedback', item: LeadInput | FeedbackInput): void {
    if (this.apiBase === undefined) return;
    let outbox = this.#outboxes.get(kind);
    if (!outbox) {
      const client = new ApiClient({ baseUrl: this.apiBase, ...(this.deviceToken ? { token: this.deviceToken } : {}) });
      outbox = new Outbox<LeadInput | FeedbackInput>({ name: `kiosk-${kind}`, send: (body) => client.deliver(`/api/kiosk/${kind}`, body) });
      this.#outboxes.set(kind, outbox);
    }
    void outbox.enqueue(item);
  }

  #feedback(): TemplateResult {
    const ratings = [1, 2, 3, 4, 5] as const;
    return html`${this.#heading(this.#t('feedback.title'))}
      <div class="rating" role="group" aria-label=${this.#t('feedback.title')}>
        ${ratings.map(
          (r) =>
            html`<button type="button" data-rating=${r} aria-pressed=${this.rating === r ? 'true' : 'false'} @click=${() => (this.rating = r)}>
              ${face(r - 1)}<span>${this.#t(`feedback.r${r}`)}</span>
            </button>`,
        )}
      </div>
      <label for="missing">${this.#t('feedback.missing')}</label>
      <textarea id="missing" inputmode="none" rows="2" .value=${this.missingText} @focus=${() => (this.field = 'missing')} @input=${(e: InputEvent) => (this.missingText = (e.target as HTMLTextAreaElement).value)}></textarea>
      ${this.#keyboard('missing', this.missingText)}
      <div class="row">
        <button type="button" class="primary" data-send-feedback @click=${() => this.#sendFeedback()}>${this.#t('feedback.send')}</button>
      </div>`;
  }

  #sendFeedback(): void {
    if (this.rating) {
      const missing = this.missingText.trim();
      const detail: FeedbackInput = { rating: this.rating, locale: this.locale, deviceId: this.#sessionDevice, idempotencyKey: newIdempotencyKey(), ...(missing ? { missing } : {}) };
      this.#queue('feedback', detail);
      this.dispatchEvent(new CustomEvent<KioskFeedbackDetail>('markt-feedback', { detail, bubbles: true, composed: true }));
    }
    this.go('thanks');
    this.#thanksTimer = setTimeout(() => {
      if (this.screen === 'thanks') this.wipe('finished');
    }, 5000);
  }

  #thanks(): TemplateResult {
    return html`${this.#heading(this.#t('feedback.thanks'))}
      <div class="row"><button type="button" class="primary" @click=${() => this.wipe('finished')}>${this.#t('nav.finish')}</button></div>`;
  }

  #idleDialog(): TemplateResult {
    return html`<div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-lead">
      <div>
        <h2 id="idle-title">${this.#t('idle.title')}</h2>
        <p id="idle-lead">${this.#t('idle.lead')}</p>
        <div class="row">
          <button type="button" class="primary" data-idle-continue @click=${() => {
            this.idlePrompt = false;
            this.#idle.restart();
            this.#focusPending = true;
          }}>${this.#t('idle.continue')}</button>
          <button type="button" @click=${() => this.wipe('finished')}>${this.#t('idle.end')}</button>
        </div>
      </div>
    </div>`;
  }

  protected override firstUpdated(): void {
    this.#checkVoice();
    // After the first paint, fetch the other languages so the attract screen can invite in all of them.
    void Promise.all(LANGUAGE_CHOICES.map(({ locale }) => kioskCatalog.load(locale))).then(() => this.requestUpdate());
  }
}
