import { ValidationError, type FieldIssue } from '../errors/markt-error.js';
import { errorMessages } from '../errors/messages.js';

/**
 * The engine's own input check: small, dependency-free rules for the shapes `match`, `createSearchIndex` and
 * `buildRadar` read, so that ranking does not load valibot. They follow the valibot schemas of
 * `@markt/sdk/schemas` (the one source of the types and of the JSON Schemas) field by field and fill the same
 * defaults; text lengths, the spelling of URLs and the longest lists (e.g. at most 12 occupations) are left to
 * those schemas. `guard.test.ts` holds both to the
 * same verdicts.
 */

/**
 * Checks one value: returns it (objects: a copy with defaults filled in) and adds an issue when it is wrong.
 * As a field of `obj`: `fallback` is what the field takes when it is missing (see `or`), `required` makes a
 * missing field an issue (see `need`).
 */
export type Rule = ((value: unknown, path: string, issues: FieldIssue[]) => unknown) & {
  readonly fallback?: unknown;
  readonly required?: boolean;
};

const at = (path: string, key: string | number): string => (path ? `${path}.${key}` : `${key}`);

/** Adds an issue at `path` (the root when empty) and returns `value` as it is. */
function issue(value: unknown, path: string, issues: FieldIssue[], message: string): unknown {
  issues.push({ path: path || '(root)', message });
  return value;
}

/** A rule that takes the value as it is when `good` says so, and otherwise adds an issue with `message`. */
const check =
  (good: (value: unknown) => boolean, message: string): Rule =>
  (x, p, is) =>
    good(x) ? x : issue(x, p, is, message);

/** `true` or `false`. */
export const bool = check((x) => typeof x === 'boolean', 'must be true or false');

/**
 * A number in [min, max] (a whole number when `whole`).
 * @param min lowest allowed value
 * @param max highest allowed value
 * @param whole whether only integers are allowed
 * @returns the rule
 * @example num(0, 1)(0.5, 'x', []) // 0.5
 */
export const num = (min: number, max: number, whole?: boolean): Rule =>
  check(
    (x) => typeof x === 'number' && x >= min && x <= max && (!whole || Number.isInteger(x)),
    `must be a${whole ? ' whole' : ''} number from ${min} to ${max}`,
  );

/**
 * A string, of the given shape when one is given.
 * @param shape a pattern the whole string must match
 * @returns the rule
 * @example str(/^\d{2,5}$/)('821', 'kldb', []) // '821'
 */
export const str = (shape?: RegExp): Rule =>
  check((x) => typeof x === 'string' && (!shape || shape.test(x)), shape ? `must match ${shape}` : 'must be a text');

/** A single-line text that is not blank, trimmed (as the schemas' `shortText`). */
export const short: Rule = (x, p, is) =>
  typeof x === 'string' && x.trim() ? x.trim() : issue(x, p, is, 'must be a text that is not empty');

/**
 * One word of a vocabulary.
 * @param words the allowed words
 * @returns the rule
 * @example oneOf(['a', 'b'])('a', 'x', []) // 'a'
 */
export const oneOf = (words: readonly string[]): Rule => check((x) => words.includes(x as string), `must be one of ${words.join(', ')}`);

/**
 * A list whose every item passes `item`.
 * @param item the rule for each item
 * @returns the rule
 * @example list(bool)([true], 'x', []) // [true]
 */
export const list =
  (item: Rule): Rule =>
  (x, p, is) =>
    Array.isArray(x) ? x.map((y, i) => item(y, at(p, i), is)) : issue(x, p, is, 'must be a list');

/**
 * The rule as a field of `obj` that takes `fallback` when it is missing (objects are checked too, so their
 * defaults fill in).
 * @param rule the rule
 * @param fallback the default
 * @returns the rule with its default
 * @example obj({ a: or(bool, false) })({}, 'x', []) // { a: false }
 */
export const or = (rule: Rule, fallback: unknown): Rule => Object.assign(rule.bind(0), { fallback });

/**
 * The rule as a field of `obj` without which the object is wrong.
 * @param rule the rule
 * @returns the rule of a required field
 * @example verdict(obj({ a: need(bool) }), {}).issues // [{ path: 'a', message: 'is required' }]
 */
export const need = (rule: Rule): Rule => Object.assign(rule.bind(0), { required: true });

/**
 * An object with exactly these fields (unknown fields are an issue). A missing field takes its rule's
 * `fallback` (see `or`), is an issue when its rule is `required` (see `need`), and is left out otherwise.
 * @param fields the rule per field
 * @returns the rule
 * @example obj({ a: or(bool, false) })({}, 'x', []) // { a: false }
 */
export const obj =
  (fields: Readonly<Record<string, Rule>>): Rule =>
  (x, p, is) => {
    if (typeof x !== 'object' || !x) return issue(x, p, is, 'must be an object');
    const input = x as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key in input) if (!(key in fields) && input[key] !== undefined) issue(0, at(p, key), is, 'is not a known field');
    for (const key in fields) {
      const rule = fields[key] as Rule;
      const value = input[key] === undefined ? rule.fallback : input[key];
      if (value !== undefined) out[key] = rule(value, at(p, key), is);
      else if (rule.required) issue(0, at(p, key), is, 'is required');
    }
    return out;
  };

/**
 * Checks a value against a rule.
 * @param rule the rule
 * @param value anything
 * @param path where the value sits, prefixed to the issues' paths (e.g. `offers.3`)
 * @returns the value with defaults filled in, and every issue with dot paths (`offers.3.schedule.start`)
 * @example verdict(obj({ a: or(bool, false) }), {}) // { value: { a: false }, issues: [] }
 */
export function verdict<T>(rule: Rule, value: unknown, path = ''): { value: T; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  return { value: rule(value, path, issues) as T, issues };
}

/**
 * Checks a value against a rule and returns it with defaults filled in.
 * @param rule the rule
 * @param value anything
 * @param what a name for the error message (`profile`, `offers[3]`)
 * @param path prefix of the issues' paths
 * @returns the checked value
 * @throws {ValidationError} `INVALID_INPUT` with `details` naming every field at fault
 * @example guarded(offerRule, json, 'offers[0]', 'offers.0')
 */
export function guarded<T>(rule: Rule, value: unknown, what: string, path = ''): T {
  const issues: FieldIssue[] = [];
  const checked = rule(value, path, issues) as T;
  if (issues.length) throw new ValidationError('INVALID_INPUT', errorMessages.INVALID_INPUT(what), issues);
  return checked;
}
