/**
 * `npm run data:fixtures -- --count N --out DIR [--seed S]`
 * Writes a fictional catalogue (DIR/providers/*.json plus a copy of data/vocabulary/) for tests and
 * benchmarks: N fictional providers and the crisis lane's four lines with fictional texts. Refuses to
 * write into data/ or public/, so test data can never ship.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { canonicalJson, FILE_SCHEMAS } from './lib/canonical-json.ts';
import { isMainModule, readOptions, runCommand, UsageError } from './lib/cli.ts';
import { crisisLaneFixtures, generateProviders } from './lib/fixtures.ts';
import type { Vocabulary } from './lib/checks/check-context.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const FORBIDDEN = ['data', 'public'].map((folder) => join(REPO_ROOT, folder));

/** Writes `count` fictional providers and the real vocabulary into `outDir`. */
export function writeFixtureCatalogue(outDir: string, count: number, seed = 1): void {
  const target = resolve(outDir);
  for (const forbidden of FORBIDDEN) {
    const fromForbidden = relative(forbidden, target);
    const isInside = !fromForbidden.startsWith('..') && !isAbsolute(fromForbidden);
    if (isInside) {
      throw new UsageError(
        `Testdata komt nooit in ${relative(REPO_ROOT, forbidden)}/: kies een map daarbuiten, bv. /tmp/hulphub-${count}.`,
      );
    }
  }
  const vocabularyDir = join(REPO_ROOT, 'data', 'vocabulary');
  const vocabulary: Vocabulary = {
    themes: JSON.parse(readFileSync(join(vocabularyDir, 'themes.json'), 'utf8')).themes,
    municipalities: JSON.parse(readFileSync(join(vocabularyDir, 'municipalities.json'), 'utf8')).municipalities,
  };
  rmSync(join(target, 'providers'), { recursive: true, force: true });
  mkdirSync(join(target, 'providers'), { recursive: true });
  cpSync(vocabularyDir, join(target, 'vocabulary'), { recursive: true });
  for (const provider of [...crisisLaneFixtures(), ...generateProviders({ count, seed }, vocabulary)]) {
    // In the layout staff's files have, so data:check gives no layout warning for each of them.
    writeFileSync(join(target, 'providers', `${provider.id}.json`), canonicalJson(provider, FILE_SCHEMAS.provider));
  }
}

function main() {
  const options = readOptions({ count: '210', out: '/tmp/hulphub-210', seed: '1' });
  const count = Number(options.count ?? '210');
  const seed = Number(options.seed ?? '1');
  if (!options.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    throw new UsageError('Schrijf zo: npm run data:fixtures -- --count 210 --out /tmp/hulphub-210 [--seed 1]');
  }
  writeFixtureCatalogue(options.out, count, seed);
  console.log(`${count} fictional providers and the crisis lane written to ${options.out}/providers/ (seed ${seed}).`);
}

if (isMainModule(import.meta.url)) runCommand(main);
