import { match, type MatchOptions, type OfferInput, type ProfileInput, type ProviderInput } from '@markt/sdk';
import { formatReason } from '@markt/sdk/reasons';

/** One anonymous case from the caseworker's file: a short label and the profile (no names, no birth dates). */
export interface Case {
  readonly label: string;
  readonly profile: ProfileInput;
}

/** One line of a case's table: an offer, its score and the reasons in German. */
export interface RankedLine {
  readonly rank: number;
  readonly offerId: string;
  readonly score: number;
  readonly title: string;
  readonly provider: string;
  readonly kind: string;
  readonly reasons: readonly string[];
}

/** A case with its ranked offers and a few offers that hard rules removed, with why. */
export interface RankedCase {
  readonly label: string;
  readonly lines: readonly RankedLine[];
  readonly excluded: readonly { readonly offerId: string; readonly title: string; readonly reasons: readonly string[] }[];
  readonly excludedCount: number;
}

/** German names of the offer kinds, as a caseworker says them. */
export const kindNames: Readonly<Record<OfferInput['kind'], string>> = {
  qualification: 'Weiterbildung',
  integration: 'Maßnahme',
  job: 'Stelle',
  apprenticeship: 'Ausbildung',
  counselling: 'Beratung',
  'self-employment': 'Gründung',
  health: 'Gesundheit',
  language: 'Sprachkurs',
};

/**
 * Ranks the offers for each case with `match` and says every reason in German, whatever the person's
 * own language: the table is for the caseworker.
 * @param cases the anonymous profiles
 * @param offers the offers to rank (e.g. the demo fair's)
 * @param providers the providers, for their names
 * @param options `match` options, e.g. `{ radar, limit: 8 }`; `limit` defaults to 8 here
 * @param excludedShown how many removed offers to list per case (default 3)
 * @returns one ranked case per input case, in input order
 * @example
 * const [first] = rankCases(cases, demoFair.offers, demoFair.providers, { radar: buildRadar(demoFair.radar) });
 * first.lines[0].reasons[0] // 'Führt zu Ihrem Wunschberuf: Büro und Sekretariat'
 */
export function rankCases(
  cases: readonly Case[],
  offers: readonly OfferInput[],
  providers: readonly ProviderInput[],
  options: MatchOptions = {},
  excludedShown = 3,
): RankedCase[] {
  const providerName = new Map(providers.map((p) => [p.id, p.name]));
  return cases.map(({ label, profile }) => {
    const { results, excluded } = match(profile, offers, { limit: 8, ...options });
    return {
      label,
      lines: results.map((r, i) => ({
        rank: i + 1,
        offerId: r.offer.id,
        score: r.score,
        title: r.offer.title.de,
        provider: providerName.get(r.offer.providerId) ?? r.offer.providerId,
        kind: kindNames[r.offer.kind],
        reasons: r.reasons.map((reason) => formatReason(reason, 'de')),
      })),
      excluded: excluded.slice(0, excludedShown).map((x) => ({
        offerId: x.offer.id,
        title: x.offer.title.de,
        reasons: x.reasons.map((reason) => formatReason(reason, 'de')),
      })),
      excludedCount: excluded.length,
    };
  });
}
