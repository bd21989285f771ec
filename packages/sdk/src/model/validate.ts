import * as v from 'valibot';
import { ValidationError, type FieldIssue } from '../errors/markt-error.js';
import { errorMessages } from '../errors/messages.js';

/** The outcome of `check`: the parsed value, or every field issue. */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Turns valibot issues into `{ path, message }` pairs with dot paths (`contact.phone`, `0.kldb`). */
export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
    return { path: path || '(root)', message: issue.message };
  });
}

/**
 * Validates input against a schema without throwing.
 * @param schema one of the SDK's schemas (e.g. `OfferSchema`)
 * @param input anything, typically parsed JSON
 * @returns `{ ok: true, value }` with defaults filled in, or `{ ok: false, issues }` naming each field
 * @example
 * const r = check(LeadInputSchema, body);
 * if (!r.ok) return c.json({ error: { code: 'INVALID_INPUT', details: r.issues } }, 400);
 */
export function check<S extends v.GenericSchema>(schema: S, input: unknown): CheckResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, issues: toFieldIssues(result.issues) };
}

/**
 * Validates input against a schema and returns the parsed value.
 * @param schema one of the SDK's schemas
 * @param input anything
 * @param what a name for the error message (default `"input"`)
 * @returns the value with defaults filled in
 * @throws {ValidationError} with `details` naming every field at fault
 * @example const offer = parse(OfferSchema, json, 'offer');
 */
export function parse<S extends v.GenericSchema>(schema: S, input: unknown, what = 'input'): v.InferOutput<S> {
  const result = check(schema, input);
  if (result.ok) return result.value;
  throw new ValidationError('INVALID_INPUT', errorMessages.INVALID_INPUT(what), result.issues);
}
