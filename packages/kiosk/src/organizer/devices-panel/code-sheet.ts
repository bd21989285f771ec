import type { Event, Provider, Stand } from '@markt/sdk';

/** The server refuses a pairing code that lives longer than this (server store/org.ts `PAIRING_MAX_AHEAD_MS`). */
export const MAX_AHEAD_MS = 14 * 24 * 60 * 60_000;

/** One line of the code sheet before its code exists: a provider's booth tablet, or a kiosk. */
export interface SheetLine {
  role: 'booth' | 'kiosk';
  /** The provider (booth lines only). */
  providerId?: string;
  /** The provider's name, or "Kiosk 2". */
  title: string;
  /** The provider's stand numbers, in hall order (empty for a kiosk). */
  standNumbers: string[];
  /** The device name sent to the server (what the pending list shows), at most 80 characters. */
  deviceName: string;
}

/** A line of the printed sheet: with its code and the URL in its QR code. */
export interface SheetEntry extends SheetLine {
  code: string;
  pairUrl: string;
}

const byNumber = (a: string, b: string) => a.localeCompare(b, 'de', { numeric: true });

/**
 * The lines of the "codes for all stands" sheet: one booth line per provider that has a stand, in the order of their
 * first stand number (the order in which the sheet is carried through the hall), then the kiosks.
 * @param providers the event's providers
 * @param stands the event's stands
 * @param kiosks how many kiosk codes to add (0 for none)
 * @param kioskTitle the title of kiosk number n, e.g. `(n) => \`Kiosk ${n}\``
 * @returns the lines, without codes
 * @example sheetLines(providers, stands, 2, (n) => `Kiosk ${n}`)
 */
export function sheetLines(
  providers: readonly Provider[],
  stands: readonly Pick<Stand, 'providerId' | 'number'>[],
  kiosks: number,
  kioskTitle: (n: number) => string,
): SheetLine[] {
  const numbers = new Map<string, string[]>();
  for (const stand of stands) numbers.set(stand.providerId, [...(numbers.get(stand.providerId) ?? []), stand.number]);
  const booths = providers
    .filter((p) => numbers.has(p.id))
    .map((p): SheetLine => {
      const standNumbers = [...(numbers.get(p.id) ?? [])].sort(byNumber);
      return { role: 'booth', providerId: p.id, title: p.name, standNumbers, deviceName: `${standNumbers.join(', ')} · ${p.name}`.slice(0, 80) };
    })
    .sort((a, b) => byNumber(a.standNumbers[0] ?? '', b.standNumbers[0] ?? '') || a.title.localeCompare(b.title, 'de'));
  const kioskLines = Array.from({ length: Math.max(0, Math.floor(kiosks)) }, (_, i): SheetLine => {
    const title = kioskTitle(i + 1);
    return { role: 'kiosk', title, standNumbers: [], deviceName: title.slice(0, 80) };
  });
  return [...booths, ...kioskLines];
}

/**
 * The default validity of a code sheet: an hour after the event starts (the tablets are set up by then), or its end
 * once that hour has passed (a tablet replaced during the fair), but not after the event's end and not more than 14
 * days from now (what the server accepts).
 * @param event the event's start and end
 * @param now the current time (default: now)
 * @returns the time the codes expire
 * @example defaultSheetExpiry({ startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T15:00:00+01:00' })
 */
export function defaultSheetExpiry(event: Pick<Event, 'startsAt' | 'endsAt'>, now: Date = new Date()): Date {
  const hourIn = Date.parse(event.startsAt) + 60 * 60_000;
  const wanted = hourIn > now.getTime() ? hourIn : Date.parse(event.endsAt);
  return new Date(Math.min(wanted, Date.parse(event.endsAt), now.getTime() + MAX_AHEAD_MS));
}

/**
 * A time as the value of an `<input type="datetime-local">` (local time, minutes).
 * @param date the time
 * @returns e.g. `2027-03-10T10:00`
 * @example input.value = localInputValue(defaultSheetExpiry(event));
 */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
