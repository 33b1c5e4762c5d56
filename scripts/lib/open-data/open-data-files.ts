/**
 * The open data files `npm run data:build` publishes with the site (names: src/catalogue/open-data.ts):
 * the spreadsheet without internal notes, and the HSDS 3.0 export.
 */
import { OPEN_DATA_FILES } from '../../../src/catalogue/open-data.ts';
import type { Vocabulary } from '../checks/check-context.ts';
import type { CheckedProvider } from '../checked-provider.ts';
import { hsdsFiles } from './hsds.ts';
import { providersCsv } from './spreadsheet.ts';

export function openDataFiles(providers: readonly CheckedProvider[], vocabulary: Vocabulary): Record<string, string> {
  const hsds = hsdsFiles(providers, vocabulary);
  return {
    [OPEN_DATA_FILES.spreadsheet]: providersCsv(providers, 'public'),
    [OPEN_DATA_FILES.hsdsServices]: hsds['services.json'],
    [OPEN_DATA_FILES.hsdsTables]: hsds['tabular.json'],
  };
}
