import type { FloorPlan } from '../model/event.js';
import type { Stand } from '../model/stand.js';

/**
 * The size a new stand gets when nobody gave one (the organizer's "add stand", a CSV row without width and
 * depth): the median of the event's sized stands (width and depth each), or, when no stand has a size,
 * 5 % × 6 % of the plan; whole units, at least 1.
 * @param stands the event's stands
 * @param floorPlan the hall's width and height
 * @returns width and depth in plan units
 * @example newStandSize([], { width: 800, height: 500 }) // { w: 40, h: 30 }
 */
export function newStandSize(stands: readonly Pick<Stand, 'size'>[], floorPlan: Pick<FloorPlan, 'width' | 'height'>): { w: number; h: number } {
  const sized = stands.flatMap((s) => (s.size ? [s.size] : []));
  const whole = (value: number) => Math.max(1, Math.round(value));
  // The median of one side over the sized stands, whole.
  const median = (side: 'w' | 'h') => {
    const sorted = sized.map((s) => s[side]).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return whole(sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
  };
  if (sized.length > 0) return { w: median('w'), h: median('h') };
  return { w: whole(floorPlan.width * 0.05), h: whole(floorPlan.height * 0.06) };
}
