import { join, resolve } from 'node:path';

/** Where tests find the bundled crisis files, built from the fictional catalogue (git-ignored). */
export const TEST_GENERATED_DIR = join(resolve(import.meta.dirname, '../..'), 'node_modules', '.cache', 'hulphub-tests', 'generated');
