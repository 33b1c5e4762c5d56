/**
 * Vitest global setup: builds the files the app bundles (the crisis lane and its crisis words) from the
 * fictional catalogue, into a folder that vite.config.ts puts in place of src/generated/ for tests. So
 * the lane and crisis detection in component tests never depend on what staff write in data/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedAppFiles } from '../../scripts/lib/generated-app-files.ts';
import { builtCatalogue } from '../helpers/built-catalogue.ts';
import { TEST_GENERATED_DIR } from './test-generated-dir.ts';

export default function setup() {
  rmSync(TEST_GENERATED_DIR, { recursive: true, force: true });
  mkdirSync(TEST_GENERATED_DIR, { recursive: true });
  for (const [name, content] of Object.entries(generatedAppFiles(builtCatalogue().catalogue))) {
    writeFileSync(join(TEST_GENERATED_DIR, name), content);
  }
}
