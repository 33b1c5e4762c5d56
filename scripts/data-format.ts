/**
 * `npm run data:format [-- --data DIR] [--check]`
 * Writes every provider file and the two vocabulary files in one canonical form: keys in the schema's
 * order, the same indentation and line breaks (see scripts/lib/canonical-json.ts). Values never change.
 * A file with broken JSON is left as it is and named with its line. With --check nothing is written:
 * the command lists the files that would change and exits with 1 when there are any.
 */
import { formatProblem, printable } from './lib/problems.ts';
import { isMainModule, readOptions, runCommand } from './lib/cli.ts';
import { formatDataFolder } from './lib/format-data.ts';

const CHECK_FLAG = '--check';

function main() {
  const argv = process.argv.slice(2);
  const onlyCheck = argv.includes(CHECK_FLAG);
  const dataDir =
    readOptions(
      { data: 'data' },
      argv.filter((arg) => arg !== CHECK_FLAG),
    ).data ?? 'data';
  const result = formatDataFolder(dataDir, { write: !onlyCheck });

  for (const problem of result.refused) {
    console.log(`${formatProblem({ ...problem, severity: 'error', check: 'format' })}\n`);
  }
  for (const file of result.changed) console.log(`${onlyCheck ? 'Niet in de vaste opmaak' : 'Opgemaakt'}: ${printable(file)}`);

  const refused = result.refused.length
    ? ` ${result.refused.length} ${result.refused.length === 1 ? 'bestand' : 'bestanden'} niet aangeraakt: los eerst de fout hierboven op.`
    : '';
  if (onlyCheck) {
    console.log(
      result.changed.length
        ? `${result.changed.length} ${result.changed.length === 1 ? 'bestand staat' : 'bestanden staan'} niet in de vaste opmaak. Voer npm run data:format uit.${refused}`
        : `Alle bestanden staan in de vaste opmaak.${refused}`,
    );
  } else {
    console.log(`${result.changed.length} opgemaakt, ${result.unchanged} waren al in orde.${refused}`);
  }
  process.exitCode = result.refused.length > 0 || (onlyCheck && result.changed.length > 0) ? 1 : 0;
}

if (isMainModule(import.meta.url)) runCommand(main);
