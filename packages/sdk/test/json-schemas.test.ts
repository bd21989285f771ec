import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../scripts/json-schemas.js';

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '../../../docs/schemas');

describe('docs/schemas', () => {
  it('is generated from the current valibot schemas (run `npm run schemas -w @markt/sdk` after a change)', () => {
    for (const [file, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join(docsDir, file), 'utf8'), file).toBe(text);
    }
  });

  it('names the required fields of an offer', () => {
    const offer = JSON.parse(jsonSchemas()['Offer.json']!) as { required: string[]; additionalProperties: boolean };
    expect(offer.required).toEqual(expect.arrayContaining(['id', 'providerId', 'kind', 'title', 'summary']));
    expect(offer.additionalProperties).toBe(false);
  });
});
