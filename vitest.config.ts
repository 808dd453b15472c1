import { defineConfig } from 'vitest/config';

// Three kinds of tests, run together by `npm test` (which builds dist/ first when it is stale):
// - unit: pure code in src/lib and the content files, no build needed;
// - dist: checks on the built HTML in dist/;
// - browser: the built site in the system Chromium (skipped loudly without one).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // one browser at a time on a 2-core machine
          fileParallelism: false,
        },
      },
    ],
  },
});
