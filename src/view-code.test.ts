import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from './i18n/language';
import type { Page } from './routing/urls';
import { viewChunkSources } from './view-code';

const ROOT = join(import.meta.dirname, '..');
const KINDS: Page['kind'][] = ['search', 'provider', 'poster', 'not-found'];

describe('the code a view needs', () => {
  it('names source files that exist, as the prerender and the budget look them up in Vite’s manifest', () => {
    for (const kind of KINDS) {
      for (const lang of LANGUAGES) {
        const sources = viewChunkSources({ kind, lang });
        expect(sources[0]).toBe(`src/i18n/${lang}.ts`);
        for (const source of sources) expect(existsSync(join(ROOT, source)), source).toBe(true);
      }
    }
    expect(viewChunkSources({ kind: 'provider', lang: 'en' })).toEqual([
      'src/i18n/en.ts',
      'src/i18n/en-provider.ts',
      'src/pages/provider/provider-page.tsx',
    ]);
    expect(viewChunkSources({ kind: 'poster', lang: 'fr' })).toEqual([
      'src/i18n/fr.ts',
      'src/i18n/fr-kit.ts',
      'src/pages/poster/poster-page.tsx',
    ]);
    expect(viewChunkSources({ kind: 'search', lang: 'nl' })).toEqual(['src/i18n/nl.ts', 'src/pages/search/search-page.tsx']);
    expect(viewChunkSources({ kind: 'not-found', lang: 'nl' })).toEqual(['src/i18n/nl.ts']);
  });

  it('loads a page before it is shown; a search in the address with its crisis detection', async () => {
    // Fresh modules: crisis detection is not loaded in them yet, as on a phone (tests/setup loads it in the others).
    vi.resetModules();
    const fresh = await import('./view-code');
    const { crisisDetector } = await import('./crisis/crisis-check');
    const { rememberProviderDetails } = await import('./catalogue/provider-details');
    // A provider's page needs its details too (here as the prerender hands them over).
    rememberProviderDetails({ fictief: { sources: [] } });
    const texts = await import('./i18n/i18n');
    await fresh.prepareView('/en/aanbieder/fictief', '');
    expect(fresh.isViewReady('/en/aanbieder/fictief', '')).toBe(true);
    expect(fresh.loadedPage('provider')).toBeTypeOf('function');
    // With the provider page's own texts, and not the school kit's.
    expect(texts.i18nFor('en').t('provider.back')).toBe('Back to the list');
    expect(texts.areTextsLoaded('en', 'kit')).toBe(false);
    // Another provider's page waits for its details; when they cannot load (no server here), a
    // navigation opens it without them (it says so), while the first view keeps the page's HTML.
    expect(fresh.isViewReady('/en/aanbieder/ander', '')).toBe(false);
    await expect(fresh.prepareView('/en/aanbieder/ander', '')).rejects.toMatchObject({ failure: 'offline' });
    expect(fresh.isViewReady('/en/aanbieder/ander', '')).toBe(true);
    await fresh.prepareView('/', '');
    expect(fresh.isViewReady('/', '')).toBe(true);
    // The start page works without it: it loads once the app runs (warmPageChunks).
    expect(crisisDetector()).toBeUndefined();
    await fresh.prepareView('/', '?q=pesten');
    expect(crisisDetector()?.('ik wil dood', []).crisis).toBe(true);
    expect(crisisDetector()?.('voetbal', []).crisis).toBe(false);
  });

  it('reports a failed part only when every part has settled, so what can open without it does', async () => {
    vi.resetModules();
    let letThrough = () => {};
    const held = new Promise<void>((resolve) => (letThrough = resolve));
    vi.doMock('./pages/provider/provider-page', async (importOriginal) => {
      await held;
      return importOriginal();
    });
    const fresh = await import('./view-code');
    let settled = false;
    // The details fail at once (no server here); the page's code is still on its way.
    const preparing = fresh.prepareView('/aanbieder/fictief', '').finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    letThrough();
    await expect(preparing).rejects.toMatchObject({ failure: 'offline' });
    // Ready without the details: a navigation opens the page (it says what is missing).
    expect(fresh.isViewReady('/aanbieder/fictief', '')).toBe(true);
    vi.doUnmock('./pages/provider/provider-page');
  });

  it('loads crisis detection, and a provider page with its texts, in the background once the app runs', async () => {
    vi.resetModules();
    const fresh = await import('./view-code');
    const { crisisDetector } = await import('./crisis/crisis-check');
    const texts = await import('./i18n/i18n');
    fresh.warmPageChunks('/fr/', '');
    await vi.waitFor(() => expect(crisisDetector()).toBeTypeOf('function'));
    await vi.waitFor(() => expect(texts.areTextsLoaded('fr', 'provider')).toBe(true));
    expect(texts.areTextsLoaded('nl', 'provider')).toBe(false);
  });
});
