import type { EventInput, OfferInput, ProviderInput, RadarRowInput, StandInput } from '@markt/sdk';

/** The demo fair's records, shaped as the SDK's schemas take them (validate with `check` to fill defaults). */
export interface DemoFair {
  /** One event, id `pankow-2026`, with a floor plan. */
  readonly event: EventInput;
  readonly providers: readonly ProviderInput[];
  readonly offers: readonly OfferInput[];
  /** Provider stands and the Jobcenter's labelled help desks. */
  readonly stands: readonly StandInput[];
  /** Illustrative radar rows (13 Ortsteile × 25 Berufsgruppen), `illustrative: true` on every row. */
  readonly radar: readonly RadarRowInput[];
}

/**
 * The demo fair: a Markt der Möglichkeiten in Berlin-Pankow.
 * @example
 * import { demoFair } from '@markt/demo-fair';
 * console.log(demoFair.offers.length); // 161
 */
export declare const demoFair: DemoFair;

export default demoFair;
