/**
 * `npm run data:check [-- --data DIR]`
 * Reads data/ (providers and vocabulary), prints every problem in plain Dutch with file and line, and
 * exits with 1 when there is an error. Warnings (such as data not checked for a year) do not fail.
 * On GitHub Actions it also prints annotations, so the message shows on the line in the pull request.
 */
import { checkDataFolder, type CheckResult } from './lib/check-data.ts';
import { formatGithubAnnotation, formatProblem, printable } from './lib/problems.ts';
import { isMainModule, readOptions, runCommand } from './lib/cli.ts';

/** How many ids of providers to re-check are listed before the rest is only counted. */
const MAX_LISTED = 60;

/** The closing lines of a check: counts, and which providers need re-checking. */
export function summarise(result: CheckResult): string {
  const lines: string[] = [];
  lines.push(
    `${result.providerCount} aanbieders gecontroleerd: ${result.errorCount} ${result.errorCount === 1 ? 'fout' : 'fouten'}, ${result.warningCount} ${result.warningCount === 1 ? 'waarschuwing' : 'waarschuwingen'}.`,
  );
  const stale = result.staleProviderIds;
  const listed = stale
    .slice(0, MAX_LISTED)
    .map((id) => printable(id))
    .join(', ');
  const shown = stale.length > MAX_LISTED ? `${listed} en ${stale.length - MAX_LISTED} meer` : listed;
  lines.push(
    `${stale.length} ${stale.length === 1 ? 'aanbieder moet' : 'aanbieders moeten'} opnieuw nagekeken worden${stale.length ? `: ${shown}` : ''}.`,
  );
  lines.push(
    result.errorCount === 0
      ? 'In orde: de site kan met deze gegevens gebouwd worden.'
      : 'Niet in orde: los de fouten hierboven op. Zolang er fouten zijn, wordt de site niet bijgewerkt.',
  );
  return lines.join('\n');
}

function main() {
  const dataDir = readOptions({ data: 'data' }).data ?? 'data';
  const result = checkDataFolder(dataDir);
  for (const problem of result.problems) console.log(`${formatProblem(problem)}\n`);
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const problem of result.problems) console.log(formatGithubAnnotation(problem));
  }
  console.log(summarise(result));
  process.exitCode = result.errorCount > 0 ? 1 : 0;
}

if (isMainModule(import.meta.url)) runCommand(main);
