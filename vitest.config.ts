import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (domain, in-process HTTP, data tests against PGlite, or PostgreSQL when
 * DATABASE_URL is set) and `e2e` (Playwright journeys in Debian's Chromium against the built app).
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the CPUs: on a 2-core machine (CI's) that runs every file one
    // after the other. Most of the slow files wait on a browser or a child server rather than compute, so two
    // workers let the unit files run beside the (one-at-a-time) browser journeys.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
