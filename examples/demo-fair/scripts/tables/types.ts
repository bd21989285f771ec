import type { OfferInput, ProviderInput } from '@markt/sdk';

/** A place as the schemas take it (district, address, coordinates). */
export type PlaceInput = NonNullable<ProviderInput['place']>;

type Texts = readonly [title: string, summary: string];

/**
 * One offer as written by hand: short keys so that a table of 150 offers stays readable.
 * `generate.ts` expands it into an `OfferInput` with the id `<provider>-<id>`.
 */
export interface OfferSpec {
  /** Suffix of the offer id; the full id is `<provider id>-<id>`. */
  readonly id: string;
  readonly kind: OfferInput['kind'];
  readonly de: Texts;
  readonly en: Texts;
  /** Title and summary in further visitor languages (Turkish, Arabic, Ukrainian, Russian, Leichte Sprache). */
  readonly more?: Partial<Record<'tr' | 'ar' | 'uk' | 'ru' | 'de-x-ls', Texts>>;
  readonly occupations?: OfferInput['occupations'];
  readonly riasec?: string;
  readonly targetGroups?: OfferInput['targetGroups'];
  readonly targetGroupsOnly?: boolean;
  readonly topics?: OfferInput['topics'];
  readonly requirements?: OfferInput['requirements'];
  readonly schedule?: OfferInput['schedule'];
  /** Where it takes place when not at the provider's own address. */
  readonly place?: PlaceInput;
  readonly funding?: OfferInput['funding'];
  readonly languages?: OfferInput['languages'];
  readonly keywords?: OfferInput['keywords'];
}

/** One provider with its offers, as written by hand. */
export interface ProviderSpec {
  readonly id: string;
  readonly name: string;
  readonly kind: ProviderInput['kind'];
  readonly description: { readonly de: string; readonly en: string };
  readonly certifications?: ProviderInput['certifications'];
  readonly place: PlaceInput;
  /** Hall zone the stand goes to (see floor.ts). */
  readonly zone: 'jobcenter' | 'learn' | 'advice' | 'work';
  readonly offers: readonly OfferSpec[];
}

/**
 * A place in Pankow.
 * @param district the Ortsteil
 * @param address street, number, postcode and city
 * @param lat latitude (WGS 84)
 * @param lon longitude (WGS 84)
 * @returns a place for a provider or an offer
 * @example at('Weißensee', 'Lehderstraße 34, 13086 Berlin', 52.55, 13.456)
 */
export function at(district: string, address: string, lat: number, lon: number): PlaceInput {
  return { district, address, lat, lon };
}

/** Offered by phone or video, no travel. */
export const remote: PlaceInput = { remote: true };
