// Builds every page in pages/*.html (kiosk, phone, booth, list, organizer) into dist/app/,
// which the server serves. Each page loads one module script: no inline scripts (CSP).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pagesDir = resolve(import.meta.dirname, 'pages');
const input = Object.fromEntries(
  readdirSync(pagesDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.replace(/\.html$/, ''), resolve(pagesDir, file)]),
);

export default defineConfig({
  root: pagesDir,
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/app'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input },
  },
});
