/** Tiny helpers for the scripts' command line. */
import { pathToFileURL } from 'node:url';

/**
 * Whether this module was started as the command (not imported). Compares real file URLs, so a path
 * with spaces or on Windows works: a check that silently did nothing would look like a pass.
 */
export function isMainModule(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}

/** The value after `--name`, or undefined when the option is not given. */
export function argumentValue(name: string, argv = process.argv.slice(2)): string | undefined {
  const index = argv.indexOf(name);
  if (index === -1) return undefined;
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`Option ${name} needs a value.`);
  return value;
}
