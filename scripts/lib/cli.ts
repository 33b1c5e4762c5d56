/**
 * The scripts' command line: options, and how a command ends when something goes wrong. Staff run these
 * commands too, so a mistake in the options or a fault in the program itself ends in one Dutch line and
 * exit code 2, never in a stack trace.
 */
import { pathToFileURL } from 'node:url';
import { printable } from './problems.ts';

/**
 * Whether this module was started as the command (not imported). Compares real file URLs, so a path
 * with spaces or on Windows works: a check that silently did nothing would look like a pass.
 */
export function isMainModule(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}

/** A mistake in how the command was called, with what to type instead. */
export class UsageError extends Error {}

/**
 * Reads `--name value` options. `known` maps each option name to an example value, used in messages.
 * An unknown option, a missing value or an option given twice is a UsageError.
 */
export function readOptions<Name extends string>(known: Record<Name, string>, argv = process.argv.slice(2)): Partial<Record<Name, string>> {
  const names = Object.keys(known) as Name[];
  const usage = names.map((name) => `--${name} ${known[name]}`).join(' ');
  const values: Partial<Record<Name, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '') as Name;
    if (!argv[i].startsWith('--') || !names.includes(name)) {
      throw new UsageError(`"${argv[i]}" is geen optie van dit commando. Dit kan: ${usage}`);
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--') || value.trim() === '') {
      throw new UsageError(`Na --${name} hoort een waarde, bv. --${name} ${known[name]}`);
    }
    if (values[name] !== undefined) throw new UsageError(`--${name} staat er twee keer. Geef het één keer.`);
    values[name] = value;
    i++;
  }
  return values;
}

/**
 * Runs a command's main function, also an async one; a UsageError or an unexpected fault prints one line
 * and exits with 2.
 */
export function runCommand(main: () => void | Promise<void>): void {
  try {
    const running = main();
    if (running instanceof Promise) running.catch(reportFailure);
  } catch (error) {
    reportFailure(error);
  }
}

function reportFailure(error: unknown): void {
  process.exitCode = 2;
  if (error instanceof UsageError) {
    console.error(printable(error.message));
    return;
  }
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Er ging iets mis in het programma zelf, niet in je gegevens: ${printable(reason)}`);
  console.error('Meld dit aan een ontwikkelaar, met deze melding erbij. De site is niet bijgewerkt.');
  if (process.env.HULPHUB_DEBUG) console.error(error);
}
