import type { Locale } from '@markt/sdk';
import { Catalog, type MessagesLoader } from '../i18n/catalog.js';
import { de } from './messages/de.js';
import { en, type PhoneKey } from './messages/en.js';

/** The phone messages with one language whose loading fails `failures` more times, then works (tests). */
export interface FlakyCatalog {
  readonly catalog: Catalog<PhoneKey>;
  /** How many more loads of the language fail (patchy mobile data); counts down to 0. */
  failures: number;
}

/**
 * Phone messages (German and English built in) whose `locale` fails to load while `failures` is above 0,
 * as a dynamic import does on a phone that lost its connection; a test sets `failures` and watches it fall.
 * @param locale the language that fails
 * @param load its real loader
 * @returns the catalog and its failure counter
 * @example const flaky = flakyPhoneCatalog('tr', async () => (await import('./messages/tr.js')).tr); flaky.failures = 1;
 */
export function flakyPhoneCatalog(locale: Locale, load: MessagesLoader<PhoneKey>): FlakyCatalog {
  const flaky: { catalog?: Catalog<PhoneKey>; failures: number } = { failures: 0 };
  flaky.catalog = new Catalog<PhoneKey>(en, de, {
    [locale]: async () => {
      if (flaky.failures > 0) {
        flaky.failures -= 1;
        throw new TypeError('Failed to fetch dynamically imported module');
      }
      return load();
    },
  });
  return flaky as FlakyCatalog;
}

/**
 * Collects the page's unhandled promise rejections (and keeps them from failing the run as such), so a test can
 * assert there were none; `stop()` removes the listener.
 * @returns the rejections seen so far, and `stop`
 * @example const rejections = unhandledRejections(); try { … expect(rejections.seen).to.deep.equal([]); } finally { rejections.stop(); }
 */
export function unhandledRejections(): { seen: unknown[]; stop: () => void } {
  const seen: unknown[] = [];
  const onUnhandled = (e: PromiseRejectionEvent): void => {
    seen.push(e.reason);
    e.preventDefault();
  };
  window.addEventListener('unhandledrejection', onUnhandled);
  return { seen, stop: () => window.removeEventListener('unhandledrejection', onUnhandled) };
}
