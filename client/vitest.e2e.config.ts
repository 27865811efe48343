import { defineProject } from 'vitest/config';

/**
 * Browser tests: the built client served by the real server (in-process, embedded PostgreSQL, demo content),
 * driven by playwright-core through Debian's chromium. Files run one at a time; each opens its own browser.
 */
export default defineProject({
  root: import.meta.dirname,
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
