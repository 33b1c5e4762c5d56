/**
 * Browser tests: the site built from the fictional catalogue (dist-e2e/, see tests/e2e/build-fixture-site.ts)
 * served by `vite preview`, driven by playwright-core in the system Chromium (Debian's package: browsers
 * cannot be downloaded here). Run with `npm run test:e2e`.
 * The site is served on a free port; set E2E_PORT to choose one (see tests/e2e/serve-built-site.ts).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/serve-built-site.ts'],
    // Generous, but bounded: every wait inside a test is for a state, with its own limit (30 s); these only
    // stop a test that hangs. A loaded 2-core machine needs several times what an idle one does.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
    // Every run in another order (files and tests), so no test can lean on what an earlier one did (a page,
    // requests it recorded): it would fail in some order. Vitest prints the seed; run that order again with
    // --sequence.seed=<seed>.
    sequence: { shuffle: true },
  },
});
