import type { EventInput, StandInput } from '@markt/sdk';
import type { ProviderSpec } from './tables/types.js';

/**
 * The hall: 80 m × 50 m, one plan unit = 10 cm. Stands are 4 m × 3 m; `position` is a stand's centre
 * (as the kiosk map, the list map, the organizer's editor and the route planner read it) and `size` its extent. Rows from the back wall: A and B employers, C and D
 * training and integration, E counselling and start-ups; the Jobcenter's counters and the network partners
 * sit in row J next to the entrance in the middle of the front wall.
 */
export const floorPlan = {
  width: 800,
  height: 500,
  entrance: { x: 400, y: 500 },
} as const satisfies NonNullable<EventInput['floorPlan']>;

const standSize = { w: 40, h: 30 } as const;
const deskSize = { w: 60, h: 25 } as const;

/** y of each row's top edge; 40 units (4 m) of aisle between rows. */
const rowY = { A: 30, B: 100, C: 170, D: 240, E: 310, J: 400 } as const;
type Row = keyof typeof rowY;

const zoneRows: Record<ProviderSpec['zone'], readonly Row[]> = {
  work: ['A', 'B'],
  learn: ['C', 'D'],
  advice: ['E'],
  jobcenter: ['J'],
};

/** The centre of a stand whose top-left corner is (x, y). */
const centre = (x: number, y: number, size: { w: number; h: number }) => ({ x: x + size.w / 2, y: y + size.h / 2 });

/** Places `count` items of width `w` centred across the hall with `step` between their left edges. */
function xs(count: number, w: number, step: number): number[] {
  const span = (count - 1) * step + w;
  const first = Math.round((floorPlan.width - span) / 2);
  return Array.from({ length: count }, (_, i) => first + i * step);
}

/**
 * One stand per provider, by zone and row, plus the Jobcenter's labelled help desks at the entrance.
 * @param providers every provider, in table order (the order decides the stand numbers)
 * @param eventId the event the stands belong to
 * @returns the stands, every one inside the floor plan
 * @example layoutStands(providers, 'pankow-2026')[0].number // 'A1'
 */
export function layoutStands(providers: readonly ProviderSpec[], eventId: string): StandInput[] {
  const stands: StandInput[] = [];
  for (const zone of ['work', 'learn', 'advice'] as const) {
    const inZone = providers.filter((p) => p.zone === zone);
    const rows = zoneRows[zone];
    const perRow = Math.ceil(inZone.length / rows.length);
    rows.forEach((row, r) => {
      const chunk = inZone.slice(r * perRow, (r + 1) * perRow);
      const step = Math.min(80, Math.floor((floorPlan.width - 40) / chunk.length));
      xs(chunk.length, standSize.w, step).forEach((x, i) => {
        const p = chunk[i]!;
        stands.push({ id: `st-${p.id}`, eventId, providerId: p.id, number: `${row}${i + 1}`, position: centre(x, rowY[row], standSize), size: { ...standSize } });
      });
    });
  }

  // Row J: network partners left and right, the Jobcenter's counters in the middle by the entrance.
  const front = providers.filter((p) => p.zone === 'jobcenter' && p.kind !== 'jobcenter');
  const jobcenter = providers.find((p) => p.kind === 'jobcenter');
  if (!jobcenter) throw new Error('the demo fair needs a Jobcenter provider');
  const desks = [
    { id: 'st-jobcenter-azav', label: 'Träger werden (AZAV)' },
    { id: 'st-jobcenter-info', label: 'Info-Theke Jobcenter' },
    { id: 'st-jobcenter-sprache', label: 'Sprachmittlung · Language help' },
  ];
  const [left, right] = [front.slice(0, Math.ceil(front.length / 2)), front.slice(Math.ceil(front.length / 2))];
  const slots = xs(left.length + 1 + desks.length + right.length, deskSize.w, 90);
  let n = 1;
  const place = (id: string, providerId: string, label?: string) => {
    const x = slots[n - 1]!;
    stands.push({
      id,
      eventId,
      providerId,
      number: `J${n}`,
      position: centre(x, rowY.J, deskSize),
      size: { ...deskSize },
      ...(label ? { label } : {}),
    });
    n += 1;
  };
  // AZAV desk beside the certification body, the info counter and the Jobcenter's stand either side of the door.
  for (const p of left) place(`st-${p.id}`, p.id);
  place(desks[0]!.id, jobcenter.id, desks[0]!.label);
  place(desks[1]!.id, jobcenter.id, desks[1]!.label);
  place(`st-${jobcenter.id}`, jobcenter.id);
  place(desks[2]!.id, jobcenter.id, desks[2]!.label);
  for (const p of right) place(`st-${p.id}`, p.id);
  return stands;
}
