/**
 * `npm run data:verify-list [-- --data DIR --csv FILE]`
 * Prints the providers that need a check with the organisation, most urgent first, with what to ask and
 * the facts to confirm, and writes the same list as a spreadsheet (default: verificatielijst.csv).
 * How to record a check afterwards: data/README.md, "Een verificatie noteren".
 */
import { writeFileSync } from 'node:fs';
import { checkDataFolder } from './lib/check-data.ts';
import { isMainModule, readOptions, runCommand, UsageError } from './lib/cli.ts';
import { verifyList, verifyListCsv, verifyListText } from './lib/verify-list.ts';
import { dateInBelgium } from '../src/catalogue/staleness.ts';

function main() {
  const options = readOptions({ data: 'data', csv: 'verificatielijst.csv' });
  const result = checkDataFolder(options.data ?? 'data');
  if (result.errorCount > 0) {
    throw new UsageError(
      `De gegevens hebben ${result.errorCount} ${result.errorCount === 1 ? 'fout' : 'fouten'}. Los die eerst op (npm run data:check): een lijst van foute gegevens zou je verkeerde vragen laten stellen.`,
    );
  }
  const rows = verifyList(result.providers, result.vocabulary, dateInBelgium(new Date()));
  const csvFile = options.csv ?? 'verificatielijst.csv';
  console.log(verifyListText(rows));
  try {
    writeFileSync(csvFile, verifyListCsv(rows));
  } catch (error) {
    throw new UsageError(
      `Kan ${csvFile} niet schrijven (${(error as NodeJS.ErrnoException).code ?? String(error)}). Kies een andere plek met --csv.`,
    );
  }
  console.log(
    `\n${rows.length} van de ${result.providerCount} aanbieders moeten nagekeken worden. De lijst staat ook in ${csvFile} (opent in Excel).`,
  );
  console.log('Noteer elke controle in het bestand van de aanbieder, in "verification": zie data/README.md.');
}

if (isMainModule(import.meta.url)) runCommand(main);
