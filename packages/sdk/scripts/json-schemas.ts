import { toJsonSchema } from '@valibot/to-json-schema';
import { schemas } from '../src/schemas.js';

/**
 * The JSON Schema documents of every domain schema, keyed by file name. Checks that valibot cannot
 * express in JSON Schema (cross-field rules such as "endsAt after startsAt") are left out there and
 * still enforced by the SDK at run time.
 */
export function jsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const json = toJsonSchema(schema, { errorMode: 'ignore', typeMode: 'input' });
    const document = { $id: `https://markt.dev/schemas/${name}.json`, title: name, ...json };
    files[`${name}.json`] = `${JSON.stringify(document, null, 2)}\n`;
  }
  return files;
}
