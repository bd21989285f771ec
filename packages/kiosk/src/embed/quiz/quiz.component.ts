import { html, nothing, type PropertyValues } from 'lit';
import type { InterestProfile, Offer, QuizAnswer, QuizResult, Strength } from '@markt/sdk';
import { quizTexts, type QuizKey } from './quiz-catalog.js';
import { StaleImportError } from '../shared/import-again.js';
import { QUIZ_ITEM_IDS, loadRanking } from './quiz-items.js';
import type { rankQuiz } from './quiz-rank.js';
import { MarktEmbedElement } from '../shared/embed-element.js';
import { offersOf } from '../shared/public-data.js';
import { offerDetails } from '../shared/details.js';
import { webLink } from '../../shared/link.js';
import { localText } from '../shared/text.js';
import { quizStyles } from './quiz.styles.js';

/** Detail of `markt-quiz-answer`: one answer, 0 (not at all) … 4 (very much), or null when skipped. */
export interface QuizAnswerDetail {
  itemId: string;
  value: QuizAnswer;
}

/** Detail of `markt-quiz-complete`: the scored quiz and the offers shown as fitting, best first. */
export interface QuizCompleteDetail {
  code: string;
  interests: InterestProfile;
  strengths: Strength[];
  answered: number;
  offerIds: string[];
}

type Phase = 'intro' | 'asking' | 'results';

const VALUES = [0, 1, 2, 3, 4] as const;

/** The digit a key press means (0 when none): its character in any of three scripts, else its key in the digit row or keypad. */
function digitOf(event: KeyboardEvent): number {
  const key = event.key.length === 1 ? event.key.codePointAt(0)! : 0;
  for (const zero of [0x30, 0x660, 0x6f0]) if (key >= zero && key <= zero + 9) return key - zero;
  // The digit-row key (AZERTY types "&" there), but not with Shift ("!" on QWERTY). A keypad key counts only
  // when it types its figure (above): with Num Lock off, Numpad1 is End.
  const code = event.shiftKey ? null : /^Digit(\d)$/.exec(event.code);
  return code ? Number(code[1]) : 0;
}

/**
 * @tagname markt-quiz
 * @summary The strengths and interests quiz of the kiosk, for a provider's website: one short statement at
 * a time, five answers, then the offers that fit best (ranked with the SDK's `match`), each linking to
 * its page. Nothing leaves the browser.
 *
 * @event {CustomEvent<QuizAnswerDetail>} markt-quiz-answer - The visitor answered (or skipped) a statement.
 * @event {CustomEvent<QuizCompleteDetail>} markt-quiz-complete - The results are shown.
 * @event {CustomEvent<OfferSelectDetail>} markt-offer-select - The visitor chose a result without a web page of its own (cancelable: `preventDefault()` shows it the page's own way instead of opening its details under the result).
 *
 * @slot intro - Replaces the default introduction text.
 * @slot no-results - Replaces the default text when no offer fits.
 *
 * @csspart base - The wrapper that carries `lang` and `dir`.
 * @csspart quiz - The `<section>` around each step.
 * @csspart start - The start button.
 * @csspart progress - "Question 3 of 18".
 * @csspart question - The statement (`<fieldset>` legend).
 * @csspart answers - The row of five answer buttons.
 * @csspart answer - Each answer button (`aria-pressed` shows the chosen one).
 * @csspart nav - The row of previous, skip and "show offers now".
 * @csspart results - The ordered list of fitting offers.
 * @csspart result - Each result.
 * @csspart result-link - The link or button of a result.
 * @csspart details - The details a result without a web page opens: description, place, contact.
 * @csspart contact - Each e-mail address (`mailto:`) and phone number (`tel:`) in the details' contact, as a link.
 * @csspart restart - The "start again" button.
 * @csspart status - The loading or error line.
 * @csspart retry - The "try again" button after the error line (the element also tries again when the browser goes back online).
 *
 * @cssproperty --markt-accent - Buttons, the chosen answer and the progress bar. Default `#0b4f9c`.
 * @cssproperty --markt-accent-text - Text on the accent colour. Default `#ffffff`.
 * @cssproperty --markt-quiz-background - Background of the quiz box. Default `var(--markt-surface)`.
 * @cssproperty --markt-quiz-padding - Padding of the quiz box. Default `1.25rem`.
 * @cssproperty --markt-border - Border of the quiz box. Default `#c8c8c8`.
 * @cssproperty --markt-radius - Corner radius. Default `8px`.
 * @cssproperty --markt-gap - Space between the parts. Default `1rem`.
 * @cssproperty --markt-background - A surface behind all the component shows (the wrapper `base`). Default `transparent`: the quiz box and its loading or error line have their own surface already.
 * @cssproperty --markt-padding - Space between that surface's edge and the content. Default `0`.
 */
export class MarktQuiz extends MarktEmbedElement<QuizKey> {
  static override styles = quizStyles;
  /** @internal Its messages, one chunk per language. */
  static override texts = quizTexts;
  static override properties = {
    providerId: { attribute: 'provider-id' },
    questions: { type: Number },
    results: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    offers: { attribute: false },
    phase: { state: true, attribute: false },
    index: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
    rankFailed: { state: true, attribute: false },
    opened: { state: true, attribute: false },
  };

  /** Rank only this provider's offers in the results. */
  providerId = '';
  /** How many statements to ask (default: all 18), from the start of the item bank; it alternates dimensions, so 6 touch all six. */
  questions: number = QUIZ_ITEM_IDS.length;
  /** How many fitting offers to show. */
  results = 3;
  /** Level of the quiz's heading (1–6) in the page's outline: 3 when the page's own section heading is an `<h2>`. */
  headingLevel = 2;

  /** The heading level, 1–6 (a value that is not a level: 2). */
  get #level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }
  /** The offers to rank, instead of the event's. */
  offers: Offer[] | undefined;

  private phase: Phase = 'intro';
  private index = 0;
  private answers: Record<string, QuizAnswer> = {};
  private outcome: { result: QuizResult; offers: Offer[] } | undefined;
  /** The ranking (a chunk of its own) could not be loaded: offline when the visitor finished. */
  private rankFailed: boolean | 'reload' = false;
  /** The result (without a web page) whose details are open. */
  private opened = '';

  /** @internal Imports the ranking; a static hook so that a test can let it fail once. */
  static loadRanking: () => Promise<{ rankQuiz: typeof rankQuiz }> = loadRanking;

  get #items(): readonly string[] {
    const all = QUIZ_ITEM_IDS.length;
    return QUIZ_ITEM_IDS.slice(0, Math.max(1, Math.min(all, Math.round(this.questions) || all)));
  }

  /** Starts again from the introduction, forgetting every answer. */
  restart(): void {
    this.phase = 'intro';
    this.index = 0;
    this.answers = {};
    this.outcome = undefined;
    this.rankFailed = false;
    this.opened = '';
  }

  /** A result without a web page: tells the page (cancelable), else opens the offer's details under it. */
  #select(offer: Offer): void {
    const detail = { offerId: offer.id, providerId: offer.providerId };
    const event = new CustomEvent('markt-offer-select', { detail, bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) this.opened = this.opened === offer.id ? '' : offer.id;
  }

  #start(): void {
    // Fetch the SDK while the visitor reads the first statement.
    (this.constructor as typeof MarktQuiz).loadRanking().catch(() => undefined);
    this.phase = 'asking';
  }

  #answer(value: QuizAnswer): void {
    const id = this.#items[this.index];
    if (!id) return;
    this.answers = { ...this.answers, [id]: value };
    this.emit<QuizAnswerDetail>('markt-quiz-answer', { itemId: id, value });
    if (this.index + 1 < this.#items.length) this.index += 1;
    else void this.#finish();
  }

  async #finish(): Promise<void> {
    this.outcome = undefined;
    this.rankFailed = false;
    this.phase = 'results';
    await this.#rank();
  }

  /** The offers to rank: given, else the event's (of `provider-id`); undefined while the event's data is still to come. */
  #pool(): Offer[] | undefined {
    if (this.offers) return this.offers;
    const data = this.eventData;
    if (data) return offersOf(data, this.providerId);
    // No data and none coming (no event-id): nothing to rank.
    return this.eventId ? undefined : [];
  }

  /**
   * Ranks the answers once the offers are there: a visitor who finishes before the event's data has loaded sees
   * "loading" and then the ranking, not "no offer fits" from an empty list.
   */
  async #rank(): Promise<void> {
    const pool = this.#pool();
    if (!pool || this.phase !== 'results' || this.outcome) return;
    const answers = this.answers;
    let ranking: { rankQuiz: typeof rankQuiz };
    try {
      ranking = await (this.constructor as typeof MarktQuiz).loadRanking();
    } catch (error) {
      // Offline: say so, with "try again" (and try again when the browser is back online); the answers stay.
      // Failed again at once (the browser kept the failure): say to reload the page; "try again" stays all the same.
      if (this.phase === 'results' && answers === this.answers) this.rankFailed = error instanceof StaleImportError ? 'reload' : true;
      return;
    }
    // Restarted (or already ranked) meanwhile.
    if (this.phase !== 'results' || this.outcome || answers !== this.answers) return;
    // A page's `results="…"` that is not a count falls back to the default instead of breaking the quiz.
    const count = Number.isFinite(this.results) && this.results >= 0 ? this.results : 3;
    this.outcome = ranking.rankQuiz(answers, pool, count);
    const { code, interests, strengths, answered } = this.outcome.result;
    this.emit<QuizCompleteDetail>('markt-quiz-complete', { code, interests, strengths, answered, offerIds: this.outcome.offers.map((o) => o.id) });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The data arrived (or came as a property) after the last answer: rank now.
    if (this.phase === 'results' && !this.outcome && !this.rankFailed) void this.#rank();
  }

  /** Also tries the ranking again after it could not be loaded. */
  override retry(): void {
    if (this.rankFailed) {
      this.rankFailed = false;
      this.#rankRetrying = true;
      void this.#rank().finally(() => {
        this.#rankRetrying = false;
        this.requestUpdate();
      });
    }
    super.retry();
  }

  /** Loading the ranking again after it failed: the error line stays (its button keeps the focus), saying "loading". */
  #rankRetrying = false;

  #onKey(event: KeyboardEvent): void {
    // Digits 1–5 answer from the keyboard, as the buttons are numbered in that order: the digit typed, in Latin,
    // Arabic-Indic (an Arabic keyboard) or Persian figures, or the key in the digit row (AZERTY types "&" there).
    const digit = digitOf(event);
    if (digit >= 1 && digit <= 5 && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.#answer((digit - 1) as QuizAnswer);
    }
  }

  #focusInside = false;

  protected override update(changed: PropertyValues): void {
    // Read before rendering: the focused answer button may be replaced by the render.
    this.#focusInside = this.shadowRoot?.activeElement != null;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    // The question changed under the visitor's focus: let the screen reader read the new one; results: go to their heading.
    if (!this.#focusInside) return;
    if (changed.has('index') && this.phase === 'asking') this.renderRoot.querySelector<HTMLElement>('legend')?.focus();
    if (changed.has('phase') && this.phase === 'results') this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    // "Start again" is gone with the results: keep the keyboard in the quiz, on the start button.
    if (changed.has('phase') && this.phase === 'intro') this.renderRoot.querySelector<HTMLElement>('[part~="start"]')?.focus();
  }

  override render() {
    const t = this.i18n.t;
    if (this.phase === 'intro') {
      return this.frame(html`<section part="quiz" aria-labelledby="heading">
        <h2 id="heading" aria-level=${this.#level}>${t('quiz.title')}</h2>
        <slot name="intro"><p>${t('quiz.intro')}</p></slot>
        <div><button part="start" class="primary" type="button" @click=${() => this.#start()}>${t('quiz.start')}</button></div>
      </section>`);
    }
    if (this.phase === 'results') return this.frame(this.#results());
    const items = this.#items;
    const id = items[this.index]!;
    const chosen = this.answers[id];
    return this.frame(html`<section part="quiz" @keydown=${this.#onKey}>
      <p part="progress" id="progress">${t('quiz.progress', { n: this.index + 1, total: items.length })}</p>
      <progress max=${items.length} value=${this.index} aria-labelledby="progress"></progress>
      <fieldset>
        <legend part="question" id="question" tabindex="-1">${t(`quiz.${id}` as QuizKey)}</legend>
        <div part="answers" role="group" aria-label=${t('quiz.answers')} aria-describedby="question">
          ${VALUES.map(
            (value) => html`<button part="answer" type="button" aria-pressed=${chosen === value ? 'true' : 'false'} data-value=${value} @click=${() => this.#answer(value)}>
              ${t(`quiz.a${value}` as QuizKey)}
            </button>`,
          )}
        </div>
      </fieldset>
      <div part="nav">
        <button type="button" ?disabled=${this.index === 0} @click=${() => (this.index -= 1)}>${t('quiz.previous')}</button>
        <button type="button" @click=${() => this.#answer(null)}>${t('quiz.skip')}</button>
        <button type="button" ?disabled=${Object.values(this.answers).every((a) => a === null || a === undefined)} @click=${() => void this.#finish()}>
          ${t('quiz.toResults')}
        </button>
      </div>
    </section>`);
  }

  #results() {
    const t = this.i18n.t;
    const offers = this.outcome?.offers ?? [];
    // The ranking could not be loaded, the event's data is not there (yet), or the ranking is still loading.
    const status = this.rankFailed
      ? this.errorLine(false, this.rankFailed === 'reload' ? 'status.reload' : 'status.error')
      : ((this.offers ? undefined : this.status()) ?? (this.outcome ? undefined : this.#rankRetrying ? this.errorLine(true) : this.loadingLine()));
    const providers = this.eventData?.providers ?? [];
    return html`<section part="quiz" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1" aria-level=${this.#level}>${t('quiz.resultsTitle')}</h2>
      ${status ??
      (offers.length === 0
        ? html`<slot name="no-results"><p>${t('quiz.noResults')}</p></slot>`
        : html`<ol part="results">
            ${offers.map((offer, i) => {
              const title = localText(offer.title, this.i18n.locale);
              const summary = localText(offer.summary, this.i18n.locale);
              const provider = providers.find((p) => p.id === offer.providerId);
              const link = webLink(offer.url);
              return html`<li part="result">
                ${link
                  ? html`<a part="result-link" href=${link}><strong lang=${title.lang}>${title.text}</strong></a>`
                  : html`<button
                      part="result-link"
                      type="button"
                      aria-expanded=${this.opened === offer.id ? 'true' : 'false'}
                      aria-controls=${`details-${i}`}
                      @click=${() => this.#select(offer)}
                    >
                      <strong lang=${title.lang}>${title.text}</strong>
                    </button>`}
                ${provider ? html`<span>${this.i18n.t('offer.provider', { name: provider.name })}</span>` : nothing}
                <p lang=${summary.lang}>${summary.text}</p>
                ${!link && this.opened === offer.id ? offerDetails(offer, provider, t, this.i18n.locale, `details-${i}`) : nothing}
              </li>`;
            })}
          </ol>`)}
      <div><button part="restart" type="button" @click=${() => this.restart()}>${t('quiz.restart')}</button></div>
    </section>`;
  }
}
