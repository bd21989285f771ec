import type { Locale } from '@markt/sdk';
import type { LocaleController } from '../i18n/catalog.js';

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
