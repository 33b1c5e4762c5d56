/**
 * catalogue.json holds each distinct opening-hours table once (catalogue-file.ts): writing and reading
 * it gives the catalogue back, with one object per distinct table.
 */
import { describe, expect, it } from 'vitest';
import { builtCatalogue } from '../../tests/helpers/built-catalogue';
import { fromCatalogueFile, toCatalogueFile } from './catalogue-file';
import type { CatalogueFile, WeeklyHours } from './catalogue-types';

const { catalogue } = builtCatalogue();
const roundTrip = () => fromCatalogueFile(JSON.parse(JSON.stringify(toCatalogueFile(catalogue))) as CatalogueFile);
const tablesOf = (c: typeof catalogue): WeeklyHours[] =>
  c.providers.flatMap((p) => [...p.phones, ...p.chats, ...p.videos, ...p.locations].flatMap((item) => (item.hours ? [item.hours] : [])));

describe('catalogue.json', () => {
  it('gives back the catalogue it was written from', () => {
    expect(roundTrip()).toEqual(catalogue);
  });

  it('writes each distinct table once, and reading shares one object per table', () => {
    const file = toCatalogueFile(catalogue);
    const distinct = new Set(tablesOf(catalogue).map((table) => JSON.stringify(table)));
    expect(tablesOf(catalogue).length).toBeGreaterThan(distinct.size); // the fixture repeats tables
    expect(file.hoursTables).toHaveLength(distinct.size);
    expect(JSON.stringify(file.providers)).not.toContain('"week"');
    expect(new Set(tablesOf(roundTrip())).size).toBe(distinct.size);
    // Writing leaves the catalogue as it was.
    expect(tablesOf(catalogue).every((table) => Array.isArray(table.week))).toBe(true);
  });

  it('reads a file from before the tables were shared (still in a cache)', () => {
    const old = JSON.parse(JSON.stringify(catalogue)) as CatalogueFile;
    expect(fromCatalogueFile(old)).toEqual(catalogue);
  });

  it('refuses a number that names no table', () => {
    const file = JSON.parse(JSON.stringify(toCatalogueFile(catalogue))) as CatalogueFile;
    file.hoursTables = [];
    expect(() => fromCatalogueFile(file)).toThrow(/names opening-hours table 0, which it does not have/);
  });
});
