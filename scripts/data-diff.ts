/**
 * `npm run data:diff -- --base DIR_OR_REF [--head DIR] [--markdown FILE]`
 * Says in Dutch what a change to the catalogue changes on the site: providers added and removed, and for
 * each changed provider the facts before → after (scripts/lib/catalogue-diff.ts). The base is a data
 * folder, or a git version (a branch, tag or commit) whose data folder is read straight from git, so
 * nothing is checked out. The head is a data folder (default: data). The summary is printed, and with
 * --markdown also added to FILE: the pull-request workflow passes $GITHUB_STEP_SUMMARY, so the reviewer
 * reads it on the check's page.
 *
 * Exit code 0 whenever the summary could be written, also when a side has errors: judging the data is
 * data:check's job, this command only reports.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { dateInBelgium } from '../src/catalogue/staleness.ts';
import { diffMarkdown, readSide } from './lib/catalogue-diff.ts';
import { isMainModule, readOptions, runCommand, UsageError } from './lib/cli.ts';
import { readDataFolder } from './lib/data-folder.ts';

/** The folders of a data folder the site is built from; nothing else is read from git. */
const DATA_PARTS = ['providers', 'vocabulary'];

function main() {
  const options = readOptions({ base: 'origin/main', head: 'data', markdown: 'samenvatting.md' });
  if (!options.base)
    throw new UsageError('Zeg waarmee je vergelijkt, bv. --base origin/main (een git-versie) of --base ../oud/data (een map).');
  const headDir = options.head ?? 'data';
  if (!isFolder(headDir)) throw new UsageError(`De map "${headDir}" bestaat niet. Geef de map met gegevens, bv. --head data.`);
  const today = dateInBelgium(new Date());

  let baseDir = options.base;
  let baseLabel = options.base;
  let cleanUp: (() => void) | undefined;
  if (!isFolder(options.base)) {
    const fromGit = dataFolderFromGit(options.base, headDir);
    [baseDir, baseLabel, cleanUp] = [fromGit.dir, fromGit.label, fromGit.cleanUp];
  }
  try {
    const markdown = diffMarkdown(readSide(readDataFolder(baseDir), today), readSide(readDataFolder(headDir), today), {
      baseLabel,
      providersDir: `${relative(process.cwd(), resolve(headDir)) || '.'}/providers`,
    });
    console.log(markdown);
    if (options.markdown) appendFileSync(options.markdown, `${markdown}\n`);
  } finally {
    cleanUp?.();
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Copies the data folder as it is in git version `ref` into a temporary folder, with one `git cat-file
 * --batch` for all files (one process, not one per provider). The folder is found at the same place in
 * the repository as `headDir`.
 */
function dataFolderFromGit(ref: string, headDir: string): { dir: string; label: string; cleanUp: () => void } {
  const git = (args: string[], input?: Buffer) => execFileSync('git', args, { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
      .toString()
      .trim();
  } catch {
    throw new UsageError(
      `"${ref}" is geen map en geen versie die git kent. Geef een map (--base ../oud/data) of een tak of commit (--base origin/main).`,
    );
  }
  const top = git(['rev-parse', '--show-toplevel']).toString().trim();
  const inRepo = relative(top, resolve(headDir)).split('\\').join('/');
  const paths = git(['ls-tree', '-r', '-z', '--name-only', commit, '--', ...DATA_PARTS.map((part) => `${inRepo}/${part}`)])
    .toString()
    .split('\0')
    .filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'hulphub-base-'));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  try {
    const output = git(['cat-file', '--batch'], Buffer.from(paths.map((path) => `${commit}:${path}\n`).join('')));
    let at = 0;
    for (const path of paths) {
      const headerEnd = output.indexOf(0x0a, at);
      const [, type, size] = output.subarray(at, headerEnd).toString().split(' ');
      const start = headerEnd + 1;
      const end = start + Number(size);
      at = end + 1;
      // Links and submodules are not files staff write; the data reader would refuse a link anyway.
      if (type !== 'blob') continue;
      const target = join(dir, relative(inRepo, path));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output.subarray(start, end));
    }
  } catch (error) {
    cleanUp();
    throw error;
  }
  const short = commit.slice(0, 7);
  return { dir, label: ref === short || ref === commit ? short : `${ref} (${short})`, cleanUp };
}

if (isMainModule(import.meta.url)) runCommand(main);
