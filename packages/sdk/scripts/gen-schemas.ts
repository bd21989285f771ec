// Writes docs/schemas/*.json from the SDK's valibot schemas: `npm run schemas -w @markt/sdk`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from './json-schemas.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '../../../docs/schemas');
mkdirSync(outDir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemas())) {
  writeFileSync(join(outDir, file), text);
  console.log(`wrote docs/schemas/${file}`);
}
