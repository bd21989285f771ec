import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30000,
    hookTimeout: 30000,
    // Real servers and SQLite files: keep the 2-core machine from oversubscribing.
    maxWorkers: 2,
  },
});
