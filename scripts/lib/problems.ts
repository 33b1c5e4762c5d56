/**
 * Problems found in data/, and how they are shown: plain Dutch for staff in the terminal, and GitHub
 * workflow annotations so the message appears on the right line of a pull request.
 *
 * Messages quote values from the data, and file names come from the disk: both are printed through
 * `printable`, so no value can start a line of its own in the CI log (where "::stop-commands::" would
 * hide every annotation after it) or send escape codes to a terminal.
 */
import { revealHidden } from './hidden-characters.ts';
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the repository root, e.g. data/providers/awel.json. */
  file: string;
  line: number;
  column?: number;
  /** The provider's id when the problem is inside a provider file. */
  providerId?: string;
  /** The field in messages' notation, e.g. channels.phone[0].number. */
  field?: string;
  /** What is wrong, in plain Dutch. */
  message: string;
  /** How to fix it, in plain Dutch. */
  fix: string;
  /** Name of the check that found it, for tests and for developers. */
  check: string;
}

/** Sorts by file and line so the report reads like the files do. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

/** One problem as a block of text for a person reading the terminal. */
export function formatProblem(problem: Problem): string {
  const where = `${printable(problem.file)}:${problem.line}${problem.column ? `:${problem.column}` : ''}`;
  const what = [problem.providerId && `aanbieder "${printable(problem.providerId)}"`, problem.field && `veld "${printable(problem.field)}"`]
    .filter(Boolean)
    .join(', ');
  const label = problem.severity === 'error' ? 'FOUT' : 'LET OP';
  return [
    `${label}  ${where}${what ? `  (${what})` : ''}`,
    `  ${printable(problem.message)}`,
    `  Zo los je het op: ${printable(problem.fix)}`,
  ].join('\n');
}

/** The longest message printed: a message quoting a huge value stays readable. */
const MAX_PRINTED = 600;

/** One line of text, with hidden and control characters shown as code points, and not too long. */
export function printable(text: string): string {
  const visible = revealHidden(text);
  return visible.length > MAX_PRINTED ? `${visible.slice(0, MAX_PRINTED - 1)}…` : visible;
}

/** The `::error file=…,line=…::…` line that GitHub Actions turns into an annotation on the pull request. */
export function formatGithubAnnotation(problem: Problem): string {
  const command = problem.severity === 'error' ? 'error' : 'warning';
  const properties = [`file=${escapeProperty(printable(problem.file))}`, `line=${problem.line}`];
  if (problem.column) properties.push(`col=${problem.column}`);
  const title = problem.field ? `Hulp HUB: ${printable(problem.field)}` : 'Hulp HUB';
  properties.push(`title=${escapeProperty(title)}`);
  return `::${command} ${properties.join(',')}::${escapeData(`${printable(problem.message)} Zo los je het op: ${printable(problem.fix)}`)}`;
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
