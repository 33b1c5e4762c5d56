/**
 * Every file that decides what the crisis lane dials, whether a crisis search brings it to the top, what
 * is published, or where the staff form sends a token, needs a named reviewer. A careless edit of CODEOWNERS that drops one of them fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRISIS_LANE } from '../../src/crisis/crisis-lane-definition.ts';
import { REPO_ROOT } from '../helpers/data-folder.ts';

const owners = new Map(
  readFileSync(join(REPO_ROOT, '.github', 'CODEOWNERS'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [pattern, ...reviewers] = line.trim().split(/\s+/);
      return [pattern, reviewers] as const;
    }),
);

describe('CODEOWNERS', () => {
  it.each([
    '/src/crisis/',
    ...CRISIS_LANE.map((line) => `/data/providers/${line.providerId}.json`),
    '/data/vocabulary/themes.json',
    '/src/crisis/crisis-detection.ts',
    '/src/crisis/crisis-patterns.ts',
    '/src/search/search-providers.ts',
    '/tests/crisis/',
    '/scripts/lib/checks/crisis-checks.ts',
    '/scripts/lib/generated-app-files.ts',
    '/scripts/lib/build-catalogue.ts',
    '/scripts/lib/phone.ts',
    '/scripts/lib/checks/contact-checks.ts',
    '/scripts/lib/checked-provider.ts',
    '/scripts/lib/check-data.ts',
    '/src/routes.tsx',
    '/src/layout/site-header.tsx',
    '/src/layout/static-shell.tsx',
    '/src/layout/quick-exit.tsx',
    '/src/layout/quick-exit-config.ts',
    '/vite.config.ts',
    '/.github/CODEOWNERS',
    '/.github/workflows/',
    '/package.json',
    '/scripts/data-build.ts',
    '/scripts/data-check.ts',
    '/scripts/pages-base-path.ts',
    '/scripts/build-site.ts',
    '/scripts/lib/prerender.ts',
    '/scripts/data-diff.ts',
    '/scripts/lib/catalogue-diff.ts',
    '/package-lock.json',
    '/index.html',
    '/public/beheer/',
    '/scripts/lib/staff-form-vite.ts',
    '/beheer.json',
    '/.github/ISSUE_TEMPLATE/',
  ])('names a reviewer for %s', (path) => {
    expect(owners.get(path)?.length ?? 0).toBeGreaterThan(0);
  });
});
