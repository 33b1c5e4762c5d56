/**
 * Invariants of the open data on the real catalogue in data/: they hold whatever staff write, so these
 * tests name no provider and no fact. Export then import gives every file back as `npm run data:format`
 * writes it, and the HSDS export validates and leaves out no provider, place or phone.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, FILE_SCHEMAS } from '../../scripts/lib/canonical-json.ts';
import { checkDataFolder } from '../../scripts/lib/check-data.ts';
import { hsdsTables } from '../../scripts/lib/open-data/hsds.ts';
import { providersCsv } from '../../scripts/lib/open-data/spreadsheet.ts';
import { importSpreadsheet } from '../../scripts/lib/open-data/spreadsheet-import.ts';
import { REAL_DATA, temporaryFolder } from '../helpers/data-folder.ts';
import { hsdsTableViolations } from '../helpers/hsds-schema.ts';

const result = checkDataFolder(REAL_DATA);

describe('the real data as open data', () => {
  it('comes back from its spreadsheet byte for byte: nothing lost, nothing changed, whatever the files\' layout', () => {
    const copy = temporaryFolder('hulphub-real-copy-');
    cpSync(REAL_DATA, copy, { recursive: true });
    const names = readdirSync(join(copy, 'providers')).filter((name) => name.endsWith('.json'));
    const before = new Map(names.map((name) => [name, readFileSync(join(copy, 'providers', name), 'utf8')]));

    const imported = importSpreadsheet(providersCsv(result.providers, 'staff'), copy);
    expect(imported.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(imported).toMatchObject({ written: [], removed: [], unchanged: names.length });
    expect(readdirSync(join(copy, 'providers')).filter((name) => name.endsWith('.json'))).toEqual(names);
    for (const name of names) expect(readFileSync(join(copy, 'providers', name), 'utf8'), name).toBe(before.get(name));
  });

  it('writes, for a provider whose row changed, exactly the file data:format would write', () => {
    const copy = temporaryFolder('hulphub-real-copy-');
    cpSync(REAL_DATA, copy, { recursive: true });
    const [first] = result.providers;
    const changed = { ...first, name: `${first.name.slice(0, 60)} (gewijzigd)` };
    const imported = importSpreadsheet(providersCsv([changed, ...result.providers.slice(1)], 'staff'), copy);
    expect(imported.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(imported.written).toEqual([first.id]);
    const text = readFileSync(join(copy, 'providers', `${first.id}.json`), 'utf8');
    expect(text).toBe(canonicalJson(JSON.parse(text), FILE_SCHEMAS.provider));
    expect(JSON.parse(text).name).toBe(changed.name);
  });

  it('validates as HSDS 3.0 and has every provider, place, chat and video link, and phone', () => {
    const tables = hsdsTables(result.providers, result.vocabulary);
    expect(hsdsTableViolations(tables)).toEqual([]);
    expect(tables.service).toHaveLength(result.providerCount);
    const count = (pick: (p: (typeof result.providers)[number]) => unknown[] | undefined) =>
      result.providers.reduce((sum, provider) => sum + (pick(provider)?.length ?? 0), 0);
    expect(tables.location).toHaveLength(count((p) => p.locations) + count((p) => p.channels.chat) + count((p) => p.channels.video));
    expect(tables.phone).toHaveLength(count((p) => p.channels.phone));
  });
});
