import type { Place } from '../model/common.js';
import { GERMAN_LEVELS, PHYSICAL_LOADS, SCHOOL_CERTIFICATES, TARGET_GROUPS } from '../model/vocabulary.js';
import type { MatchContext } from './context.js';
import { FLEXIBLE, GROUPS_ONLY, LICENCE, PART_TIME, REAL, REMOTE, ROW } from './record.js';
import type { Columns } from './columns.js';
import { reason, type Reason } from './reasons.js';
import { DEG, wordsOf } from './features.js';

/**
 * Travel-time estimate when no `travelMinutes` option answers: Berlin public transport averages about
 * 20 km/h door to door over a route about 1.3 × the straight line, plus 10 minutes to walk and wait.
 * So 5 km as the crow flies ≈ 30 minutes, 10 km ≈ 49 minutes.
 */
export const TRAVEL_SPEED_KMH = 20;
export const TRAVEL_DETOUR = 1.3;
export const TRAVEL_ACCESS_MINUTES = 10;
const EARTH_RADIUS_KM = 6371;
/** `partTimeOnly` without `maxHoursPerWeek`: a full-time offer of more hours than this does not fit. */
export const PART_TIME_MAX_HOURS = 30;
const HEAVY = PHYSICAL_LOADS.indexOf('heavy');

/**
 * Haversine distance in km between two points given in radians.
 * @param lat1 latitude of the first point
 * @param lon1 longitude of the first point
 * @param cosLat1 cos(lat1), precomputed
 * @param lat2 latitude of the second point
 * @param lon2 longitude of the second point
 * @param cosLat2 cos(lat2), precomputed
 * @returns the great-circle distance in km
 * @example haversineKm(a, b, Math.cos(a), c, d, Math.cos(c))
 */
export function haversineKm(lat1: number, lon1: number, cosLat1: number, lat2: number, lon2: number, cosLat2: number): number {
  const dLat = Math.sin((lat2 - lat1) / 2);
  const dLon = Math.sin((lon2 - lon1) / 2);
  const h = dLat * dLat + cosLat1 * cosLat2 * dLon * dLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * One-way travel minutes from the person's home to every offer of the list, NaN where it cannot be told
 * (no coordinates, remote). The `travelMinutes` option answers first; the estimate from coordinates fills in.
 */
export function travelTimes(home: Place, c: Columns, travelMinutes?: (from: Place, to: Place) => number | undefined): Float64Array {
  const n = c.offers.length;
  const out = new Float64Array(n).fill(NaN);
  // Radians; NaN without coordinates.
  const homeLat = home.lat === undefined || home.lon === undefined ? NaN : home.lat * DEG;
  const homeLon = (home.lon as number) * DEG;
  const homeCosLat = Math.cos(homeLat);
  for (let i = 0; i < n; i++) {
    if ((c.row[i * ROW] as number) & REMOTE) continue; // the flags (record.ts)
    if (travelMinutes) {
      const given = travelMinutes(home, (c.offers[i] as Columns['offers'][number]).place);
      if (Number.isFinite(given)) {
        out[i] = given as number;
        continue;
      }
    }
    // Latitude, longitude and its cosine (record.ts).
    const at = i * 3;
    const lat = c.geo[at] as number;
    if (Number.isNaN(homeLat) || Number.isNaN(lat)) continue;
    const km = haversineKm(homeLat, homeLon, homeCosLat, lat, c.geo[at + 1] as number, c.geo[at + 2] as number);
    out[i] = TRAVEL_ACCESS_MINUTES + ((km * TRAVEL_DETOUR) / TRAVEL_SPEED_KMH) * 60;
  }
  return out;
}

/** `HH:MM` of minutes after midnight (0–1439): the time of day of that many minutes after the epoch, in UTC; `…` for a time not stated (−1). */
export const hhmm = (minutes: number): string => (minutes < 0 ? '…' : new Date(minutes * 60_000).toISOString().slice(11, 16));

const DAY = 1440;

/**
 * Whether an offer's hours (minutes after midnight, −1 when not stated) do not lie inside the person's free
 * time. Both may cross midnight: an end at or before the start means the next day (a night shift 22:00–06:00,
 * free time 20:00–06:00). An offer with only a start must start inside the free time, one with only an end
 * must end inside it. Free time with `from` equal to `until` (00:00–00:00, 08:00–08:00) means any time, and
 * hours whose start equals their end (09:00–09:00) count as not stated: neither clashes.
 * @param start the offer's start, or −1
 * @param end the offer's end, or −1
 * @param from the start of the person's free time
 * @param until the end of the person's free time
 * @returns true when the hours clash with the free time
 * @example outsideWindow(1320, 360, 480, 870) // night shift 22:00–06:00, free 08:00–14:30: true
 */
export function outsideWindow(start: number, end: number, from: number, until: number): boolean {
  if (start === end || from === until) return false;
  const to = until > from ? until : until + DAY;
  // One known time stands for a minute-long span: a start must be before `until`, an end after `from`.
  const a = start >= 0 ? start : end - 1;
  const b = end < 0 ? start + 1 : end > a ? end : end + DAY;
  return !((a >= from && b <= to) || (a + DAY >= from && b + DAY <= to));
}

function groupList(mask: number): string {
  return wordsOf(TARGET_GROUPS, mask).join(',');
}

/**
 * Applies the hard rules to offer `i` of the columns. Only what the person stated can fail a rule; a requirement the person said
 * nothing about becomes a note ("needs German B1 — ask if unsure").
 * @param out when given (empty), collects every exclusion reason (not only the first)
 * @param notes when given, collects the notes
 * @returns −1 when a rule fails, else the number of notes
 */
export function checkHardRules(ctx: MatchContext, c: Columns, i: number, out?: Reason[], notes?: Reason[]): number {
  // Written without closures: this runs once per offer per call and must not allocate on the fast path.
  // A failed rule is `if (… && !out?.push(reason(…))) return -1`: with `out` (given empty) the reason goes into
  // it and the checks go on (`push` returns the new length, never 0); without, nothing is built and the first
  // failed rule returns at once. Notes are built only when `notes` is given, as `notes?.push(…)` evaluates
  // nothing without it.
  let noteCount = 0;
  // The offer's fields, at the offsets of record.ts (each local is named after its field).
  const row = c.row;
  const at = i * ROW;
  const flags = row[at] as number;
  const targetGroupMask = row[at + 2] as number;
  const german = row[at + 4] as number;
  const start = row[at + 9] as number;
  const end = row[at + 10] as number;
  const dayMask = row[at + 11] as number;
  const hours = c.real[i * REAL] as number;
  const load = row[at + 5] as number;
  const minAge = row[at + 7] as number;
  const maxAge = row[at + 8] as number;
  const school = row[at + 6] as number;

  if (flags & GROUPS_ONLY && (targetGroupMask & ctx.groupMask) === 0) {
    if ((targetGroupMask & ~ctx.knownGroupMask) === 0) {
      if (!out?.push(reason('excluded.targetGroup', { groups: groupList(targetGroupMask) }))) return -1;
    } else {
      noteCount++;
      notes?.push(reason('note.targetGroup', { groups: groupList(targetGroupMask) }));
    }
  }
  // Ranks are in range wherever a word is looked up below (a requirement above none, a level that is known).
  if (german > 0) {
    if (ctx.german < 0) {
      noteCount++;
      notes?.push(reason('note.germanLevel', { required: GERMAN_LEVELS[german] as string }));
    } else if (ctx.german < german && !out?.push(reason('excluded.germanLevel', { required: GERMAN_LEVELS[german] as string, yours: GERMAN_LEVELS[ctx.german] as string }))) {
      return -1;
    }
  }
  if (ctx.from >= 0) {
    if (
      !(flags & FLEXIBLE) &&
      outsideWindow(start, end, ctx.from, ctx.until) &&
      !out?.push(
        reason('excluded.schedule', {
          start: hhmm(start),
          end: hhmm(end),
          from: hhmm(ctx.from),
          until: hhmm(ctx.until),
        }),
      )
    ) {
      return -1;
    }
    // Fixed hours: every day of the offer must be free. Hours by arrangement: its days are when one can come,
    // so one free day among them is enough (a Saturday-only offer still clashes with Monday–Friday).
    if (ctx.availableDays && dayMask && (flags & FLEXIBLE ? !(dayMask & ctx.availableDays) : dayMask & ~ctx.availableDays) && !out?.push(reason('excluded.days'))) {
      return -1;
    }
  }
  if (hours >= 0 && !(flags & PART_TIME)) {
    const max = ctx.maxHours >= 0 ? ctx.maxHours : ctx.profile.partTimeOnly ? PART_TIME_MAX_HOURS : -1;
    // Only "part time" said: the 30 hours are the SDK's assumption, not the person's figure, so not "more than your 30".
    if (max >= 0 && hours > max && !out?.push(ctx.maxHours >= 0 ? reason('excluded.hours', { hours, max }) : reason('excluded.fullTime', { hours }))) {
      return -1;
    }
  }
  if (load >= 0) {
    if (ctx.load >= 0 && load > ctx.load) {
      if (!out?.push(reason('excluded.physicalLoad', { load: PHYSICAL_LOADS[load] as string }))) return -1;
    } else if (ctx.load < 0 && load === HEAVY) {
      noteCount++;
      notes?.push(reason('note.physicalLoad', { load: 'heavy' }));
    }
  }
  if (minAge >= 0) {
    if (ctx.age < 0) {
      noteCount++;
      notes?.push(reason('note.minAge', { minAge }));
    } else if (ctx.age < minAge && !out?.push(reason('excluded.minAge', { minAge }))) return -1;
  }
  if (maxAge >= 0) {
    if (ctx.age < 0) {
      noteCount++;
      notes?.push(reason('note.maxAge', { maxAge }));
    } else if (ctx.age > maxAge && !out?.push(reason('excluded.maxAge', { maxAge }))) return -1;
  }
  if (flags & LICENCE) {
    if (ctx.profile.drivingLicence === undefined) {
      noteCount++;
      notes?.push(reason('note.drivingLicence'));
    } else if (!ctx.profile.drivingLicence && !out?.push(reason('excluded.drivingLicence'))) return -1;
  }
  if (school > 0) {
    if (ctx.school < 0) {
      noteCount++;
      notes?.push(reason('note.schoolCertificate', { certificate: SCHOOL_CERTIFICATES[school] as string }));
    } else if (ctx.school < school && !out?.push(reason('excluded.schoolCertificate', { certificate: SCHOOL_CERTIFICATES[school] as string }))) {
      return -1;
    }
  }
  if (ctx.maxTravel >= 0 && !(flags & REMOTE)) {
    // Compared as shown, in whole minutes: an estimate of 30.4 against 30 accepted is not "30 minutes – more than your 30".
    const minutes = ctx.travel ? Math.round(ctx.travel[i] as number) : NaN;
    if (minutes > ctx.maxTravel && !out?.push(reason('excluded.travel', { minutes, max: ctx.maxTravel }))) return -1;
  }
  return out?.length ? -1 : noteCount;
}
