/**
 * `npm run data:fixtures -- --count N --out DIR [--seed S]`
 * Writes a fictional catalogue (DIR/providers/*.json plus a copy of data/vocabulary/) for tests and
 * benchmarks. Refuses to write into data/ or public/, so test data can never ship.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { argumentValue, isMainModule } from './lib/cli.ts';
import { generateProviders } from './lib/fixtures.ts';
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
      throw new Error(`Refusing to write test data into ${relative(REPO_ROOT, forbidden)}/: choose a folder outside data/ and public/, e.g. /tmp/hulphub-${count}.`);
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
  for (const provider of generateProviders({ count, seed }, vocabulary)) {
    writeFileSync(join(target, 'providers', `${provider.id}.json`), `${JSON.stringify(provider, null, 2)}\n`);
  }
}

function main() {
  const count = Number(argumentValue('--count') ?? '210');
  const outDir = argumentValue('--out');
  const seed = Number(argumentValue('--seed') ?? '1');
  if (!outDir || !Number.isInteger(count) || count < 1) {
    console.error('Usage: npm run data:fixtures -- --count 210 --out /tmp/hulphub-210 [--seed 1]');
    process.exitCode = 2;
    return;
  }
  try {
    writeFixtureCatalogue(outDir, count, seed);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  console.log(`${count} fictional providers written to ${outDir}/providers/ (seed ${seed}).`);
}

if (isMainModule(import.meta.url)) main();
