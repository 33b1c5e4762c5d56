/** Tiny helpers for the scripts' command-line options (`--name value`). */

/** The value after `--name`, or undefined when the option is not given. */
export function argumentValue(name: string, argv = process.argv.slice(2)): string | undefined {
  const index = argv.indexOf(name);
  if (index === -1) return undefined;
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`Option ${name} needs a value.`);
  return value;
}
