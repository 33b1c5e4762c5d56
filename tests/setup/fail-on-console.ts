/**
 * An unexpected console.error or console.warn fails the test: React and libraries use them to report
 * real mistakes (missing keys, act() warnings, failed requests) that would otherwise scroll past.
 */
import { afterEach, beforeEach, vi } from 'vitest';

const unexpected: string[] = [];

beforeEach(() => {
  unexpected.length = 0;
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      unexpected.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (unexpected.length > 0) throw new Error(`Unexpected console output:\n${unexpected.join('\n')}`);
});
