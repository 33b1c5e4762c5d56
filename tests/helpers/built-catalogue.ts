/**
 * The browser files built in memory from a data folder, for tests. Component, route and search tests use
 * the small fictional catalogue in tests/fixtures/catalogue/, so a correct edit by staff in data/ can
 * never turn them red; tests of the real data/ pass its folder explicitly and check only invariants.
 */
import { buildCatalogue, type BuildOutput } from '../../scripts/lib/build-catalogue.ts';
import { checkDataFolder } from '../../scripts/lib/check-data.ts';
import { FIXTURE_CATALOGUE, TODAY } from './test-paths.ts';

export { FIXTURE_CATALOGUE };

const cache = new Map<string, BuildOutput>();

/**
 * Checks and builds `dataDir` as of `today`. The fixture's dates are fixed, so it uses a fixed day; the
 * real data is checked as of the real day, as staff's pull requests are (a date set to today is right).
 */
export function builtCatalogue(dataDir = FIXTURE_CATALOGUE, today = TODAY): BuildOutput {
  const key = `${dataDir}@${today}`;
  let output = cache.get(key);
  if (!output) {
    const result = checkDataFolder(dataDir, { today });
    if (result.errorCount > 0) throw new Error(`${dataDir} has ${result.errorCount} errors: run npm run data:check -- --data ${dataDir}`);
    output = buildCatalogue(result.providers, result.vocabulary, today);
    cache.set(key, output);
  }
  return output;
}
