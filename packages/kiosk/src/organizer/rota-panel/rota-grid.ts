// Pure helpers of the rota panel: times in the event's own UTC offset, and the time × stand grid.
import type { RotaShift } from '../api/types.js';

/**
 * The UTC offset of an ISO timestamp, in minutes (`+01:00` → 60, `Z` → 0).
 * @param timestamp an ISO 8601 timestamp with offset
 * @returns minutes east of UTC
 * @example offsetMinutes('2027-03-10T09:00:00+01:00') // 60
 */
export function offsetMinutes(timestamp: string): number {
  const m = /([+-])(\d\d):?(\d\d)$/.exec(timestamp);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The UTC offset the rota uses for an event: the one its start names (`+02:00`), or, for a start in UTC
 * (`…Z`, as the organizer's forms wrote it before they kept the fair's offset), the browser's offset on
 * that day, so shift times are the hall's local times and not UTC.
 * @param startsAt the event's start
 * @param localOffset the browser's offset at an instant, in minutes east of UTC (injectable for tests)
 * @returns minutes east of UTC
 * @example eventOffset('2027-04-14T08:00:00.000Z') // 120 in a browser in Berlin
 */
export function eventOffset(startsAt: string, localOffset: (at: Date) => number = browserOffset): number {
  if (/[+-]\d\d:?\d\d$/.test(startsAt)) return offsetMinutes(startsAt);
  const at = new Date(startsAt);
  return Number.isNaN(at.getTime()) ? 0 : localOffset(at);
}

/** The browser's offset at an instant, in minutes east of UTC. */
const browserOffset = (at: Date): number => -at.getTimezoneOffset();

/**
 * The UTC offset at an instant: a fixed number of minutes, or one that changes with the instant
 * (summer and winter time), given as a function of the instant (ms since 1970).
 */
export type Offset = number | ((instant: number) => number);

/**
 * The offset in minutes that an {@link Offset} has at an instant.
 * @param offset fixed minutes, or a function of the instant
 * @param instant ms since 1970
 * @returns minutes east of UTC
 * @example offsetAt(60, Date.now()) // 60
 */
export function offsetAt(offset: Offset, instant: number): number {
  return typeof offset === 'number' ? offset : offset(instant);
}

/** How the rota (and the booth's duty panel) turns instants into the hall's local times and back. */
export interface RotaZone {
  /** Minutes east of UTC at an instant (ms since 1970): for showing a timestamp. */
  readonly at: (instant: number) => number;
  /** Minutes east of UTC of a local date and time (`YYYY-MM-DD`, `HH:MM`): for writing one. */
  readonly of: (date: string, time: string) => number;
}

/**
 * The time zone the rota uses for an event. When the event's offset ({@link eventOffset}) is the browser's at
 * the event's start, the browser is in the fair's zone: each instant and each shift's local date and time get
 * the browser's offset of that moment, so a fair across the change to summer or winter time (last Sunday of
 * March and October) reads and writes Sunday's shifts with Sunday's offset. Otherwise (a browser elsewhere)
 * the event's offset is kept for every time.
 * @param startsAt the event's start
 * @param localOffset the browser's offset at an instant, in minutes east of UTC (injectable for tests)
 * @returns the zone
 * @example rotaZone('2027-10-30T10:00:00+02:00').of('2027-10-31', '10:00') // 60 in a browser in Berlin
 */
export function rotaZone(startsAt: string, localOffset: (at: Date) => number = browserOffset): RotaZone {
  const fixed = eventOffset(startsAt, localOffset);
  const start = Date.parse(startsAt);
  if (Number.isNaN(start) || localOffset(new Date(start)) !== fixed) return { at: () => fixed, of: () => fixed };
  return {
    at: (instant) => localOffset(new Date(instant)),
    of: (date, time) => {
      const local = new Date(`${date}T${time}`);
      return Number.isNaN(local.getTime()) ? fixed : localOffset(local);
    },
  };
}

/**
 * The offset as text for a timestamp.
 * @param minutes minutes east of UTC
 * @returns e.g. `+01:00`
 * @example offsetText(60) // '+01:00'
 */
export function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The local date and time of a timestamp in a given offset.
 * @param timestamp an ISO timestamp
 * @param offset minutes east of UTC, or the offset as a function of the instant ({@link RotaZone.at})
 * @returns `{ date: 'YYYY-MM-DD', time: 'HH:MM' }`
 * @example localParts('2027-03-10T08:00:00Z', 60) // { date: '2027-03-10', time: '09:00' }
 */
export function localParts(timestamp: string, offset: Offset): { date: string; time: string } {
  const instant = Date.parse(timestamp);
  const iso = new Date(instant + offsetAt(offset, instant) * 60_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * A timestamp from a local date and time in the event's offset.
 * @param date `YYYY-MM-DD`
 * @param time `HH:MM`
 * @param offset minutes east of UTC
 * @returns e.g. `2027-03-10T09:00:00+01:00`
 * @example toTimestamp('2027-03-10', '09:00', 60) // '2027-03-10T09:00:00+01:00'
 */
export function toTimestamp(date: string, time: string, offset: number): string {
  return `${date}T${time}:00${offsetText(offset)}`;
}

/**
 * The calendar days of an event, in its offset.
 * @param startsAt the event's start
 * @param endsAt the event's end
 * @param offset minutes east of UTC, or a function of the instant; default the offset `startsAt` names
 * @returns the dates, first to last
 * @example eventDates('2027-03-10T09:00:00+01:00', '2027-03-11T15:00:00+01:00') // ['2027-03-10', '2027-03-11']
 */
export function eventDates(startsAt: string, endsAt: string, offset: Offset = offsetMinutes(startsAt)): string[] {
  const first = localParts(startsAt, offset).date;
  const last = localParts(endsAt, offset).date;
  const out: string[] = [];
  for (let d = Date.parse(`${first}T00:00:00Z`); d <= Date.parse(`${last}T00:00:00Z`) && out.length < 31; d += 86_400_000) {
    out.push(new Date(d).toISOString().slice(0, 10));
  }
  return out;
}

/** One row of the grid: an hour, and per stand the shifts that cover part of it. */
export interface GridRow {
  /** `YYYY-MM-DD` and `HH:00` in the event's offset. */
  date: string;
  hour: string;
  cells: Map<string, RotaShift[]>;
}

/**
 * The rota as a grid: one row per hour from the first shift's start to the last shift's end, one cell
 * per stand with the shifts that cover any part of that hour.
 * @param shifts the shifts
 * @param standIds the columns
 * @param offset the event's offset in minutes, or a function of the instant ({@link RotaZone.at})
 * @returns the rows, in time order
 * @example rotaGrid(shifts, ['st-1'], 60)[0]?.hour // '09:00'
 */
export function rotaGrid(shifts: readonly RotaShift[], standIds: readonly string[], offset: Offset): GridRow[] {
  if (shifts.length === 0) return [];
  const HOUR = 3_600_000;
  const first = Math.min(...shifts.map((s) => Date.parse(s.startsAt)));
  const shift = offsetAt(offset, first) * 60_000;
  const from = Math.floor((first + shift) / HOUR) * HOUR - shift;
  const to = Math.max(...shifts.map((s) => Date.parse(s.endsAt)));
  const rows: GridRow[] = [];
  for (let t = from; t < to && rows.length < 24 * 14; t += HOUR) {
    const { date, time } = localParts(new Date(t).toISOString(), offset);
    const cells = new Map<string, RotaShift[]>();
    for (const id of standIds) {
      cells.set(
        id,
        shifts.filter((s) => s.standId === id && Date.parse(s.startsAt) < t + HOUR && Date.parse(s.endsAt) > t),
      );
    }
    rows.push({ date, hour: time, cells });
  }
  return rows;
}
