import type { LocalizedText } from '@markt/sdk';
import type { KeyValueStorage } from '../net/device-id.js';

/** An offer the visitor saved on this phone: enough to show it later without the network. */
export interface SavedOffer {
  eventId: string;
  offerId: string;
  providerName: string;
  standNumber?: string;
  /** The stand's QR token, so the list can link back to its page for "contact me". */
  standToken?: string;
  title: LocalizedText;
  savedAt: string;
}

const KEY = 'markt.saved';

/**
 * The visitor's saved offers across stands, kept on the phone only (no login, never sent).
 * @example
 * const list = new SavedList();
 * list.toggle(offer); // saved
 * list.all(); // [offer]
 */
export class SavedList {
  readonly #storage: KeyValueStorage;

  constructor(storage: KeyValueStorage = localStorage) {
    this.#storage = storage;
  }

  /** Every saved offer, in the order saved. */
  all(): SavedOffer[] {
    try {
      const parsed: unknown = JSON.parse(this.#storage.getItem(KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as SavedOffer[]) : [];
    } catch {
      return [];
    }
  }

  /** Whether an offer is saved. */
  has(offerId: string): boolean {
    return this.all().some((entry) => entry.offerId === offerId);
  }

  /**
   * Saves or un-saves an offer.
   * @param entry the offer to save
   * @param saved true to save, false to remove
   * @returns the list afterwards
   */
  set(entry: SavedOffer, saved: boolean): SavedOffer[] {
    const others = this.all().filter((e) => e.offerId !== entry.offerId);
    const next = saved ? [...others, entry] : others;
    try {
      this.#storage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage full or refused: the list still shows for this page, it just is not kept.
    }
    return next;
  }
}
