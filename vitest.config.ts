import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test file gets a scratch DATABASE_URL: no test may touch the person's own store.
    setupFiles: ['test/support/scratch-store.ts'],
    // The default summary, then one line saying how many PostgreSQL tests were skipped and why.
    reporters: ['default', './test/support/postgres-skip-notice.ts'],
    // End-to-end tests start real servers and child processes; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
