import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFixtureCatalogue } from '../data-fixtures.ts';
import { checkDataFolder } from './check-data.ts';
import { crisisLaneFixtures, generateProviders } from './fixtures.ts';
import { REAL_DATA, REPO_ROOT, temporaryFolder } from '../../tests/helpers/data-folder.ts';

const vocabulary = {
  themes: JSON.parse(readFileSync(join(REAL_DATA, 'vocabulary/themes.json'), 'utf8')).themes,
  municipalities: JSON.parse(readFileSync(join(REAL_DATA, 'vocabulary/municipalities.json'), 'utf8')).municipalities,
};

describe('fictional catalogues', () => {
  it('give the same providers for the same seed and others for another seed', () => {
    expect(generateProviders({ count: 20, seed: 7 }, vocabulary)).toEqual(generateProviders({ count: 20, seed: 7 }, vocabulary));
    expect(generateProviders({ count: 20, seed: 8 }, vocabulary)).not.toEqual(generateProviders({ count: 20, seed: 7 }, vocabulary));
  });

  it('pass every check', () => {
    const dir = temporaryFolder('hulphub-fixtures-');
    writeFixtureCatalogue(dir, 300, 3);
    expect(readdirSync(join(dir, 'providers'))).toHaveLength(300 + crisisLaneFixtures().length);
    const result = checkDataFolder(dir);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('are obviously fictional', () => {
    for (const provider of [...crisisLaneFixtures(), ...generateProviders({ count: 50 }, vocabulary)]) {
      expect(provider.name).toMatch(/^Fictie(f|ve) .* \(testdata\)$/);
      for (const source of provider.sources) expect(source.url).toMatch(/^https:\/\/testdata\.example\.org\//);
    }
  });

  it('are never written into data/ or public/', () => {
    expect(() => writeFixtureCatalogue(join(REPO_ROOT, 'data'), 5)).toThrow('Testdata komt nooit in data/');
    expect(() => writeFixtureCatalogue(join(REPO_ROOT, 'public', 'fixtures'), 5)).toThrow('Testdata komt nooit in public/');
    expect(existsSync(join(REPO_ROOT, 'public', 'fixtures'))).toBe(false);
  });
});
