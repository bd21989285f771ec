/**
 * `@markt/sdk/schemas`: the valibot schemas of the domain model (the one source of the types, of
 * runtime validation with field-level errors, and of the JSON Schema files in `docs/schemas/`), and
 * `check` / `parse` to validate with them. Kept out of the main entry so that code which only ranks,
 * searches or scores does not load valibot; the types are exported by the main entry as well.
 * @packageDocumentation
 */
export * from './model/picklists.js';
export * from './model/common.js';
export * from './model/offer.js';
export * from './model/provider.js';
export * from './model/event.js';
export * from './model/stand.js';
export * from './model/profile.js';
export * from './model/radar-row.js';
export * from './model/visit.js';
export * from './model/lead.js';
export * from './model/feedback.js';
export * from './model/validate.js';
export { schemas } from './model/index.js';
