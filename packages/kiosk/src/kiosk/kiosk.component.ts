import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  pickText,
  type FeedbackInput,
  type InterestProfile,
  type LeadInput,
  type Locale,
  type Offer,
  type Point,
  type Provider,
  type Radar,
  type Reason,
  type SearchIndex,
  type Stand,
} from '@markt/sdk';
import { quizItems } from '@markt/sdk/quiz-texts';
import { LocaleController, directionOf, langTagOf } from '../i18n/catalog.js';
import { ApiClient, ApiError, EVENT_CLOSED, outcomeOf } from '../net/api-client.js';
import { newIdempotencyKey, randomToken } from '../net/device-id.js';
import { Outbox, type Refusal, type SendOutcome } from '../net/outbox.js';
import { serverClock } from '../net/server-clock.js';
import { icon } from '../pictograms/index.js';
import '../shared/privacy-notice/privacy-notice.js';
import type { ContactState, KioskEngine } from './engine.js';
import { IdleController } from './idle.js';
import { SessionReporter } from './presence.js';
import { LANGUAGE_CHOICES, LANGUAGE_WORDS, kioskCatalog, type KioskKey } from './i18n.js';
import type { KeyboardLayout } from './keyboard/keyboard.component.js';
import { kioskStyles } from './kiosk.styles.js';
import type { KioskData, Ranking, Scored } from './offers.js';
import type { Field, KioskScreen, KioskView } from './screens/view.js';
import { emptySession, type KioskSession } from './session.js';
import { speak, stopSpeaking, voiceFor } from './speech.js';


export type { KioskData } from './offers.js';
export type { KioskScreen } from './screens/view.js';

/** Detail of `markt-feedback`: a `FeedbackInput`. */
export type KioskFeedbackDetail = FeedbackInput;
/** Detail of `markt-contact-request`: a `LeadInput`. */
export type KioskContactDetail = LeadInput;

/** Detail of `markt-kiosk-unpaired`: the server's error code (`DEVICE_REVOKED` or `UNAUTHORIZED`). */
export interface KioskUnpairedDetail {
  code: string;
}

/**
 * Detail of `markt-kiosk-unsent`: the kind of the record dropped unsent (past its time, or a contact request the server
 * refused), and how many were dropped since the page loaded.
 */
export interface KioskUnsentDetail {
  kind: 'leads' | 'feedback' | 'quizzes' | 'searches';
  total: number;
}

/** How long past the fair's end (or past queuing, when that is later) a record may wait for the network. */
const UNSENT_GRACE_MS = 24 * 60 * 60 * 1000;

/** The kinds of records a paired kiosk reports, each through its own outbox (`/api/kiosk/<kind>`). */
const RECORD_KINDS = ['leads', 'feedback', 'quizzes', 'searches'] as const;
type RecordKind = (typeof RECORD_KINDS)[number];
/** Where the outbox of `kind` keeps its items (an Outbox named `n` stores under `markt.outbox.<n>`). */
const outboxKey = (kind: RecordKind): string => `markt.outbox.kiosk-${kind}`;

/** What the kiosk reports to the server: contact requests, feedback and the anonymous statistics. */
type KioskRecord = LeadInput | FeedbackInput | QuizRecord | SearchRecord;
/** An anonymous quiz result (`POST /api/kiosk/quizzes`): the Holland code and interests, nothing else. */
interface QuizRecord {
  code: string;
  interests: InterestProfile;
  idempotencyKey: string;
}
/** A search (`POST /api/kiosk/searches`); the server keeps only those that found nothing. */
interface SearchRecord {
  query: string;
  resultCount: number;
  locale: Locale;
  /** Sent again (a lost answer), it is stored once. */
  idempotencyKey: string;
  /** The random id of this visitor session (see `#searchSession`): the report counts a term once per visitor. */
  session: string;
}

/** Where the visitor's session is kept for a page reload (wiped on idle and at the end). */
export const SESSION_KEY = 'markt.kiosk.session';
/** Where the fair's data is kept for a start without the server (followed by the event id). */
export const DATA_KEY = 'markt.kiosk.data.';
/** How many top results the map and the take-home list use when the visitor chose none. */
const TOP = 5;

let engineLoading: Promise<KioskEngine> | undefined;
/**
 * Loads everything past the language screen (./engine.ts) once: the first paint needs only the attract
 * and language screens, so /kiosk starts small and fetches the rest while the visitor reads.
 */
function loadEngine(): Promise<KioskEngine> {
  engineLoading ??= import('./engine.js').catch((error: unknown) => {
    // Not reachable just now (the server went away before it came): the next call tries again.
    engineLoading = undefined;
    throw error;
  });
  return engineLoading;
}

/**
 * @summary The visitor's touch kiosk: language, a three-minute quiz, offers that fit with their reasons,
 * the way through the hall, a take-home QR code, a contact request and feedback. Runs offline from its data.
 *
 * @event {CustomEvent<KioskContactDetail>} markt-contact-request - A visitor asked a provider to contact them (with consent).
 * @event {CustomEvent<KioskFeedbackDetail>} markt-feedback - A visitor rated the kiosk at the end.
 * @event {CustomEvent<{ reason: 'idle' | 'finished' }>} markt-session-end - Everything the visitor entered was wiped.
 * @event {CustomEvent<KioskUnsentDetail>} markt-kiosk-unsent - A queued record (a contact request, feedback or a
 *   statistic) could not be sent in its time (the fair's end plus one day), or the server refused a contact request
 *   for good (a 4xx other than 410 EVENT_CLOSED, which every visitor is shown), and it was dropped unsent; `total`
 *   is the count since the page loaded, for a notice to the operator ("N requests could not be sent").
 * @event {CustomEvent<KioskUnpairedDetail>} markt-kiosk-unpaired - The server refused the device token (401
 *   `DEVICE_REVOKED` or `UNAUTHORIZED`): the kiosk stopped reporting and dropped what it had queued; the page must pair again.
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
  /**
   * Set by the kiosk (reflected as the `offline-ready` attribute) once everything a visitor can reach is
   * loaded: the screens past the language choice, every language's texts and the take-home QR encoder. From
   * then on the kiosk runs without the network; a set-up check (or a test) can wait for it.
   */
  @property({ type: Boolean, reflect: true, attribute: 'offline-ready' }) offlineReady = false;

  @state() screen: KioskScreen = 'attract';
  @state() session: KioskSession = emptySession();
  @state() quizIndex = 0;
  @state() extrasIndex = 0;
  @state() detailId: string | undefined;
  @state() idlePrompt = false;
  /** "Delete everything and start over?" is asked (the visitor tapped "Start over" with answers or a list). */
  @state() confirmRestart = false;
  @state() field: Field | undefined;
  @state() contact = { name: '', phone: '', email: '' };
  @state() consent = false;
  @state() contactError: KioskKey | undefined;
  @state() contactSentTo: string | undefined;
  /**
   * The server refused a record because the fair is over (410 EVENT_CLOSED): the contact screen says so instead
   * of "sent" and, for every later visitor, instead of the form. Kept across wipes, reset when another fair's data comes.
   */
  @state() eventClosed = false;
  /**
   * Offers whose contact request of this session the server refused (a 400, 404, 409 or 422): their contact screen
   * says "could not be sent" instead of "sent". Wiped with the session.
   */
  @state() contactFailed: readonly string[] = [];
  /**
   * The offer of a refused request whose refusal came while the visitor was elsewhere: a notice (role="alert") on
   * every screen says so until the visitor dismisses it or opens that offer's contact screen.
   */
  @state() refusalNotice: string | undefined;
  @state() rating: number | undefined;
  @state() missingText = '';
  @state() loadError = false;
  @state() hasVoice = false;
  /** How many result cards the results screen renders (more on request; reset when the search or filters change). */
  @state() resultsShown = 20;

  readonly #i18n = new LocaleController<KioskKey>(this, kioskCatalog);
  readonly #idle = new IdleController(this, {
    onPrompt: () => {
      this.idlePrompt = true;
      this.confirmRestart = false;
      // A touch while the prompt shows restarts the timers, so the prompt can come again: one countdown only.
      clearInterval(this.#countdown);
      this.#countdown = setInterval(() => this.requestUpdate(), 1000);
    },
    onReset: () => this.wipe('idle'),
  });
  /** The engine (./engine.ts) once loaded; until then only the attract and language screens render. */
  #engine: KioskEngine | undefined;
  #engineReady: Promise<KioskEngine> | undefined;
  /** The radar and search index of `data`, built once per data set when the engine is there. */
  #built: { data: KioskData; radar: Radar; index: SearchIndex } | undefined;
  readonly #outboxes = new Map<string, Outbox<KioskRecord>>();
  /** Anonymous statistics already reported in this session (the quiz once, each search text once). */
  #reported = new Set<string>();
  /** True once the server refused the device token: nothing is sent any more. */
  #unpaired = false;
  /** Tells the server "this kiosk is in use" (paired kiosks only; nothing about the visitor). */
  #presence: SessionReporter | undefined;
  /** Queued records dropped unsent since the page loaded (past their time, see `#maxAgeOf`, or refused). */
  #unsent = 0;
  /** The contact requests of this session not yet answered: idempotency key → offer id (see `contactFailed`). */
  #sessionLeads = new Map<string, string>();
  /** A random id for this visitor's session only; a new one after every wipe (never the device's id). */
  #sessionDevice = randomToken(16);
  /**
   * Another random id of this visitor session, sent only with its searches (so the report counts a term once per
   * visitor, not once per search). Made when the session starts (the first touch), forgotten at the wipe; never shown,
   * kept nowhere but here and in the search outbox's records. Not `#sessionDevice`: the server must not be able to
   * link a visitor's searches to their contact request.
   */
  #searchSession: string | undefined;
  /** Counts wipes: work that waited (a language loading) must not act on the next visitor's session. */
  #generation = 0;
  /** The screen the language choice was opened from, to return to it. */
  #languageFrom: KioskScreen | undefined;
  #focusPending = false;
  /** Focus the next quiz item's text (same screen, new statement). */
  #focusItem = false;
  #thanksTimer: ReturnType<typeof setTimeout> | undefined;
  #countdown: ReturnType<typeof setInterval> | undefined;
  readonly #onVoices = (): void => this.#checkVoice();

  get locale(): Locale {
    return this.#i18n.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.addEventListener('voiceschanged', this.#onVoices);
    window.addEventListener('online', this.#onOnline);
    this.#restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.removeEventListener('voiceschanged', this.#onVoices);
    window.removeEventListener('online', this.#onOnline);
    clearTimeout(this.#loadRetry);
    for (const outbox of this.#outboxes.values()) outbox.stop();
    if (this.#presence) this.#presence.active = false;
    clearTimeout(this.#thanksTimer);
    clearInterval(this.#countdown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('idlePrompt') && !this.idlePrompt) clearInterval(this.#countdown);
    if (changed.has('idlePromptSeconds') || changed.has('idleResetSeconds')) {
      this.#idle.promptSeconds = this.idlePromptSeconds;
      this.#idle.resetSeconds = this.idleResetSeconds;
      this.#idle.restart();
    }
    const before = changed.get('session') as KioskSession | undefined;
    if (before && (before.query !== this.session.query || before.filters !== this.session.filters || before.answers !== this.session.answers)) {
      this.resultsShown = this.#engine?.RESULTS_PAGE ?? this.resultsShown;
    }
    if (changed.has('data') && this.data && this.#engine) this.#build(this.#engine, this.data);
    if (changed.has('data') && (changed.get('data') as KioskData | undefined)?.event.id !== this.data?.event.id) this.eventClosed = false;
    if ((changed.has('deviceToken') || changed.has('apiBase')) && this.deviceToken && this.apiBase !== undefined) {
      this.#unpaired = false;
      // Requests queued before a reload (e.g. made offline) go out as soon as the kiosk runs again.
      this.#startOutboxes();
      this.#presence?.stop();
      const client = new ApiClient({ baseUrl: this.apiBase, token: this.deviceToken });
      this.#presence = new SessionReporter({ client, onUnauthorized: (code) => this.#unpair(code) });
      this.#presence.active = this.screen !== 'attract';
    }
    if ((changed.has('apiBase') || changed.has('eventId')) && !this.data && this.eventId !== undefined && this.apiBase !== undefined) {
      void this.#load();
    }
    // The visitor sees the refusal on the offer's own contact screen now.
    if (this.refusalNotice !== undefined && this.screen === 'contact' && this.detailId === this.refusalNotice) this.refusalNotice = undefined;
    if (changed.has('screen')) {
      this.#idle.armed = this.screen !== 'attract';
      if (this.screen !== 'attract') this.#searchSession ??= randomToken(16);
      // A visitor session runs from the first touch on the attract screen until the wipe returns to it.
      if (this.#presence) this.#presence.active = this.screen !== 'attract';
      this.#focusPending = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('confirmRestart') && this.confirmRestart) {
      // "No" has the focus: an accidental second tap (or Enter) keeps everything.
      this.renderRoot.querySelector<HTMLElement>('[data-restart-no]')?.focus();
    } else if (changed.has('confirmRestart') && changed.get('confirmRestart') === true && this.screen !== 'attract' && !this.idlePrompt) {
      this.renderRoot.querySelector<HTMLElement>('[data-restart]')?.focus();
    }
    if (changed.has('idlePrompt') && this.idlePrompt) {
      // An open privacy dialog would hide the prompt (a modal sits on top of everything).
      this.#closePrivacy();
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

  /**
   * Loads the fair's data. The last answer is kept in localStorage (`markt.kiosk.data.<event>`): a kiosk
   * whose server is unreachable starts from it, and a fresh answer replaces it when the server answers.
   */
  async #load(): Promise<void> {
    const key = `${DATA_KEY}${this.eventId ?? ''}`;
    let cached: string | null = null;
    try {
      cached = localStorage.getItem(key);
      if (cached && !this.data) this.data = JSON.parse(cached) as KioskData;
    } catch {
      // No storage or a damaged entry: load from the server only.
    }
    try {
      const client = new ApiClient({ baseUrl: this.apiBase ?? '' });
      const fresh = await client.get<KioskData>(`/api/events/${encodeURIComponent(this.eventId ?? '')}/public`);
      this.loadError = false;
      const raw = JSON.stringify(fresh);
      this.#loadAttempts = 0;
      if (raw === cached && this.data) return;
      this.data = fresh;
      try {
        localStorage.setItem(key, raw);
      } catch {
        // Storage full: the kiosk still runs, it just cannot start offline.
      }
    } catch {
      this.loadError = !this.data;
      // Without any data (a first start while the server or the Wi-Fi is not up yet) try again, sooner at
      // first, and at once when the browser says it is online again.
      if (!this.data && this.isConnected) {
        clearTimeout(this.#loadRetry);
        this.#loadRetry = setTimeout(() => void this.#load(), Math.min(60_000, 2_000 * 2 ** this.#loadAttempts++));
      }
    }
  }

  #loadAttempts = 0;
  #loadRetry: ReturnType<typeof setTimeout> | undefined;
  readonly #onOnline = (): void => {
    if (!this.data && this.eventId !== undefined && this.apiBase !== undefined) void this.#load();
  };

  // ── session ──────────────────────────────────────────────────────────────

  /** Go to a screen (the heading of the new screen receives focus). */
  go(screen: KioskScreen): void {
    if (screen === 'language' && this.screen !== 'language') this.#languageFrom = this.screen;
    if (this.screen === 'results' || this.field === 'search') this.#reportSearch();
    if (screen === 'results') this.#reportQuiz();
    this.field = undefined;
    this.screen = screen;
  }

  /** Reports the quiz result once per session, anonymously (code and interests only). */
  #reportQuiz(): void {
    if (this.#reported.has('quiz')) return;
    const answers = this.session.answers;
    if (!Object.values(answers).some((a) => a !== null)) return;
    this.#reported.add('quiz');
    if (!this.#engine) return;
    const { code, interests } = this.#engine.scoreQuiz(answers);
    this.#queue('quizzes', { code, interests, idempotencyKey: newIdempotencyKey() });
  }

  /**
   * Reports a finished search that found nothing, once per text, so the organizer learns what visitors looked
   * for in vain. A search that found something is not reported at all: the server keeps no such search, and
   * its text (a name, a debt, an illness) must not wait in the kiosk's storage for the network.
   */
  #reportSearch(): void {
    const query = this.session.query.trim();
    if (!query || this.#reported.has(`search:${query}`) || this.results.length > 0) return;
    this.#reported.add(`search:${query}`);
    this.#searchSession ??= randomToken(16);
    this.#queue('searches', { query, resultCount: 0, locale: this.locale, idempotencyKey: newIdempotencyKey(), session: this.#searchSession });
  }

  async chooseLanguage(locale: Locale): Promise<void> {
    const generation = this.#generation;
    const from = this.#languageFrom;
    // A wipe (or another choice) while the language loads wins: nothing of this choice reaches the next visitor.
    if (!(await this.#i18n.setLocale(locale)) || generation !== this.#generation) return;
    this.session = { ...this.session, locale };
    this.#checkVoice();
    this.#languageFrom = undefined;
    // Back where the visitor opened the language choice (the quiz goes on at its question); from the start
    // screen, to the quiz.
    if (from && from !== 'attract' && from !== 'language') this.go(from);
    else this.go(this.quizIndex > 0 || Object.keys(this.session.answers).length > 0 ? 'results' : 'quiz');
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
    if (this.extrasIndex + 1 >= (this.#engine?.EXTRAS.length ?? 0)) this.go('results');
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
   * requests still waiting in the outbox stay there until the server confirms them, but no longer than the
   * fair's end plus one day (see `#maxAgeOf`); searches that found something were never queued.
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
    this.contactFailed = [];
    this.refusalNotice = undefined;
    this.#sessionLeads = new Map();
    this.rating = undefined;
    this.missingText = '';
    this.resultsShown = this.#engine?.RESULTS_PAGE ?? this.resultsShown;
    this.idlePrompt = false;
    this.confirmRestart = false;
    this.#sessionDevice = randomToken(16);
    this.#searchSession = undefined;
    this.#generation += 1;
    this.#languageFrom = undefined;
    this.#engine?.forgetQrCodes();
    this.#lastMatch = undefined;
    this.#reported = new Set();
    try {
      for (const store of [localStorage, sessionStorage]) {
        // Only the visitor's session: a device token or queued requests of the outbox stay.
        for (const key of Object.keys(store)) if (key.startsWith(SESSION_KEY)) store.removeItem(key);
      }
    } catch {
      // Storage can be unavailable (private mode); there is then nothing to wipe.
    }
    void this.#i18n.setLocale('de');
    this.#closePrivacy();
    this.screen = 'attract';
    this.dispatchEvent(new CustomEvent('markt-session-end', { detail: { reason }, bubbles: true, composed: true }));
  }

  #persist(): void {
    try {
      localStorage.setItem(
        SESSION_KEY,
        JSON.stringify({ session: this.session, quizIndex: this.quizIndex, screen: this.screen, reported: [...this.#reported], savedAt: Date.now() }),
      );
    } catch {
      // A kiosk without storage still works; it just forgets on reload.
    }
  }

  #restore(): void {
    try {
      const raw = localStorage.getItem(SESSION_KEY);
      if (!raw) return;
      const saved = JSON.parse(raw) as { session: KioskSession; quizIndex: number; screen: KioskScreen; reported?: string[]; savedAt?: number };
      // A reload in the middle of a session (a crash, a power cut) goes on with it; a session older than the
      // idle reset belongs to a visitor who has gone, and the next one must not see it.
      if (!(typeof saved.savedAt === 'number' && Date.now() - saved.savedAt < this.idleResetSeconds * 1000)) {
        localStorage.removeItem(SESSION_KEY);
        return;
      }
      this.session = { ...emptySession(), ...saved.session };
      // What this session already reported stays reported: a reload does not count its quiz twice.
      this.#reported = new Set(Array.isArray(saved.reported) ? saved.reported.filter((r) => typeof r === 'string') : []);
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

  /** The radar and search index of `data` (built once per data set: on load, not on the visitor's touch). */
  #build(engine: KioskEngine, data: KioskData): { radar: Radar; index: SearchIndex } {
    if (this.#built?.data !== data) this.#built = { data, radar: engine.buildRadar(data.radar), index: engine.createSearchIndex(data.offers) };
    return this.#built;
  }

  /** The last match, kept while data, session and language stay the same (one render asks several times). */
  #lastMatch: { data: KioskData; session: KioskSession; locale: Locale; value: Ranking } | undefined;

  #matched(): Ranking {
    const data = this.data;
    if (!data) return { results: [], excluded: [] };
    const last = this.#lastMatch;
    if (last && last.data === data && last.session === this.session && last.locale === this.locale) return last.value;
    const engine = this.#engine;
    if (!engine) return { results: [], excluded: [] };
    const { radar, index } = this.#build(engine, data);
    const value = engine.rankOffers(data, this.session, this.locale, { radar, index });
    this.#lastMatch = { data, session: this.session, locale: this.locale, value };
    return value;
  }

  /** The offers of the take-home list: the visitor's choice, else the top results. */
  get listIds(): string[] {
    if (this.session.list.length > 0) return this.session.list;
    return this.results.slice(0, TOP).map((r) => r.offer.id);
  }

  #standOf(offer: Offer): Stand | undefined {
    return this.data && this.#engine ? this.#engine.standOf(this.data, offer) : undefined;
  }

  #providerOf(offer: Offer): Provider | undefined {
    return this.data?.providers.find((p) => p.id === offer.providerId);
  }

  /** A reason in the visitor's language, its vocabulary words and occupations translated. */
  reasonText(reason: Reason): string {
    return this.#engine?.reasonText(reason, this.locale) ?? '';
  }

  // ── rendering ────────────────────────────────────────────────────────────

  /** What the screen templates (./screens/) read and do; the state stays here. */
  readonly #view: KioskView = this.#makeView();

  #makeView(): KioskView {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the view's getters read this element's current state
    const host = this;
    return {
      get locale() {
        return host.locale;
      },
      get data() {
        return host.data as KioskData;
      },
      get session() {
        return host.session;
      },
      get field() {
        return host.field;
      },
      t: (key, params) => host.#t(key, params),
      heading: (text, read, lang, mark) => host.#heading(text, read, lang, mark),
      speak: (text) => host.#speak(text),
      keyboard: (field, value, layout) => host.#keyboard(field, value, layout),
      go: (screen) => host.go(screen),
      set: (change, advance) => host.#set(change, advance),
      openField: (field) => {
        host.field = field;
      },
      typed: (field, value) => host.#typed(field, value),
      reasonText: (reason) => host.reasonText(reason),
      standOf: (offer) => host.#standOf(offer),
      providerOf: (offer) => host.#providerOf(offer),
      whereIs: (stand) => {
        const area = host.#engine?.areaOf(stand, host.data?.event.floorPlan);
        return host.#t('offer.where', { number: stand.number, area: area ? host.#t(`area.${area}`) : '' });
      },
    };
  }

  override render() {
    const locale = this.locale;
    return html`<div class="app" part="app" lang=${langTagOf(locale)} dir=${directionOf(locale)}>
      <div class="screen" ?inert=${this.idlePrompt || this.confirmRestart}>
        ${this.screen === 'attract' ? this.#attract() : html`${this.#bar()}<main>${this.#refusal()}${this.#screen()}</main>${this.#bottomNav()}`}
      </div>
      ${this.idlePrompt ? this.#idleDialog() : this.confirmRestart ? this.#restartDialog() : nothing}
    </div>`;
  }

  #screen(): TemplateResult {
    const data = this.data;
    if (!data && this.screen !== 'language') {
      return this.#heading(this.#t(this.loadError ? 'error.load' : 'loading'));
    }
    if (this.screen === 'language') return this.#language();
    const engine = this.#engine;
    if (!engine) {
      void this.#loadEngine().catch(() => undefined);
      return this.#heading(this.#t('loading'));
    }
    const { quizScreen, extrasScreen, detailScreen, resultsScreen, mapScreen, listScreen, listLink, contactScreen, feedbackScreen, thanksScreen } = engine;
    const v = this.#view;
    const offer = this.#detailOffer();
    switch (this.screen) {
      case 'quiz':
        return quizScreen(v, this.quizIndex, {
          answer: (value) => this.answer(value),
          previous: () => {
            this.quizIndex -= 1;
            this.#focusItem = true;
          },
        });
      case 'extras':
        return extrasScreen(v, this.extrasIndex, () => this.#nextExtra());
      case 'detail':
        if (offer) return detailScreen(v, offer, this.results.find((r) => r.offer.id === offer.id) ?? this.excluded.find((r) => r.offer.id === offer.id));
        return resultsScreen(v, this.#matched(), (id) => this.#openDetail(id), this.#resultsPage());
      case 'map':
        return mapScreen(v, this.route);
      case 'list':
        // A visitor who saved nothing takes the top results home as suggestions (`r=`), not as "your list".
        return listScreen(
          v,
          this.listIds,
          listLink(this.listOrigin ?? location.origin, data?.event.id ?? '', this.locale, this.session.list, this.session.list.length > 0 ? [] : this.listIds),
        );
      case 'contact':
        if (offer) return contactScreen(v, offer, this.#contactState(offer));
        return resultsScreen(v, this.#matched(), (id) => this.#openDetail(id), this.#resultsPage());
      case 'feedback':
        return feedbackScreen(v, {
          rating: this.rating,
          missing: this.missingText,
          rate: (r) => {
            this.rating = r;
          },
          send: () => this.#sendFeedback(),
        });
      case 'thanks':
        return thanksScreen(v, () => this.wipe('finished'));
      default:
        return resultsScreen(v, this.#matched(), (id) => this.#openDetail(id), this.#resultsPage());
    }
  }

  /**
   * A screen's heading (focused when the screen opens) with its read-aloud button; with `lang` (an offer's title) the
   * text is isolated in its own direction and `mark` (the fallback tag) follows it.
   */
  #heading(text: string, read: string = text, lang?: string, mark: TemplateResult | typeof nothing = nothing): TemplateResult {
    const content = lang === undefined ? text : html`<bdi lang=${lang}>${text}</bdi>${mark}`;
    return html`<div class="heading">
      <h1 tabindex="-1" data-screen-heading>${content}</h1>
      ${this.#speak(read)}
    </div>`;
  }

  #speak(text: string): TemplateResult | typeof nothing {
    if (!this.hasVoice) return nothing;
    return html`<button type="button" class="speak" aria-label="${this.#t('speak.label')}: ${text}" @click=${() => speak(text, this.locale)}>${icon('speaker')}</button>`;
  }

  #closePrivacy(): void {
    for (const notice of this.renderRoot.querySelectorAll('markt-privacy-notice')) notice.close();
  }

  /** "Datenschutz": the Art. 13 notice of the event, behind a button, in a dialog (attract screen and top bar). */
  #privacy(where: string): TemplateResult {
    const event = this.data?.event;
    return html`<markt-privacy-notice
      class=${where}
      dialog
      place="kiosk"
      .locale=${this.locale}
      .privacy=${event?.privacy}
      .retentionDays=${event?.retentionDays ?? 30}
    ></markt-privacy-notice>`;
  }

  #attract(): TemplateResult {
    const event = this.data?.event;
    // "Touch to start" in every language whose messages are here (all load in the background after start-up).
    const others = LANGUAGE_CHOICES.filter(({ locale }) => locale !== this.locale && kioskCatalog.has(locale));
    return html`<main class="attract-main">
      <h1 class="visually-hidden">${this.#t('app.label')}</h1>
      <button type="button" class="attract" @click=${() => this.go('language')}>
      ${event ? html`<span class="event">${pickText(event.title, this.locale)}</span>` : nothing}
      <span class="title">${this.#t('attract.title')}</span>
      <span>${this.#t('attract.lead')}</span>
      <span class="touch">${this.#t('attract.touch')}</span>
      <span class="others">
        ${others.map(({ locale }) => html`<span lang=${langTagOf(locale)} dir=${directionOf(locale)}>${kioskCatalog.t(locale, 'attract.touch')}</span>`)}
      </span>
    </button>
    </main>
    ${this.#privacy('attract-privacy')}`;
  }

  #bar(): TemplateResult {
    // No language button on the language screen itself (its heading names the screen in every language).
    return html`<header class="bar">
      ${this.screen === 'language' ? nothing : html`<button type="button" data-language @click=${() => this.go('language')}>${icon('globe')} ${this.#t('nav.language')}</button>`}
      <button type="button" data-restart @click=${() => this.#restart()}>${this.#t('nav.restart')}</button>
      ${this.#privacy('bar-privacy')}
    </header>`;
  }

  /**
   * "Start over": at once when the visitor has entered nothing worth keeping; with answers or a list, only after
   * "Delete everything and start over?" (the button is a finger's width from "Language"). The idle wipe never asks.
   */
  #restart(): void {
    const entered = Object.keys(this.session.answers).length > 0 || this.session.list.length > 0;
    if (entered) this.confirmRestart = true;
    else this.wipe('finished');
  }

  #restartDialog(): TemplateResult {
    // Escape is "No", as the focused button is.
    const keep = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') this.confirmRestart = false;
    };
    return html`<div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="restart-title" aria-describedby="restart-lead" data-restart-confirm @keydown=${keep}>
      <div>
        <h2 id="restart-title">${this.#t('restart.title')}</h2>
        <p id="restart-lead">${this.#t('restart.lead')}</p>
        <div class="row">
          <button type="button" class="primary" data-restart-no @click=${() => {
            this.confirmRestart = false;
          }}>${this.#t('restart.no')}</button>
          <button type="button" data-restart-yes @click=${() => this.wipe('finished')}>${this.#t('restart.yes')}</button>
        </div>
      </div>
    </div>`;
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
    // In every language at once: the visitor has not chosen yet, and may read no German.
    const words = LANGUAGE_WORDS.map(({ locale, word }, i) => html`${i ? ' · ' : ''}<span lang=${langTagOf(locale)} dir=${directionOf(locale)}>${word}</span>`);
    return html`<div class="heading">
        <h1 tabindex="-1" data-screen-heading>${icon('globe')} ${words}</h1>
      </div>
      <div class="grid" role="group" aria-label=${this.#t('lang.title')}>
        ${LANGUAGE_CHOICES.map(
          ({ locale, label }) =>
            html`<button type="button" lang=${langTagOf(locale)} dir=${directionOf(locale)} data-locale=${locale} @click=${() => this.chooseLanguage(locale)}>${label}</button>`,
        )}
      </div>`;
  }

  #keyboard(field: Field, value: string, layout: KeyboardLayout = 'text'): TemplateResult | typeof nothing {
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
      @markt-keyboard-done=${() => {
        if (field === 'search') this.#reportSearch();
        this.field = undefined;
      }}
    ></markt-keyboard>`;
  }

  #typed(field: Field, value: string): void {
    if (field === 'search') this.session = { ...this.session, query: value };
    else if (field === 'missing') this.missingText = value;
    else this.contact = { ...this.contact, [field]: value };
  }

  #openDetail(offerId: string): void {
    if (offerId !== this.detailId) {
      // A new offer gets a fresh contact form.
      this.contactSentTo = undefined;
      this.contactError = undefined;
    }
    this.detailId = offerId;
    this.go('detail');
  }

  #detailOffer(): Offer | undefined {
    return this.data?.offers.find((o) => o.id === this.detailId);
  }

  #resultsPage(): { shown: number; more(): void } {
    return {
      shown: this.resultsShown,
      more: () => {
        this.resultsShown += this.#engine?.RESULTS_PAGE ?? 20;
      },
    };
  }

  /** The stands of the list (or of the detail offer), in walking order from the entrance. */
  get route(): { stands: Stand[]; path: Point[] } {
    if (!this.data || !this.#engine) return { stands: [], path: [] };
    return this.#engine.routeThrough(this.data, this.screen === 'map' && this.detailId && !this.session.list.length ? [this.detailId] : this.listIds);
  }

  // ── contact request and feedback ─────────────────────────────────────────

  #contactState(offer: Offer): ContactState {
    return {
      fields: this.contact,
      consent: this.consent,
      error: this.contactError,
      sentTo: this.contactSentTo,
      failed: this.contactFailed.includes(offer.id),
      closed: this.eventClosed,
      consentText: this.#t('contact.consent', { provider: this.#providerOf(offer)?.name ?? '', days: this.data?.event.retentionDays ?? 30 }),
      setConsent: (on) => {
        this.consent = on;
      },
      submit: () => this.#sendContact(offer),
    };
  }

  #sendContact(offer: Offer): void {
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
    const consentText = this.#contactState(offer).consentText;
    const lead: LeadInput = {
      providerId: offer.providerId,
      ...(stand ? { standId: stand.id } : {}),
      offerId: offer.id,
      deviceId: this.#sessionDevice,
      contact: { ...(name ? { name } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
      locale: this.locale,
      // In the server's time (it refuses a consent more than 5 minutes ahead of its clock), as it was when the
      // visitor agreed: a request sent later (the network was down) keeps it.
      consent: { text: consentText, locale: this.locale, at: serverClock.stamp() },
      idempotencyKey: newIdempotencyKey(),
    };
    this.#sessionLeads.set(lead.idempotencyKey, offer.id);
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
  #queue(kind: RecordKind, item: KioskRecord): void {
    const outbox = this.#outbox(kind);
    if (outbox) void outbox.enqueue(item);
  }

  /** The outbox of `kind`, created on first use; none for a demo kiosk or an unpaired one. */
  #outbox(kind: RecordKind): Outbox<KioskRecord> | undefined {
    // Only a paired kiosk (with its device token) reports; a demo kiosk (`?event=`) keeps everything local.
    if (this.apiBase === undefined || !this.deviceToken || this.#unpaired) return undefined;
    let outbox = this.#outboxes.get(kind);
    if (!outbox) {
      const client = new ApiClient({ baseUrl: this.apiBase, token: this.deviceToken });
      outbox = new Outbox<KioskRecord>({
        name: `kiosk-${kind}`,
        send: (body) => this.#deliver(client, kind, body),
        maxAgeMs: (entry) => this.#maxAgeOf(entry),
      });
      outbox.addEventListener('rejected', (e) => {
        if (e.detail.code === EVENT_CLOSED) {
          if (this.eventClosed) return;
          this.eventClosed = true;
          // The visitor who just sent a request reads "sent" no longer: the new heading takes the focus and is read out.
          if (this.screen === 'contact') this.#focusPending = true;
        } else if (kind === 'leads' && !this.#unpaired) {
          this.#leadRefused(e.detail.item as LeadInput);
        }
      });
      outbox.addEventListener('expired', () => this.#countUnsent(kind));
      this.#outboxes.set(kind, outbox);
    }
    return outbox;
  }

  /**
   * The server refused a contact request for good: the visitor who sent it, while their session lasts, reads "could
   * not be sent" instead of "sent" (on that offer's contact screen, focused when it shows); after the wipe only the
   * operator's count says it (`markt-kiosk-unsent`).
   */
  #leadRefused(lead: LeadInput): void {
    this.#countUnsent('leads');
    const offerId = this.#sessionLeads.get(lead.idempotencyKey);
    if (offerId === undefined) return; // an earlier visitor's (wiped) or a former page's
    this.#sessionLeads.delete(lead.idempotencyKey);
    this.contactFailed = [...this.contactFailed, offerId];
    if (this.screen === 'contact' && this.detailId === offerId) this.#focusPending = true;
    else this.refusalNotice = offerId;
  }

  /** The notice of a request refused while the visitor was on another screen (see `refusalNotice`). */
  #refusal(): TemplateResult | typeof nothing {
    const offerId = this.refusalNotice;
    if (offerId === undefined) return nothing;
    const offer = this.data?.offers.find((o) => o.id === offerId);
    const provider = offer ? (this.#providerOf(offer)?.name ?? '') : '';
    return html`<div class="notice" role="alert">
      <p>${this.#t('contact.failedFor', { provider })}</p>
      <button type="button" data-dismiss-notice @click=${() => {
        this.refusalNotice = undefined;
        this.#focusPending = true;
      }}>${this.#t('contact.noticeOk')}</button>
    </div>`;
  }

  #countUnsent(kind: RecordKind): void {
    this.#unsent += 1;
    this.dispatchEvent(new CustomEvent<KioskUnsentDetail>('markt-kiosk-unsent', { detail: { kind, total: this.#unsent }, bubbles: true, composed: true }));
  }

  /**
   * How long a queued record may wait for the network (privacy review M3): until the fair's end plus one day;
   * one queued later than that (the kiosk's data says the fair is over) or on a kiosk without event data waits
   * 24 hours. Past it the record is dropped unsent: a shared kiosk must not hold a visitor's contact details
   * for ever, and the server would have deleted them by then anyway.
   */
  #maxAgeOf(entry: { queuedAt: string }): number {
    const queuedAt = Date.parse(entry.queuedAt);
    const endsAt = Date.parse(this.data?.event.endsAt ?? '');
    const deadline = Math.max(Number.isFinite(endsAt) ? endsAt + UNSENT_GRACE_MS : -Infinity, queuedAt + UNSENT_GRACE_MS);
    return deadline - queuedAt;
  }

  #startOutboxes(): void {
    for (const outbox of this.#outboxes.values()) outbox.stop();
    this.#outboxes.clear();
    for (const kind of RECORD_KINDS) {
      try {
        if (localStorage.getItem(outboxKey(kind))) this.#outbox(kind);
      } catch {
        // No storage: nothing can be waiting.
      }
    }
  }

  /**
   * Sends one record; a 401 (revoked or unknown device) unpairs the kiosk instead of retrying for ever. A refusal
   * for good carries the server's code (410 EVENT_CLOSED: the fair is over, see `eventClosed`).
   */
  async #deliver(client: ApiClient, kind: RecordKind, body: KioskRecord): Promise<SendOutcome | Refusal> {
    try {
      // A half-open Wi-Fi link can leave a request unanswered: give up after 15 s and retry later, so one
      // hanging request does not hold up the outbox.
      await client.request('POST', `/api/kiosk/${kind}`, body, { signal: AbortSignal.timeout(15_000) });
      return 'ok';
    } catch (error) {
      if (!(error instanceof ApiError)) return 'retry';
      if (error.status === 401) {
        this.#unpair(error.code);
        return 'reject';
      }
      const outcome = error.status === 0 ? 'retry' : outcomeOf(error.status);
      return outcome === 'reject' ? { outcome, code: error.code } : outcome;
    }
  }

  /**
   * The server no longer knows this device: stop every outbox and drop what waits in it (a revoked kiosk
   * may be lost or stolen; visitors' contact details must not stay on it), wipe the visitor's session and
   * tell the page, which forgets the token and shows the pairing screen.
   */
  #unpair(code: string): void {
    if (this.#unpaired) return;
    this.#unpaired = true;
    this.#presence?.stop();
    for (const outbox of this.#outboxes.values()) outbox.stop();
    this.#outboxes.clear();
    try {
      for (const kind of RECORD_KINDS) localStorage.removeItem(outboxKey(kind));
    } catch {
      // No storage: nothing was kept.
    }
    this.wipe('finished');
    this.dispatchEvent(new CustomEvent<KioskUnpairedDetail>('markt-kiosk-unpaired', { detail: { code }, bubbles: true, composed: true }));
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

  #idleDialog(): TemplateResult {
    return html`<div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-lead">
      <div>
        <h2 id="idle-title">${this.#t('idle.title')}</h2>
        <p id="idle-lead">${this.#t('idle.lead')}</p>
        <p class="countdown" aria-hidden="true">${this.#t('idle.seconds', { s: this.#idle.secondsLeft })}</p>
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

  /** Loads the engine once and renders again; `updateComplete` waits for it while it loads. */
  #loadEngine(): Promise<KioskEngine> {
    this.#engineReady ??= loadEngine().then(
      (engine) => {
        this.#engine = engine;
        if (this.data) this.#build(engine, this.data);
        this.requestUpdate();
        return engine;
      },
      (error: unknown) => {
        // Show "loading" a little longer and try again.
        this.#engineReady = undefined;
        setTimeout(() => this.requestUpdate(), 2000);
        throw error;
      },
    );
    return this.#engineReady;
  }

  /** Also waits for the engine while it loads, so "update complete" means the screen really shows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.#engine || !this.#engineReady) return done;
    await this.#engineReady.catch(() => undefined);
    return super.getUpdateComplete();
  }

  protected override firstUpdated(): void {
    this.#checkVoice();
    // After the first paint, when the browser is idle, fetch the rest of the kiosk while the visitor reads
    // the attract screen (a touch before that loads it at once).
    const prefetch = (): void => void this.#prepareOffline();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetch, { timeout: 1000 });
    else setTimeout(prefetch, 0);
    // After the first paint, fetch the other languages so the attract screen can invite in all of them.
    void this.#loadLanguages().then(() => this.requestUpdate(), () => undefined);
  }

  #languagesLoading: Promise<unknown> | undefined;
  #loadLanguages(): Promise<unknown> {
    this.#languagesLoading ??= Promise.all(LANGUAGE_CHOICES.map(({ locale }) => kioskCatalog.load(locale))).catch((error: unknown) => {
      this.#languagesLoading = undefined;
      throw error;
    });
    return this.#languagesLoading;
  }

  /** Loads all a visitor can reach (engine, languages, QR encoder), then sets `offlineReady`; retries while offline. */
  async #prepareOffline(): Promise<void> {
    try {
      const [engine] = await Promise.all([this.#loadEngine(), this.#loadLanguages()]);
      await engine.loadQrEncoder();
      this.offlineReady = true;
    } catch {
      if (this.isConnected) setTimeout(() => void this.#prepareOffline(), 5000);
    }
  }
}
