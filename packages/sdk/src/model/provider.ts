import * as v from 'valibot';
import { IdSchema, PlaceSchema, localized, shortText, WEB_ADDRESS } from './common.js';
import { ProviderKindSchema } from './picklists.js';

/** Träger / Anbieter / Arbeitgeber: an organisation with a stand. */
export const ProviderSchema = v.strictObject({
  id: IdSchema,
  name: shortText(160),
  kind: ProviderKindSchema,
  description: v.optional(localized(2000)),
  /** Certifications such as AZAV admission. */
  certifications: v.optional(v.pipe(v.array(v.picklist(['azav', 'iso9001', 'other'])), v.maxLength(5)), []),
  website: v.optional(v.pipe(v.string(), v.trim(), v.url('must be a URL'), v.regex(WEB_ADDRESS, 'must be a web address (http:// or https://), mailto: or tel:'), v.maxLength(500))),
  place: v.optional(PlaceSchema, {}),
});
export type Provider = v.InferOutput<typeof ProviderSchema>;
export type ProviderInput = v.InferInput<typeof ProviderSchema>;
