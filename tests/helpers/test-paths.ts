/**
 * Where tests find the data they read, and the fixed day they read it on. No test hooks here, so Vitest's
 * global setup (tests/setup/fixture-app-files.ts) can import it too.
 */
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** The real data; `npm run test:staff-edits` points it at an edited copy to show no test depends on its facts. */
export const REAL_DATA = process.env.HULPHUB_DATA_DIR ? resolve(process.env.HULPHUB_DATA_DIR) : join(REPO_ROOT, 'data');
/** A fictional catalogue that covers every case the app's tests need (see tests/fixtures/README.md). */
export const FIXTURE_CATALOGUE = join(REPO_ROOT, 'tests', 'fixtures', 'catalogue');
/** A fixed "today" so date checks give the same answer on any day. */
export const TODAY = '2026-11-22';
