import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './i18n/language';
import type { Page } from './routing/urls';
import { isViewReady, loadedCrisisCheck, loadedPage, prepareView, viewChunkSources } from './view-code';

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
    expect(viewChunkSources({ kind: 'provider', lang: 'en' })).toEqual(['src/i18n/en.ts', 'src/pages/provider/provider-page.tsx']);
    expect(viewChunkSources({ kind: 'not-found', lang: 'nl' })).toEqual(['src/i18n/nl.ts']);
  });

  it('loads a page before it is shown; the search page with the crisis check of its search', async () => {
    await prepareView('/en/aanbieder/fictief', '');
    expect(isViewReady('/en/aanbieder/fictief', '')).toBe(true);
    expect(loadedPage('provider')).toBeTypeOf('function');
    await prepareView('/', '?q=pesten');
    expect(isViewReady('/', '?q=pesten')).toBe(true);
    expect(loadedCrisisCheck()('ik wil dood')).toBe(true);
    expect(loadedCrisisCheck()('voetbal')).toBe(false);
  });
});
