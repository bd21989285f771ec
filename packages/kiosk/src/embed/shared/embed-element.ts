import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '@markt/sdk';
import type { CommonKey } from '../messages/common/en.js';
import { langTagOf } from '../../i18n/catalog.js';
import { ShownLanguage, type EmbedTexts } from './i18n.js';
import { loadPublicData, type PublicEventData } from './public-data.js';

/** The visitor languages (the SDK's `LOCALES`, repeated so that an embed does not load the SDK's schemas). */
const VISITOR_LOCALES: readonly string[] = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'] satisfies readonly Locale[];

/**
 * The visitor language for a `locale` attribute as pages write it: exact (`tr`, `de-x-ls`), any case, with a
 * region or `_` (`en-GB`, `EN`, `tr_TR`, from a CMS's language setting), `ua` for Ukrainian; anything else is German.
 * @param tag the attribute's value
 * @returns a visitor language
 * @example visitorLocaleOf('en_US') // 'en'
 */
export function visitorLocaleOf(tag: string): Locale {
  const normal = String(tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (VISITOR_LOCALES.includes(normal)) return normal as Locale;
  let primary = normal.split('-')[0] ?? '';
  // `ua` is Ukraine's country code, which pages often write for the Ukrainian language (`uk`).
  if (primary === 'ua') primary = 'uk';
  return VISITOR_LOCALES.includes(primary) ? (primary as Locale) : 'de';
}

/** Whether the element shows given data, waits for the server, or could not load. */
export type LoadState = 'ready' | 'loading' | 'error';

/**
 * Base of the embeddable components: the visitor's language, and the event's public data, either given
 * through the `data` property (no server needed) or fetched from `api-base` for `event-id`.
 * Each component names its messages (`static texts`: one chunk per language, with the common keys), so that
 * a page downloads one chunk of texts per component and language.
 * @typeParam K the keys of the component's messages
 */
export class MarktEmbedElement<K extends string = CommonKey> extends LitElement {
  /** @internal The component's messages in every visitor language (with the common keys: loading, error, provider). */
  static texts: EmbedTexts<string>;

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    eventId: { attribute: 'event-id' },
    locale: { reflect: true },
    data: { attribute: false },
    fetched: { state: true, attribute: false },
    loadState: { state: true, attribute: false },
  };

  /** Base URL of the markt server, e.g. `https://markt.example.org`; empty for the page's own server. */
  apiBase = '';
  /** The event whose public data is fetched from `api-base`. */
  eventId = '';
  /** Visitor language: `de`, `en`, `tr`, `ar`, `uk`, `ru` or `de-x-ls` (Leichte Sprache); `en-GB`, `EN` or `en_US` mean `en`, `ua` means `uk`; others German. */
  locale: Locale = 'de';
  /** The event's public data (`{ event, providers, offers, stands }`); when set, nothing is fetched. */
  data: PublicEventData | undefined;

  protected fetched: PublicEventData | undefined;
  protected loadState: LoadState = 'ready';

  /** The component's messages in the language shown. */
  protected readonly i18n = new ShownLanguage<K | CommonKey>((this.constructor as typeof MarktEmbedElement).texts);

  /** The data shown: given, else fetched. */
  protected get eventData(): PublicEventData | undefined {
    return this.data ?? this.fetched;
  }

  /** The locale in use: the `locale` property's visitor language (`en-GB` is English), else German. */
  protected get visitorLocale(): Locale {
    return visitorLocaleOf(this.locale);
  }

  /**
   * Each update waits until the visitor's language is loaded (its own chunk), so no render mixes languages.
   * The locale may change while a language loads (a page setting it from its own language switch): the update
   * then waits for the newer one, so the element never stays in the language asked for before.
   */
  protected override async scheduleUpdate(): Promise<void> {
    for (let locale = this.visitorLocale; !this.i18n.shows(locale); locale = this.visitorLocale) {
      await this.i18n.use(locale);
      // Could not be loaded (offline): render what is there; going online tries again.
      if (!this.i18n.shows(locale) && locale === this.visitorLocale) break;
    }
    super.scheduleUpdate();
  }

  /** Back online: try again what failed (the data, the language's texts). */
  readonly #onOnline = (): void => {
    this.retry();
    if (!this.i18n.shows(this.visitorLocale)) this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('online', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('online', this.#onOnline);
  }

  /**
   * Fetches the event's data again after it could not be loaded (the error line's button, and going back online
   * do it too). Nothing happens when the data is given as a property or no `event-id` is set.
   * @returns nothing; the element shows loading, then the data or the error again
   * @example list.retry();
   */
  retry(): void {
    if (this.loadState === 'error' && !this.data && this.eventId) {
      this.#retrying = true;
      void this.#fetch();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('apiBase') || changed.has('eventId') || changed.has('data')) && !this.data && this.eventId) void this.#fetch();
  }

  /**
   * Tried again successfully while "try again" had the keyboard focus: the button is gone with the error line, and
   * the focus would fall to the top of the provider's page. It goes to the new content instead (its heading, else
   * its list), made focusable with `tabindex="-1"`. The focus is never moved otherwise.
   */
  protected override update(changed: PropertyValues): void {
    const focused = this.shadowRoot?.activeElement;
    const retry = focused?.matches('[part~="retry"]') ? focused : undefined;
    super.update(changed);
    if (!retry || retry.isConnected) return;
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('h1,h2,h3,h4,h5,h6,[role="heading"],ul,ol,[part~="empty"]')) {
      if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
      el.focus();
      if (this.shadowRoot?.activeElement === el) return;
    }
  }

  /** Loading again after an error: the error line stays (its button keeps the focus), saying "loading". */
  #retrying = false;

  async #fetch(): Promise<void> {
    const key = `${this.apiBase}\n${this.eventId}`;
    this.loadState = 'loading';
    try {
      const data = await loadPublicData(this.apiBase, this.eventId);
      if (key !== `${this.apiBase}\n${this.eventId}`) return;
      this.fetched = data;
      this.loadState = 'ready';
    } catch {
      if (key === `${this.apiBase}\n${this.eventId}`) this.loadState = 'error';
    } finally {
      this.#retrying = false;
    }
  }

  /**
   * The language and direction wrapper every component renders its content in; empty while no language could
   * be loaded (offline, or a page that still has the /embed.js of before a redeploy), rather than message keys.
   * When the language asked for failed again at once (the browser kept the failed chunk), a line in the language
   * shown asks to reload the page.
   */
  protected frame(content: unknown): TemplateResult {
    if (!this.i18n.loaded) return html``;
    // The language asked for cannot be loaded short of a reload: say so in the language shown.
    const reload = this.i18n.stale ? html`<p part="status" role="alert">${this.i18n.t('status.reload')}</p>` : '';
    return html`<div part="base" lang=${langTagOf(this.i18n.locale)} dir=${this.i18n.dir}>${reload}${content}</div>`;
  }

  /** A loading or error line while no data is there, else undefined. */
  protected status(): TemplateResult | undefined {
    if (this.eventData) return undefined;
    if (this.loadState === 'loading') return this.#retrying ? this.errorLine(true) : this.loadingLine();
    if (this.loadState === 'error') return this.errorLine();
    return undefined;
  }

  /** The loading line. */
  protected loadingLine(): TemplateResult {
    return html`<p part="status" role="status">${this.i18n.t('status.loading')}</p>`;
  }

  /**
   * The error line with its "try again" button (which calls `retry()`). While trying again (`busy`) the same
   * elements stay, saying "loading" and the button inert, so a keyboard user's focus stays on the button.
   * `message` replaces "please try again later" (with `status.reload` when only reloading the page helps).
   */
  protected errorLine(busy = false, message: CommonKey = 'status.error'): TemplateResult {
    const t = this.i18n.t;
    return html`<p part="status" role="status">${busy ? t('status.loading') : ''}</p>
      <p part="status" role="alert">${busy ? '' : t(message)}</p>
      <button part="retry" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => busy || this.retry()}>${t('status.retry')}</button>`;
  }

  /**
   * Dispatches a bubbling, composed event from the host.
   * @param type the event name (`markt-…`)
   * @param detail the event's detail
   */
  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}
