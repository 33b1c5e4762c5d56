import { describe, expect, it } from 'vitest';
import { checkDataFolder } from './check-data.ts';
import { buildCatalogue } from './build-catalogue.ts';
import { compileSearchIndex } from '../../src/search/search-index.ts';
import { exampleProvider, TODAY, writeDataFolder } from '../../tests/helpers/data-folder.ts';

const build = (provider: Record<string, unknown>) => {
  const result = checkDataFolder(writeDataFolder({ [`providers/${String(provider.id)}.json`]: provider }), { today: TODAY });
  expect(result.errorCount).toBe(0);
  return buildCatalogue(result.providers, result.vocabulary, TODAY);
};

describe('the browser catalogue', () => {
  const provider = { ...exampleProvider(), staffNote: 'Intern: niet tonen', keywords: ['pestkop'] };
  const { catalogue, searchIndex, searchSource } = build(provider);
  const built = catalogue.providers.find((p) => p.id === 'fictief-voorbeeld')!;

  it('has phone numbers formatted with their tel: links', () => {
    expect(built.phones[0]).toMatchObject({ display: '011 00 12 34', href: 'tel:+3211001234' });
    expect(built.emails[0]).toEqual({ address: 'fictief@example.org', href: 'mailto:fictief@example.org' });
  });

  it('has opening hours as weekly tables', () => {
    expect(built.phones[0].hours).toEqual({
      week: [[[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [], []],
      publicHolidays: [],
    });
  });

  it('leaves out staff notes and search keywords', () => {
    const text = JSON.stringify(catalogue);
    expect(text).not.toContain('Intern: niet tonen');
    expect(text).not.toContain('pestkop');
  });

  it('has a route link for an address', () => {
    expect(built.locations[0].routeHref).toBe(
      'https://www.openstreetmap.org/search?query=Fictieve%20Straat%201%2C%203500%20Hasselt%2C%20Belgi%C3%AB',
    );
  });

  it('indexes keywords per provider and the words of each theme once, normalized', () => {
    const entry = searchSource.entries.find((e) => e.id === 'fictief-voorbeeld')!;
    expect(entry.keywords).toContain('pestkop');
    expect(entry.keywords).not.toContain('gepest');
    const themeWords = (id: string) => searchSource.themes.find((theme) => theme.id === id)?.words;
    expect(themeWords('pesten')).toContain('gepest');
    expect(themeWords('pesten')).toContain('bullying');
    expect(themeWords('somber')).toContain('depri');
    expect(entry.places).toBe('hasselt 3500 sint lambrechts herk kiewit runkst banneuxwijk godsheide rapertingen');
    expect(entry).not.toHaveProperty('description');
  });

  it('writes the index compiled: each word once, with the providers that have it and where', () => {
    expect(searchIndex).toEqual(compileSearchIndex(searchSource, (id) => catalogue.providers.find((p) => p.id === id)?.name));
    expect(searchIndex.providers).toContain('fictief-voorbeeld');
    expect(searchIndex.words).toContain('pestkop');
    expect(searchIndex).not.toHaveProperty('entries');
  });

  it('names the municipality of every location and of the area, so the browser need not look them up', () => {
    expect(built.locations[0]).toMatchObject({ municipality: 'hasselt', municipalityName: 'Hasselt' });
    expect(built).toMatchObject({ areaMunicipalities: ['hasselt'], areaMunicipalityNames: ['Hasselt'] });
  });

  it('lists crisis phrases from crisis themes, without accents', () => {
    expect(catalogue.crisisPhrases).toContain('ik wil dood');
    expect(catalogue.crisisPhrases).toContain('suicide');
    expect(catalogue.crisisPhrases).not.toContain('gepest');
  });
});

describe('what the check parsed is what ships', () => {
  it('ships texts trimmed, as the schema trims them', () => {
    const provider = exampleProvider();
    provider.name = '   Fictief   ';
    provider.summary = { nl: '  Verzonnen dienst voor tests.  ' };
    const { catalogue } = build(provider);
    const built = catalogue.providers.find((p) => p.id === 'fictief-voorbeeld')!;
    expect(built.name).toBe('Fictief');
    expect(built.summary).toEqual({ nl: 'Verzonnen dienst voor tests.' });
  });

  it('names a place outside the region as staff wrote it, trimmed', () => {
    const provider = {
      ...exampleProvider(),
      area: 'limburg',
      areaMunicipalities: undefined,
      locations: [{ street: 'Fictieve Straat 2', municipality: ' Genk ', outsideRegion: true }],
    };
    const built = build(provider).catalogue.providers.find((p) => p.id === 'fictief-voorbeeld')!;
    expect(built.locations[0]).toMatchObject({ municipality: 'Genk', municipalityName: 'Genk' });
    expect(built).not.toHaveProperty('areaMunicipalityNames');
  });
});
