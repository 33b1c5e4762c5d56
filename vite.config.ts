/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
  },
  test: {
    // Dates in opening-hours tests are Belgian wall-clock times; CI runs in UTC. Pin it so a developer
    // in Brussels and CI see the same results.
    env: { TZ: 'UTC' },
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/testing-library.ts'],
    // The corruption tests build catalogues on disk; the default 5 s is tight on a 2-core machine.
    testTimeout: 30_000,
  },
});
