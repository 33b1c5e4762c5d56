/**
 * Browser tests: the built site (dist/) served by `vite preview`, driven by playwright-core in the
 * system Chromium (Debian's package: browsers cannot be downloaded here). Run with `npm run test:e2e`.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/serve-built-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});
