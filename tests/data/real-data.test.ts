/** The real catalogue in data/ passes every check and keeps the promises the site makes about it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFolder } from '../../scripts/lib/check-data.ts';
import { analysePhone } from '../../scripts/lib/phone.ts';
import { crisisLinesOf } from '../../scripts/lib/generated-app-files.ts';
import { dateInBelgium } from '../../src/catalogue/staleness.ts';
import { builtCatalogue } from '../helpers/built-catalogue.ts';
import { REAL_DATA } from '../helpers/data-folder.ts';

const result = checkDataFolder(REAL_DATA);

describe('the real data in data/', () => {
  it('passes every check', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.providerCount).toBeGreaterThanOrEqual(30);
  });

  it('builds the crisis lane in order: 112, Zelfmoordlijn 1813, Awel 102, Tele-Onthaal 106', () => {
    const { catalogue } = builtCatalogue(REAL_DATA, dateInBelgium(new Date()));
    expect(crisisLinesOf(catalogue).map((line) => line.phone.href)).toEqual(['tel:112', 'tel:1813', 'tel:102', 'tel:106']);
  });

  it('publishes no mobile numbers (those are often a staff member\'s own)', () => {
    const mobiles = result.providers.flatMap((p) => (p.channels.phone ?? []).filter((phone) => {
      const analysed = analysePhone(phone.number);
      return analysed.ok && analysed.mobile;
    }));
    expect(mobiles).toEqual([]);
  });

  it('names a source for every provider file, read straight from disk', () => {
    const files = readdirSync(join(REAL_DATA, 'providers')).filter((name) => name.endsWith('.json'));
    expect(files.length).toBe(result.providerCount);
    const withoutSources = files.filter((name) => !(JSON.parse(readFileSync(join(REAL_DATA, 'providers', name), 'utf8')).sources?.length > 0));
    expect(withoutSources).toEqual([]);
  });
});
