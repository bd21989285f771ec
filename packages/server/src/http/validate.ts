import { check } from '@markt/sdk/schemas';
import type { Context } from 'hono';
import type * as v from 'valibot';
import { bodyText, requestHeader } from './body.js';
import { HttpError } from './errors.js';

/**
 * Reads a JSON body and validates it with one of the SDK's schemas.
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
    body = JSON.parse(await bodyText(c));
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
