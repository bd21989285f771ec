import { GERMAN_LEVELS, PHYSICAL_LOADS, SCHOOL_CERTIFICATES, TARGET_GROUPS } from '../model/vocabulary.js';
import type { MatchContext } from './context.js';
import type { OfferFeatures } from './features.js';
import { reason, type Reason } from './reasons.js';

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

/** Haversine distance in km between two points given in radians (cos of the first latitude passed in). */
export function haversineKm(lat1: number, lon1: number, cosLat1: number, lat2: number, lon2: number, cosLat2: number): number {
  const dLat = Math.sin((lat2 - lat1) / 2);
  const dLon = Math.sin((lon2 - lon1) / 2);
  const h = dLat * dLat + cosLat1 * cosLat2 * dLon * dLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** One-way travel minutes from the person's home to the offer, or undefined when it cannot be told. */
export function travelOf(ctx: MatchContext, f: OfferFeatures): number | undefined {
  if (f.remote || !ctx.home) return undefined;
  if (ctx.travelMinutes) {
    const given = ctx.travelMinutes(ctx.home, f.offer.place);
    if (given !== undefined && Number.isFinite(given)) return given;
  }
  if (Number.isNaN(ctx.homeLat) || Number.isNaN(f.lat)) return undefined;
  const km = haversineKm(ctx.homeLat, ctx.homeLon, ctx.homeCosLat, f.lat, f.lon, f.cosLat);
  return TRAVEL_ACCESS_MINUTES + ((km * TRAVEL_DETOUR) / TRAVEL_SPEED_KMH) * 60;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function groupList(mask: number): string {
  return TARGET_GROUPS.filter((_, i) => mask & (1 << i)).join(',');
}

/**
 * Applies the hard rules. Only what the person stated can fail a rule; a requirement the person said
 * nothing about becomes a note ("needs German B1 — ask if unsure").
 * @param out when given, collects every exclusion reason (not only the first)
 * @param notes when given, collects the notes
 * @returns −1 when a rule fails, else the number of notes
 */
export function checkHardRules(ctx: MatchContext, f: OfferFeatures, out?: Reason[], notes?: Reason[]): number {
  // Written without closures: this runs once per offer per call and must not allocate on the fast path.
  let failed = false;
  let noteCount = 0;

  if (f.targetGroupsOnly && (f.targetGroupMask & ctx.groupMask) === 0) {
    if ((f.targetGroupMask & ~ctx.knownGroupMask) === 0) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.targetGroup', { groups: groupList(f.targetGroupMask) }));
    } else {
      noteCount++;
      notes?.push(reason('note.targetGroup', { groups: groupList(f.targetGroupMask) }));
    }
  }
  if (f.german > 0) {
    if (ctx.german < 0) {
      noteCount++;
      notes?.push(reason('note.germanLevel', { required: GERMAN_LEVELS[f.german] ?? '' }));
    } else if (ctx.german < f.german) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.germanLevel', { required: GERMAN_LEVELS[f.german] ?? '', yours: GERMAN_LEVELS[ctx.german] ?? '' }));
    }
  }
  if (ctx.from >= 0 && !f.flexible) {
    if ((f.start >= 0 && f.start < ctx.from) || (f.end >= 0 && f.end > ctx.until)) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.schedule', {
        start: f.start >= 0 ? hhmm(f.start) : '…',
        end: f.end >= 0 ? hhmm(f.end) : '…',
        from: hhmm(ctx.from),
        until: hhmm(ctx.until),
      }));
    }
    if (ctx.availableDays && f.dayMask & ~ctx.availableDays) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.days'));
    }
  }
  if (f.hours >= 0 && !f.partTime) {
    const max = ctx.maxHours >= 0 ? ctx.maxHours : ctx.partTimeOnly ? PART_TIME_MAX_HOURS : -1;
    if (max >= 0 && f.hours > max) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.hours', { hours: f.hours, max }));
    }
  }
  if (f.load >= 0) {
    if (ctx.load >= 0 && f.load > ctx.load) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.physicalLoad', { load: PHYSICAL_LOADS[f.load] ?? '' }));
    } else if (ctx.load < 0 && f.load === HEAVY) {
      noteCount++;
      notes?.push(reason('note.physicalLoad', { load: 'heavy' }));
    }
  }
  if (f.minAge >= 0) {
    if (ctx.age < 0) {
      noteCount++;
      notes?.push(reason('note.minAge', { minAge: f.minAge }));
    } else if (ctx.age < f.minAge) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.minAge', { minAge: f.minAge }));
    }
  }
  if (f.maxAge >= 0) {
    if (ctx.age < 0) {
      noteCount++;
      notes?.push(reason('note.maxAge', { maxAge: f.maxAge }));
    } else if (ctx.age > f.maxAge) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.maxAge', { maxAge: f.maxAge }));
    }
  }
  if (f.licence) {
    if (ctx.licence === undefined) {
      noteCount++;
      notes?.push(reason('note.drivingLicence'));
    } else if (!ctx.licence) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.drivingLicence'));
    }
  }
  if (f.school > 0) {
    if (ctx.school < 0) {
      noteCount++;
      notes?.push(reason('note.schoolCertificate', { certificate: SCHOOL_CERTIFICATES[f.school] ?? '' }));
    } else if (ctx.school < f.school) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.schoolCertificate', { certificate: SCHOOL_CERTIFICATES[f.school] ?? '' }));
    }
  }
  if (ctx.maxTravel >= 0 && !f.remote) {
    const minutes = travelOf(ctx, f);
    if (minutes !== undefined && minutes > ctx.maxTravel) {
      if (!out) return -1;
      failed = true;
      out.push(reason('excluded.travel', { minutes: Math.round(minutes), max: ctx.maxTravel }));
    }
  }
  return failed ? -1 : noteCount;
}
