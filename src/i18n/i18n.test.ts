import { describe, expect, it, vi } from 'vitest';
import { i18nFor } from './i18n';

describe('interface texts', () => {
  it('are there in all three languages, with plurals', () => {
    expect(i18nFor('nl').t('search.results', { count: 1 })).toBe('1 plek waar je terecht kunt');
    expect(i18nFor('nl').t('search.results', { count: 3 })).toBe('3 plekken waar je terecht kunt');
    expect(i18nFor('en').t('quickExit.label')).toBe('Leave now');
    expect(i18nFor('fr').t('quickExit.label')).toBe('Partir vite');
    expect(i18nFor('fr').t('provider.back')).toBe('Retour à la liste');
    expect(i18nFor('en').t('kit.print')).toBe('Print');
  });

  it('load a page’s own texts into the language already in use, keeping the main ones of the same group', async () => {
    // Fresh modules, as in a browser: nothing is loaded yet (tests/setup registers every text in the others).
    vi.resetModules();
    const fresh = await import('./i18n');
    await fresh.loadTexts('fr');
    const french = fresh.i18nFor('fr');
    // A card on the search page shows this one from the main texts…
    expect(french.t('provider.factUndated')).toBe('source sans date');
    // …and the provider page's own texts are not there until that page asks for them.
    expect(fresh.areTextsLoaded('fr', 'provider')).toBe(false);
    expect(french.t('provider.back')).toBe('provider.back');
    await fresh.loadTexts('fr', 'provider');
    expect(fresh.i18nFor('fr')).toBe(french);
    expect(french.t('provider.back')).toBe('Retour à la liste');
    expect(french.t('provider.factUndated')).toBe('source sans date');
    // Texts that arrived before the language's instance was made are in it too.
    await fresh.loadTexts('en', 'kit');
    await fresh.loadTexts('en');
    expect(fresh.i18nFor('en').t('kit.print')).toBe('Print');
    expect(fresh.i18nFor('en').t('kit.title')).toBe('Poster for your school');
  });
});
