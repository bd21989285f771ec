// The organizer's date-and-time fields (`datetime-local`) and the event timestamps behind them.
// An event's timestamps carry the fair's own UTC offset (`2027-04-14T10:00:00+02:00`): the rota, the server's
// day checks and the visitor pages read the local day and hour from it, so a form must never turn it into UTC.

/** `HH:MM` with sign for minutes east of UTC: 120 → `+02:00`. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * An ISO timestamp as a `datetime-local` value in the browser's time zone.
 * @param iso the timestamp; undefined or unreadable gives `''`
 * @returns `YYYY-MM-DDTHH:MM`
 * @example toLocalInput('2027-04-14T10:00:00+02:00') // '2027-04-14T10:00' in Berlin
 */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A `datetime-local` value as an ISO timestamp with the browser's UTC offset on that day (summer or winter
 * time), never as UTC: `2027-04-14T10:00` in Berlin becomes `2027-04-14T10:00:00+02:00`. When the field still
 * shows `original`, the original timestamp is sent back exactly as it was, also one in UTC (`…Z`, as the forms
 * wrote it before): readers map `Z` to the browser's local time, while "healing" it here would write the offset
 * of whatever zone this browser is in (a laptop in London would write `+01:00` for a fair in Berlin). `''`
 * stays `''` (so the schema names the field).
 * @param value the field's value
 * @param original the timestamp the field was filled with, if any
 * @returns the timestamp
 * @example fromLocalInput('2027-04-14T10:00') // '2027-04-14T10:00:00+02:00' in Berlin
 * @example fromLocalInput('2027-04-14T10:00', '2027-04-14T08:00:00.000Z') // '2027-04-14T08:00:00.000Z' in Berlin
 */
export function fromLocalInput(value: string, original?: string): string {
  if (!value) return '';
  if (original && toLocalInput(original) === value) return original;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const seconds = /T\d\d:\d\d$/.test(value) ? ':00' : '';
  return `${value}${seconds}${offsetText(-date.getTimezoneOffset())}`;
}
