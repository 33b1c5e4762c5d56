/** The browser files built in memory from a data folder (the real data/ by default), for tests. */
import { buildCatalogue, type BuildOutput } from '../../scripts/lib/build-catalogue.ts';
import { checkDataFolder } from '../../scripts/lib/check-data.ts';
import { REAL_DATA, TODAY } from './data-folder.ts';

const cache = new Map<string, BuildOutput>();

export function builtCatalogue(dataDir = REAL_DATA): BuildOutput {
  let output = cache.get(dataDir);
  if (!output) {
    const result = checkDataFolder(dataDir, { today: TODAY });
    if (result.errorCount > 0) throw new Error(`${dataDir} has ${result.errorCount} errors: run npm run data:check`);
    output = buildCatalogue(result.providers, result.vocabulary, TODAY);
    cache.set(dataDir, output);
  }
  return output;
}
