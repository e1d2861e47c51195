import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (domain, in-process HTTP, data tests against PGlite, or PostgreSQL when
 * DATABASE_URL is set) and `e2e` (Playwright journeys in Debian's Chromium against the built app).
 */
export default defineConfig({
  test: {
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
