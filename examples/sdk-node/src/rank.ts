/**
 * A caseworker's tool in a few lines: ranks the demo fair's offers for anonymous profiles and prints one
 * table per profile, with the reasons in German.
 *
 *   npx tsx src/rank.ts profiles.json
 *
 * The profiles file is a JSON array of `{ "label": "…", "profile": { … } }`; each profile is validated
 * against the SDK's ProfileSchema first. The radar figures of the demo fair are illustrative.
 */
import { readFileSync } from 'node:fs';
import { buildRadar } from '@markt/sdk';
import { ProfileSchema, check } from '@markt/sdk/schemas';
import { demoFair } from '@markt/demo-fair';
import { rankCases, type Case } from './rank-cases.js';
import { renderCase } from './table.js';

function readCases(path: string): Case[] {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path}: expected a JSON array of { label, profile }`);
  return data.map((item: unknown, i) => {
    const { label, profile } = (item ?? {}) as { label?: unknown; profile?: unknown };
    if (typeof label !== 'string' || label === '') throw new Error(`${path}: entry ${i} needs a "label"`);
    const parsed = check(ProfileSchema, profile);
    if (!parsed.ok) {
      throw new Error(`${path}: profile "${label}" is not valid: ${parsed.issues.map((x) => `${x.path} ${x.message}`).join('; ')}`);
    }
    return { label, profile: profile as Case['profile'] };
  });
}

const path = process.argv[2] ?? 'profiles.json';
try {
  const cases = readCases(path);
  const radar = buildRadar(demoFair.radar);
  const ranked = rankCases(cases, demoFair.offers, demoFair.providers, { radar, limit: 8 });
  console.log(`${demoFair.event.title.de} – ${demoFair.offers.length} Angebote von ${demoFair.providers.length} Anbietern`);
  if (radar.illustrative) console.log('Hinweis: Die Radar-Zahlen sind illustrativ, keine amtliche Statistik.');
  console.log('Vorschläge zur Orientierung – die Person entscheidet selbst.\n');
  for (const r of ranked) console.log(renderCase(r));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
