import { errorMessages, type ErrorCode } from './messages.js';

/** One problem with one field of an input, `path` in dot notation (`schedule.start`, `rows.3.kldb`). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The base of every error the SDK throws: a stable `code` to branch on and a message that says what to do.
 *
 * @example
 * try { parseOffer(input); } catch (e) { if (e instanceof MarktError) console.log(e.code); }
 */
export class MarktError extends Error {
  // Declared, not defined, fields: set in the constructor (in this order: code, details, name), which keeps the class small.
  // The name is written out, not read from the class: a caller's bundler renames classes when it minifies.
  declare readonly code: ErrorCode;
  declare readonly details: readonly FieldIssue[];

  constructor(code: ErrorCode, message: string, details: readonly FieldIssue[] = []) {
    super(message);
    this.code = code;
    this.details = details;
    this.name = 'MarktError';
  }
}

/** Input that does not match a schema; `details` lists every field at fault. */
export class ValidationError extends MarktError {
  override name = 'ValidationError';
}

/** A row of BA-shaped radar data that is missing or malformed; `details[0].path` names row and field. */
export class RadarDataError extends MarktError {
  override name = 'RadarDataError';
}

/** An answer that does not belong to the quiz's item bank or has an impossible value. */
export class QuizError extends MarktError {
  override name = 'QuizError';
}

/** An option outside its documented range. */
export class OptionError extends MarktError {
  override name = 'OptionError';
}

/** `OPTION_INVALID` for option `name` (internal: not exported from the package), `details` naming it. */
export const optionError = (name: string, expected: string): OptionError =>
  new OptionError('OPTION_INVALID', errorMessages.OPTION_INVALID(name, expected), [{ path: name, message: `must be ${expected}` }]);

/**
 * An option's value (or default) if within [min, max], rounded down to a whole count unless `max` is given
 * (internal: not exported from the package).
 * @throws {OptionError} `OPTION_INVALID` naming the option when the value is not a finite number in range
 */
export function checkOption(name: string, value: number, min: number, max?: number): number {
  if (!Number.isFinite(value) || value < min || value > (max ?? Number.MAX_SAFE_INTEGER)) {
    throw optionError(name, max === undefined ? `a number ≥ ${min}` : `a number from ${min} to ${max}`);
  }
  return max === undefined ? Math.floor(value) : value;
}
