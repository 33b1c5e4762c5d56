import { describe, expect, it } from 'vitest';
import type { ViteManifest } from './lib/vite-manifest.ts';
import { budgetReport, formatReport } from './bundle-budget.ts';

/**
 * A small build: an entry with a shared chunk, a chunk per language and page, each language's provider page
 * and school kit texts, and a lazy map.
 */
const manifest: ViteManifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: [
      'src/i18n/nl.ts',
      'src/i18n/en.ts',
      'src/i18n/fr.ts',
      'src/pages/search/search-page.tsx',
      'src/crisis/crisis-detection.ts',
    ],
  },
  '_shared.js': { file: 'assets/shared.js' },
  'src/i18n/nl.ts': { file: 'assets/nl.js', isDynamicEntry: true },
  'src/i18n/en.ts': { file: 'assets/en.js', isDynamicEntry: true },
  'src/i18n/fr.ts': { file: 'assets/fr.js', isDynamicEntry: true },
  ...Object.fromEntries(
    ['nl', 'en', 'fr'].flatMap((lang) =>
      ['provider', 'kit'].map((part) => [`src/i18n/${lang}-${part}.ts`, { file: `assets/${lang}-${part}.js`, isDynamicEntry: true }]),
    ),
  ),
  'src/pages/search/search-page.tsx': {
    file: 'assets/search-page.js',
    isDynamicEntry: true,
    imports: ['index.html', '_cards.js'],
    dynamicImports: ['src/map/results-map.tsx'],
  },
  '_cards.js': { file: 'assets/cards.js', imports: ['_shared.js'] },
  'src/crisis/crisis-detection.ts': { file: 'assets/crisis.js', isDynamicEntry: true },
  'src/pages/provider/provider-page.tsx': { file: 'assets/provider-page.js', isDynamicEntry: true, imports: ['_cards.js'] },
  'src/pages/poster/poster-page.tsx': { file: 'assets/poster-page.js', isDynamicEntry: true },
  'src/map/results-map.tsx': { file: 'assets/results-map.js', isDynamicEntry: true, imports: ['_cards.js'] },
};
const SIZES: Record<string, number> = {
  'assets/index.js': 60_000,
  'assets/shared.js': 20_000,
  'assets/nl.js': 4_000,
  'assets/en.js': 3_000,
  'assets/fr.js': 5_000,
  'assets/nl-provider.js': 1_300,
  'assets/en-provider.js': 1_200,
  'assets/fr-provider.js': 1_400,
  'assets/nl-kit.js': 500,
  'assets/en-kit.js': 400,
  'assets/fr-kit.js': 600,
  'assets/search-page.js': 25_000,
  'assets/cards.js': 10_000,
  'assets/provider-page.js': 6_000,
  'assets/poster-page.js': 2_000,
  'assets/crisis.js': 9_000,
  'assets/results-map.js': 45_000,
};
const sizeOf = (file: string) => SIZES[file];

describe('the first-view budget', () => {
  it('counts the entry with its static imports, the page’s texts and its page chunk with their imports', () => {
    const report = budgetReport(manifest, sizeOf, 200_000);
    const view = (kind: string, lang: string) => report.firstViews.find((v) => v.kind === kind && v.lang === lang)!;
    // index + shared + nl + search-page + cards (shared once); crisis detection loads after the first view
    expect(view('search', 'nl').bytes).toBe(60_000 + 20_000 + 4_000 + 25_000 + 10_000);
    expect(view('search', 'fr').files).toEqual([
      'assets/index.js',
      'assets/shared.js',
      'assets/fr.js',
      'assets/search-page.js',
      'assets/cards.js',
    ]);
    // A provider page and the school kit add their own texts in the page's language.
    expect(view('provider', 'en').bytes).toBe(60_000 + 20_000 + 3_000 + 1_200 + 6_000 + 10_000);
    expect(view('poster', 'nl').files).toEqual([
      'assets/index.js',
      'assets/shared.js',
      'assets/nl.js',
      'assets/nl-kit.js',
      'assets/poster-page.js',
    ]);
    expect(view('poster', 'nl').bytes).toBe(60_000 + 20_000 + 4_000 + 500 + 2_000);
    expect(report.lazy).toEqual([
      { file: 'assets/crisis.js', bytes: 9_000 },
      { file: 'assets/results-map.js', bytes: 45_000 },
    ]);
    expect(report.overBudget).toEqual([]);
  });

  it('names every first view over the budget', () => {
    // The search pages weigh 119, 118 and 120 KB: only the French one passes 119.5 KB; exactly the budget is within it.
    expect(budgetReport(manifest, sizeOf, 119_500).overBudget.map((view) => `${view.kind}/${view.lang}`)).toEqual(['search/fr']);
    expect(budgetReport(manifest, sizeOf, 120_000).overBudget).toEqual([]);
    expect(formatReport(budgetReport(manifest, sizeOf, 119_500), 119_500)).toContain('| search | 119.0 KB | 118.0 KB | 120.0 KB |');
  });

  it('fails clearly when a page’s chunk is missing from the manifest', () => {
    const { ['src/pages/poster/poster-page.tsx']: _poster, ...withoutPoster } = manifest;
    void _poster;
    expect(() => budgetReport(withoutPoster, sizeOf)).toThrow(/no chunk for src\/pages\/poster\/poster-page.tsx/);
  });
});
