/**
 * Vitest global setup: builds the files the app bundles (the crisis lane and its crisis words) from the
 * fictional catalogue, into a folder that vite.config.ts puts in place of src/generated/ for tests. So
 * the lane and crisis detection in component tests never depend on what staff write in data/. The
 * browser tests' site bundles the same files (tests/e2e/build-fixture-site.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedAppFiles } from '../../scripts/lib/generated-app-files.ts';
import { builtCatalogue } from '../helpers/built-catalogue.ts';
import { TEST_GENERATED_DIR } from './test-generated-dir.ts';

/** Writes the app's bundled files, built from the fictional catalogue, into `dir` (emptied first). */
export function writeFixtureAppFiles(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(generatedAppFiles(builtCatalogue().catalogue))) writeFileSync(join(dir, name), content);
}

export default function setup() {
  writeFixtureAppFiles(TEST_GENERATED_DIR);
}
