import type { TemplateResult, nothing } from 'lit';
import type { Locale, Offer, Provider, Reason, Stand } from '@markt/sdk';
import type { KioskKey } from '../i18n.js';
import type { KeyboardLayout } from '../keyboard/keyboard.component.js';
import type { KioskData } from '../offers.js';
import type { KioskSession } from '../session.js';

/** The kiosk's screens, in the order a visitor usually meets them. */
export type KioskScreen = 'attract' | 'language' | 'quiz' | 'extras' | 'results' | 'detail' | 'map' | 'list' | 'contact' | 'feedback' | 'thanks';

/** Text fields the on-screen keyboard can type into. */
export type Field = 'search' | 'name' | 'phone' | 'email' | 'missing';

/**
 * What every screen template reads from and does to the kiosk: its data, the visitor's session, the
 * messages, and the shared pieces (heading with read-aloud, on-screen keyboard). The screens are plain
 * functions of this view; `<markt-kiosk>` owns the state.
 */
export interface KioskView {
  readonly locale: Locale;
  readonly data: KioskData;
  readonly session: KioskSession;
  /** The field the on-screen keyboard types into, if open. */
  readonly field: Field | undefined;
  t(key: KioskKey, params?: Readonly<Record<string, string | number>>): string;
  /**
   * The screen's heading (focused when the screen opens) with its read-aloud button. With `lang` (an offer's title,
   * maybe in another language) the text is isolated in its own direction; `mark` follows it (the fallback tag).
   */
  heading(text: string, read?: string, lang?: string, mark?: TemplateResult | typeof nothing): TemplateResult;
  /** A read-aloud button for `text`, or nothing when the browser has no voice for the language. */
  speak(text: string): TemplateResult | typeof nothing;
  /** The on-screen keyboard under `field`, when that field is being typed into. */
  keyboard(field: Field, value: string, layout?: KeyboardLayout): TemplateResult | typeof nothing;
  go(screen: KioskScreen): void;
  /** Changes the session; `advance` moves to the next optional question. */
  set(change: Partial<KioskSession>, advance?: boolean): void;
  openField(field: Field | undefined): void;
  typed(field: Field, value: string): void;
  reasonText(reason: Reason): string;
  standOf(offer: Offer): Stand | undefined;
  providerOf(offer: Offer): Provider | undefined;
  /** "Stand 4, at the back of the hall". */
  whereIs(stand: Stand): string;
}

/**
 * A list with `value` added, or removed when it was there.
 * @param list the list
 * @param value the value to toggle
 * @returns a new list
 * @example toggle(['a'], 'b') // ['a', 'b']
 */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
