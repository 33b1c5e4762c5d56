import { describe, expect, it } from 'vitest';
import { i18nFor } from './i18n';

describe('interface texts', () => {
  it('are there in all three languages, with plurals', () => {
    expect(i18nFor('nl').t('search.results', { count: 1 })).toBe('1 plek waar je terecht kunt');
    expect(i18nFor('nl').t('search.results', { count: 3 })).toBe('3 plekken waar je terecht kunt');
    expect(i18nFor('en').t('quickExit.label')).toBe('Leave now');
    expect(i18nFor('fr').t('quickExit.label')).toBe('Partir vite');
  });
});
