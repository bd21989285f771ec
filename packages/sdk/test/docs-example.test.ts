import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';

// docs/sdk.md's first example is what a developer copies first: it must run against the SDK's source and
// print exactly the "Output" block under it.

const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const doc = readFileSync(join(sdkRoot, '../../docs/sdk.md'), 'utf8');

describe('docs/sdk.md', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('runs the Example and prints the Output it shows', async () => {
    const example = doc.split('## Example')[1] ?? '';
    const code = /```ts\n([^]*?)```/.exec(example)?.[1];
    const output = /Output:\n\n```\n([^]*?)```/.exec(example)?.[1];
    expect(code).toBeTruthy();
    expect(output).toBeTruthy();
    const bundled = await build({
      stdin: { contents: code as string, resolveDir: sdkRoot, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      alias: { '@markt/sdk/reasons': './src/match/reason-messages.ts', '@markt/sdk': './src/index.ts' },
      write: false,
    });
    const dir = mkdtempSync(join(tmpdir(), 'markt-doc-'));
    dirs.push(dir);
    const file = join(dir, 'example.mjs');
    writeFileSync(file, bundled.outputFiles[0]?.text ?? '');
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
    await import(pathToFileURL(file).href);
    expect(lines.join('\n') + '\n').toBe(output);
  });
});
