import { check } from '@markt/sdk/schemas';
import type { Context } from 'hono';
import type * as v from 'valibot';
import { bodyText, requestHeader } from './body.js';
import { HttpError } from './errors.js';

/**
 * A `\u` escape of a surrogate: JSON can spell a lone one ("\udc00"), which no UTF-8 text holds. libSQL stores
 * such a string as invalid UTF-8 and reads it back garbled, or panics and ends the process on reading the row.
 */
const LONE_SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replaces each lone surrogate in a string value by U+FFFD, as a UTF-8 decoder does for broken bytes; pairs stay. */
const wellFormed = (_key: string, value: unknown): unknown => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\uFFFD') : value);

/**
 * Reads a JSON body and validates it with one of the SDK's schemas. Lone surrogates in its strings become U+FFFD.
 * @param c the request context
 * @param schema the valibot schema (e.g. `LeadInputSchema`)
 * @returns the parsed value with defaults filled in
 * @throws HttpError 415 for another content type, 400 for broken JSON or any invalid field (named in `details`)
 * @example const input = await readJson(c, VisitInputSchema);
 */
export async function readJson<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  const type = requestHeader(c, 'content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON with "Content-Type: application/json".');
  }
  let body: unknown;
  try {
    const text = await bodyText(c);
    body = LONE_SURROGATE_ESCAPE.test(text) ? JSON.parse(text, wellFormed) : JSON.parse(text);
  } catch {
    throw new HttpError(400, 'INVALID_JSON', 'The request body is not valid JSON.');
  }
  return validate(schema, body);
}

/** Validates an already parsed value (query parameters, socket payloads) and throws a 400 naming the fields. */
export function validate<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = check(schema, value);
  if (!result.ok) {
    throw new HttpError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', result.issues);
  }
  return result.value;
}
