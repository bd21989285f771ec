import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What a bundler keeps of the SDK for a given import: the entry points must stay apart as docs/sdk.md
// says (sizes are measured in bench/, this checks only which modules end up in a bundle), and what minifying keeps.

const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A minified esbuild bundle of `code` (importing from src/), fuse.js external, as a caller's bundler makes it. */
const bundle = (code: string) =>
  build({
    stdin: { contents: code, resolveDir: sdkRoot, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: ['fuse.js'],
    write: false,
    metafile: true,
  });

/** The SDK source files and dependencies an esbuild bundle of `code` contains. */
async function inputsOf(code: string): Promise<string[]> {
  const out = await bundle(code);
  const used = Object.values(out.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0));
  // External imports the bundle still makes (fuse.js stays external, as in the size figures).
  const external = Object.values(out.metafile.outputs).flatMap((o) => o.imports.map((x) => x.path));
  return [...used.map(([path]) => path), ...external];
}

const has = (inputs: string[], part: string): boolean => inputs.some((p) => p.includes(part));

describe('tree-shaking', () => {
  it('match and scoreQuiz alone load no valibot, no search, no Fuse.js, no radar code, no names and no texts', async () => {
    const inputs = await inputsOf(`export { match, scoreQuiz } from './src/index.ts';`);
    expect(has(inputs, 'src/match/match.ts')).toBe(true);
    expect(has(inputs, 'src/quiz/score.ts')).toBe(true);
    for (const part of ['valibot', 'src/search/search.ts', 'src/search/create.ts', 'src/search/synonyms.ts', 'fuse.js', 'src/occupations/groups.ts', 'src/quiz/items.ts', 'reason-messages', 'src/model/offer.ts', 'src/radar/lookup.ts', 'src/radar/build-radar.ts']) {
      expect(has(inputs, part), part).toBe(false);
    }
  });

  it('the main entry holds the search (with Fuse.js) but no valibot, quiz texts or reason texts', async () => {
    const inputs = await inputsOf(`export * as sdk from './src/index.ts';`);
    for (const part of ['src/search/search.ts', 'src/search/synonyms.ts', 'fuse.js', 'src/radar/build-radar.ts', 'src/route/plan.ts']) {
      expect(has(inputs, part), part).toBe(true);
    }
    for (const part of ['valibot', 'src/quiz/items.ts', 'reason-messages', 'src/model/offer.ts']) expect(has(inputs, part), part).toBe(false);
  });

  it('@markt/sdk/schemas brings valibot and the schemas', async () => {
    const inputs = await inputsOf(`export * as s from './src/schemas.ts';`);
    expect(has(inputs, 'valibot')).toBe(true);
    expect(has(inputs, 'src/model/offer.ts')).toBe(true);
  });

  it('keeps every SDK error\'s name (and so its "Name: message" text) when the bundle is minified', async () => {
    const out = await bundle(`import { MarktError, ValidationError, RadarDataError, QuizError, OptionError } from './src/index.ts';
      export const names = [MarktError, ValidationError, RadarDataError, QuizError, OptionError].map((E) => new E('INVALID_INPUT', 'm').name);`);
    const code = (out.outputFiles[0] as { text: string }).text;
    const { names } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { names: string[] };
    expect(names).toEqual(['MarktError', 'ValidationError', 'RadarDataError', 'QuizError', 'OptionError']);
  });
});
