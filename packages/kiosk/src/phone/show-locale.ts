import type { Locale } from '@markt/sdk';
import { directionOf, langTagOf, type LocaleController } from '../i18n/catalog.js';
import type { FallbackLabel } from '../shared/offer-text.js';
import type { PhoneKey } from './messages/en.js';

/** An element with a `locale` property that its {@link LocaleController} follows. */
export interface LocaleHost extends HTMLElement {
  locale: Locale;
}

/**
 * Loads and shows the language a phone page's `locale` property asks for. When its messages cannot be
 * loaded (patchy mobile data), `host.locale` goes back to the language actually shown, so the language
 * menu tells the truth and choosing the language again retries; the failure never becomes an unhandled
 * rejection. A load that finishes after the visitor chose yet another language gives way to that one.
 * @param host the page; its `locale` is put back on failure
 * @param i18n the page's locale controller
 * @param locale the language to show (normally `host.locale`)
 * @param announce also fire `markt-locale-change` with the language put back, so the app that set
 *   `locale` (and remembered it) follows; off for parts inside a page
 * @returns true when `locale` is shown now, false when it could not be loaded or another language took over
 * @example
 * protected override willUpdate(changed: PropertyValues<this>): void {
 *   if (changed.has('locale') && this.locale !== this.#i18n.locale) void showLocale(this, this.#i18n, this.locale, true);
 * }
 */
export async function showLocale<K extends string>(host: LocaleHost, i18n: LocaleController<K>, locale: Locale, announce = false): Promise<boolean> {
  let applied: boolean;
  try {
    applied = await i18n.setLocale(locale);
  } catch {
    // Chosen again meanwhile: that choice decides (its own call reports its own failure).
    if (host.locale !== locale) return false;
    host.locale = i18n.locale;
    if (announce) host.dispatchEvent(new CustomEvent('markt-locale-change', { detail: { locale: i18n.locale }, bubbles: true, composed: true }));
    return false;
  }
  // A slow load that won after the visitor went back to the language shown before: show what the menu says.
  if (applied && host.locale !== locale) {
    await showLocale(host, i18n, host.locale, announce);
    return false;
  }
  return applied;
}

/**
 * The language of a phone page (a stand's page, the take-home list): follows the page's `locale` through
 * {@link showLocale}, and knows when the first language's messages are in (or failed to load), so that until then
 * the page shows only a spinner named in the visitor's language, never the German placeholder texts (slow network).
 * The page calls {@link PageLanguage.follow} from `willUpdate` and {@link PageLanguage.mark} from `updated`.
 * @example
 * readonly #language = new PageLanguage(this, this.#i18n);
 * protected override willUpdate(changed: PropertyValues<this>): void { this.#language.follow(changed.has('locale')); }
 * protected override updated(): void { this.#language.mark(); }
 */
export class PageLanguage {
  #ready = false;

  /**
   * @param host the page (its `locale`, and `requestUpdate` once the first language is in)
   * @param i18n the page's locale controller
   */
  constructor(
    private readonly host: LocaleHost & { requestUpdate(): void },
    private readonly i18n: LocaleController<PhoneKey>,
  ) {}

  /** False until the first language's messages are in (or failed to load). */
  get ready(): boolean {
    return this.#ready;
  }

  /** "(English)" / "(German)" in the visitor's language, after a text shown in another language than theirs. */
  readonly fallbackLabel: FallbackLabel = (shown) => this.i18n.t(shown === 'en' ? 'text.in.en' : 'text.in.de');

  /**
   * Loads a newly asked language (from the page's `willUpdate`).
   * @param localeChanged whether `locale` changed in this update
   * @returns nothing; the page updates again once the first language is in
   */
  follow(localeChanged: boolean): void {
    if (localeChanged && this.host.locale !== this.i18n.locale) {
      void showLocale(this.host, this.i18n, this.host.locale, true).finally(() => {
        if (this.#ready) return;
        this.#ready = true;
        this.host.requestUpdate();
      });
    } else if (this.host.locale === this.i18n.locale) this.#ready = true;
  }

  /** Marks the page with the `lang` and `dir` of the language shown (the one asked for while none is in yet). */
  mark(): void {
    const shown = this.#ready ? this.i18n.locale : this.host.locale;
    this.host.setAttribute('lang', langTagOf(shown));
    this.host.setAttribute('dir', directionOf(shown));
  }
}
