import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// A caller's bundler renames classes when it minifies: the errors' names must not come from the class names.

const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('error names in a minified bundle', () => {
  it('every SDK error keeps its name (and so its "Name: message" text) when a bundler minifies the SDK', async () => {
    const out = await build({
      stdin: {
        contents: `import { MarktError, ValidationError, RadarDataError, QuizError, OptionError } from './src/index.ts';
          export const names = [MarktError, ValidationError, RadarDataError, QuizError, OptionError].map((E) => new E('INVALID_INPUT', 'm').name);`,
        resolveDir: sdkRoot,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      external: ['fuse.js'],
      write: false,
    });
    const code = (out.outputFiles[0] as { text: string }).text;
    const { names } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { names: string[] };
    expect(names).toEqual(['MarktError', 'ValidationError', 'RadarDataError', 'QuizError', 'OptionError']);
  });
});
