/**
 * The app's bundled crisis lane: written only by the real build, exactly the four lines fixed in code,
 * holding only what the lane shows, and within its size budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/data-build.ts';
import { BuildRefusal } from '../../scripts/lib/build-refusal.ts';
import { crisisLaneFixtures } from '../../scripts/lib/fixtures.ts';
import { currentLaneHours } from '../../src/crisis/lane-hours.ts';
import { crisisLinesOf, generatedAppFiles } from '../../scripts/lib/generated-app-files.ts';
import { LIMITS } from '../../scripts/lib/provider-schema.ts';
import type { Catalogue } from '../../src/catalogue/catalogue-types.ts';
import { CRISIS_BUNDLE_BUDGET_BYTES, CRISIS_LANE } from '../../src/crisis/crisis-lane-definition.ts';
import { builtCatalogue } from '../helpers/built-catalogue.ts';
import { temporaryFolder, writeDataFolder } from '../helpers/data-folder.ts';

/** A fictional catalogue: the lane's four lines with fictional texts, nothing else. */
const fictional = (): Catalogue => structuredClone(builtCatalogue(writeDataFolder({})).catalogue);

describe('data:build and src/generated', () => {
  it('writes the crisis lane and static shell only where asked', () => {
    const work = temporaryFolder('hulphub-app-files-');
    const data = writeDataFolder({});
    buildData(data, join(work, 'data'), { log: () => {} });
    expect(existsSync(join(work, 'generated'))).toBe(false);
    buildData(data, join(work, 'data'), { log: () => {}, generatedDir: join(work, 'generated') });
    const crisis = JSON.parse(readFileSync(join(work, 'generated', 'crisis-lane.json'), 'utf8'));
    expect(crisis.lines.map((line: { phone: { display: string } }) => line.phone.display)).toEqual(['112', '1813', '102', '106']);
    const shell = readFileSync(join(work, 'generated', 'static-shell.html'), 'utf8');
    expect(shell).toContain('href="tel:1813"');
    expect(shell).toContain('Snel weg');
  });
});

describe('the bundled crisis lane', () => {
  it('holds only what the lane and header show', () => {
    const [line] = crisisLinesOf(fictional());
    expect(Object.keys(line).sort()).toEqual(['id', 'name', 'phone', 'summary']);
    expect(Object.keys(line.phone).sort()).toEqual(['display', 'hours', 'href']);
  });

  it('carries the last day hours not fixed in code may be shown, and the lane drops them after it', () => {
    const lines = crisisLinesOf(fictional());
    const alwaysOpen = lines.find((line) => line.id === CRISIS_LANE[0].providerId)!;
    const awel = lines.find((line) => line.id === CRISIS_LANE[2].providerId)!;
    // 112 is open day and night by the code; Awel's hours come from the data, dated by their source.
    expect(alwaysOpen.phone.hoursUntil).toBeUndefined();
    expect(awel.phone.hoursUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(currentLaneHours(awel.phone, awel.phone.hoursUntil!)).toEqual(awel.phone.hours);
    expect(currentLaneHours(awel.phone, '2099-01-01')).toBeUndefined();
    expect(currentLaneHours(alwaysOpen.phone, '2099-01-01')).toEqual(alwaysOpen.phone.hours);
  });

  it('is refused when a line is missing, moved or dials another number', () => {
    const missing = fictional();
    missing.providers = missing.providers.filter((p) => p.id !== CRISIS_LANE[2].providerId);
    const redialled = fictional();
    redialled.providers.find((p) => p.id === CRISIS_LANE[0].providerId)!.phones[0].href = 'tel:1733';
    const moved = fictional();
    moved.providers.find((p) => p.id === CRISIS_LANE[1].providerId)!.crisisLane = 9;
    for (const catalogue of [missing, redialled, moved]) {
      expect(() => generatedAppFiles(catalogue)).toThrow(BuildRefusal);
      expect(() => generatedAppFiles(catalogue)).toThrow(/De rij noodnummers is niet precies 112, 1813, 102, 106/);
    }
  });

  it('fits its budget even when every text the lane shows is as long as the schema allows', () => {
    const longest = fictional();
    for (const provider of longest.providers) {
      provider.name = 'N'.repeat(LIMITS.name);
      provider.summary = { nl: 'n'.repeat(LIMITS.summary), en: 'e'.repeat(LIMITS.summary), fr: 'f'.repeat(LIMITS.summary) };
    }
    const bytes = Buffer.byteLength(generatedAppFiles(longest)['crisis-lane.json']);
    expect(bytes).toBeLessThanOrEqual(CRISIS_BUNDLE_BUDGET_BYTES);
  });

  it('is refused when the crisis words outgrow the budget', () => {
    const heavy = fictional();
    heavy.crisisPhrases = Array.from({ length: 2000 }, (_, i) => `verzonnen crisiszin ${i}`);
    expect(() => generatedAppFiles(heavy)).toThrow(/mogen 12000 bytes wegen/);
  });

  it('has the four lines in the order fixed in code, with fictional texts in tests', () => {
    expect(crisisLinesOf(fictional()).map((line) => line.name)).toEqual(crisisLaneFixtures().map((p) => p.name));
  });
});
