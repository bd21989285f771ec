import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from '@markt/sdk';
import { LocaleController } from '../../i18n/catalog.js';
import { organizerCatalog, type OrganizerKey } from '../messages/index.js';

/**
 * Base of the organizer components: a `locale` property (German by default) and a bound `t`
 * from the shared {@link LocaleController}.
 */
export class OrganizerElement extends LitElement {
  /** The language of the texts; `de` (default) or `en`. */
  @property() locale: Locale = 'de';

  protected readonly i18n = new LocaleController<OrganizerKey>(this, organizerCatalog);

  /** The text of a message key in the current language. */
  protected t(key: OrganizerKey, params?: Readonly<Record<string, string | number>>): string {
    // Both organizer languages are bundled, so the catalog can answer for `this.locale` at once.
    return organizerCatalog.t(this.locale, key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && this.i18n.locale !== this.locale) void this.i18n.setLocale(this.locale);
  }

  /**
   * Dispatches a bubbling, composed `markt-` event.
   * @param type the event name
   * @param detail the event detail
   * @returns false when a listener called preventDefault
   */
  protected emit<D>(type: string, detail: D): boolean {
    return this.dispatchEvent(new CustomEvent<D>(type, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
