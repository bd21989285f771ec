import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@markt/sdk';

/** A flat table of message key → text. `{name}` marks a parameter. */
export type Messages<K extends string = string> = Readonly<Record<K, string>>;
/** Loads the messages of one locale lazily (a dynamic `import()`), so only the chosen language is fetched. */
export type MessagesLoader<K extends string> = () => Promise<Partial<Messages<K>>>;

/** Locales written right to left. */
const RTL: ReadonlySet<Locale> = new Set<Locale>(['ar']);

/** The direction of a locale's script, for `dir` attributes. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/** The BCP 47 tag for `lang` attributes and speech voices (Leichte Sprache is German). */
export function langTagOf(locale: Locale): string {
  return locale === 'de-x-ls' ? 'de' : locale;
}

/** `{name, plural, one {…} other {…}}`: the cases are `=N` or a CLDR category (zero, one, two, few, many, other). */
const PLURAL = /\{(\w+), plural,((?:\s*[=\w]+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /([=\w]+)\s*\{([^{}]*)\}/g;
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(lang: string, value: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(value);
}

/**
 * Fills `{name}` placeholders and picks plural forms (`{n, plural, one {# Angebot} other {# Angebote}}`, `#` is
 * the number) by the language's CLDR rules. An unknown placeholder stays visible so a missing parameter is noticed.
 * @param text the message
 * @param params the values of its placeholders
 * @param lang the BCP 47 tag whose plural rules apply (default English)
 * @returns the finished text
 * @example format('{n, plural, one {# Angebot} other {# Angebote}}', { n: 1 }, 'de') // '1 Angebot'
 */
export function format(text: string, params: Readonly<Record<string, string | number>> = {}, lang = 'en'): string {
  const withPlurals = text.replace(PLURAL, (whole, name: string, cases: string) => {
    const value = params[name];
    if (typeof value !== 'number') return whole;
    const forms = new Map([...cases.matchAll(PLURAL_CASE)].map((m) => [m[1], m[2]] as const));
    const form = forms.get(`=${value}`) ?? forms.get(pluralCategory(lang, value)) ?? forms.get('other');
    return form === undefined ? whole : form.replace(/#/g, String(value));
  });
  return fill(withPlurals, params);
}

/**
 * Fills `{name}` placeholders only (no plural forms): what `format` does last, for texts without counts.
 * @param text the message
 * @param params the values of its placeholders
 * @returns the text, an unknown placeholder left visible
 * @example fill('Stand {number}', { number: 'A1' }) // 'Stand A1'
 */
export function fill(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * One area's messages (kiosk, phone, booth, organizer) in every locale: English is the complete
 * base that every missing string falls back to; German is bundled too; the rest load on demand.
 */
export class Catalog<K extends string> {
  readonly #loaded = new Map<Locale, Partial<Messages<K>>>();
  readonly #en: Messages<K>;
  readonly #loaders: Partial<Record<Locale, MessagesLoader<K>>>;

  constructor(en: Messages<K>, de: Messages<K>, loaders: Partial<Record<Locale, MessagesLoader<K>>> = {}) {
    this.#en = en;
    this.#loaded.set('en', en);
    this.#loaded.set('de', de);
    this.#loaders = loaders;
  }

  /** Fetches a locale's messages if they are not loaded yet. */
  async load(locale: Locale): Promise<void> {
    if (this.#loaded.has(locale)) return;
    const loader = this.#loaders[locale];
    this.#loaded.set(locale, loader ? await loader() : {});
  }

  /** Whether `load(locale)` has completed. */
  has(locale: Locale): boolean {
    return this.#loaded.has(locale);
  }

  /** The text of `key` in `locale` (Leichte Sprache falls back to German, all else to English). */
  t(locale: Locale, key: K, params?: Readonly<Record<string, string | number>>): string {
    const own = this.#loaded.get(locale)?.[key];
    const fallback = locale === 'de-x-ls' ? this.#loaded.get('de')?.[key] : undefined;
    return format(own ?? fallback ?? this.#en[key], params, langTagOf(locale));
  }

  /** Keys that `locale` does not translate itself (for completeness tests). */
  missing(locale: Locale): K[] {
    const own = this.#loaded.get(locale) ?? {};
    return (Object.keys(this.#en) as K[]).filter((key) => !(key in own));
  }
}

/**
 * Re-renders its host when the locale changes and gives it a bound `t`.
 * @example
 * #i18n = new LocaleController(this, kioskCatalog);
 * render() { return html`<h1>${this.#i18n.t('attract.title')}</h1>`; }
 */
export class LocaleController<K extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #catalog: Catalog<K>;
  #locale: Locale = 'de';
  /** Calls of `setLocale` so far: only the latest may apply its locale. */
  #requests = 0;

  constructor(host: ReactiveControllerHost, catalog: Catalog<K>) {
    this.#host = host;
    this.#catalog = catalog;
    host.addController(this);
  }

  hostConnected(): void {}

  get locale(): Locale {
    return this.#locale;
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.#locale);
  }

  /**
   * Loads the locale's messages, then re-renders the host in it. When calls overlap, the last one wins: a
   * slow load that finishes after a later call (a kiosk wiped back to German meanwhile) changes nothing.
   * @returns true when the host now shows `locale`, false when a later call took over
   * @throws when the messages cannot be loaded (the host stays in its language)
   */
  async setLocale(locale: Locale): Promise<boolean> {
    const request = ++this.#requests;
    await this.#catalog.load(locale);
    if (request !== this.#requests) return false;
    this.#locale = locale;
    this.#host.requestUpdate();
    return true;
  }

  t = (key: K, params?: Readonly<Record<string, string | number>>): string => this.#catalog.t(this.#locale, key, params);
}
