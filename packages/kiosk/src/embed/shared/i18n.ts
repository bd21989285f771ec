import type { Locale } from '@markt/sdk';
import { directionOf, fill, type Messages } from '../../i18n/catalog.js';
import { StaleImportError, importAgain } from './import-again.js';

export type { Messages };

/** Imports one language's messages (a dynamic `import()`: each language is its own lazily loaded chunk). */
export type TextLoaders<K extends string> = Readonly<Record<Locale, () => Promise<{ default: Messages<K> }>>>;

/**
 * The embeddable components' messages in every visitor language. Unlike the kiosk's catalogue nothing is
 * bundled: every language (German and English too) is a chunk of its own, and a page downloads only the
 * languages it shows. Every language is complete (the types say so), so nothing falls back to another.
 */
export class EmbedTexts<K extends string> {
  readonly #imports: Readonly<Record<Locale, () => Promise<Messages<K>>>>;

  /** @param loaders one `import()` per visitor language */
  constructor(loaders: TextLoaders<K>) {
    const entries = Object.entries(loaders) as [Locale, TextLoaders<K>[Locale]][];
    this.#imports = Object.fromEntries(entries.map(([locale, load]) => [locale, importAgain(() => load().then((m) => m.default))])) as Record<
      Locale,
      () => Promise<Messages<K>>
    >;
  }

  /**
   * One language's messages, imported once per page; a failed import is tried again on the next call (a retry
   * that fails at once, as in a browser that keeps the failed chunk, rejects with a `StaleImportError`).
   * @param locale the visitor language
   * @returns its messages
   * @example const texts = await embedTexts.load('tr');
   */
  load(locale: Locale): Promise<Messages<K>> {
    return this.#imports[locale]();
  }
}

/**
 * The language one element shows: its locale, direction and a bound `t`. `use(locale)` loads the language
 * first and switches only when it is there, so a render never mixes two languages.
 * @example
 * readonly #text = new ShownLanguage(embedTexts);
 * await this.#text.use('ar'); this.#text.t('status.loading');
 */
export class ShownLanguage<K extends string> {
  readonly #texts: EmbedTexts<K>;
  #messages: Messages<K> | undefined;
  #locale: Locale | undefined;

  /** @param texts the messages to show */
  constructor(texts: EmbedTexts<K>) {
    this.#texts = texts;
  }

  /** The language shown (German until one is loaded). */
  get locale(): Locale {
    return this.#locale ?? 'de';
  }

  /** The direction of its script, for `dir`. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /** Whether any language is loaded (before that, `t` has only the keys to show). */
  get loaded(): boolean {
    return this.#messages !== undefined;
  }

  /** Whether `locale` is loaded and shown. */
  shows(locale: Locale): boolean {
    return this.#locale === locale && this.#messages !== undefined;
  }

  /**
   * Loads a language and shows it; when it cannot be loaded, the language shown so far stays.
   * @param locale the visitor language
   * @returns when the language is shown (or kept)
   * @example await shown.use('uk');
   */
  async use(locale: Locale): Promise<void> {
    try {
      this.#messages = await this.#texts.load(locale);
      this.#locale = locale;
      this.stale = false;
    } catch (error) {
      // Offline or a stale chunk name: keep what is there; the next update tries again.
      this.stale = error instanceof StaleImportError;
    }
  }

  /** The language asked for failed again at once (the browser kept the failed chunk): only reloading the page helps. */
  stale = false;

  /** The text of `key` with its `{name}` placeholders filled (the key itself before any language loaded). */
  t = (key: K, params: Readonly<Record<string, string | number>> = {}): string => fill(this.#messages?.[key] ?? key, params);
}
