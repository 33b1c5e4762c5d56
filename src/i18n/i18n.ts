/**
 * One i18next instance per language. Each language's texts are chunks of their own, so a visitor
 * downloads only the language they read, and only what their page shows: the main texts (nl.ts, every
 * page) and, for a provider's page or the school kit, that page's texts (nl-provider.ts, nl-kit.ts), which
 * the search page's first view does without (issue 13). `loadTexts` fetches a chunk, and src/view-code.ts
 * awaits the chunks a page needs before it shows the page (for the first view and every navigation).
 * After that `i18nFor` is synchronous: the language comes from the URL during render, so no effect has to
 * switch it. Every language has every key (the types, and unused-texts.test.ts), so no fallback language
 * is loaded beside it.
 *
 * Node (the prerender, scripts, tests) has all of them at once: import i18n/all-languages.ts.
 */
import i18next, { type i18n } from 'i18next';
import type { Language } from './language';
import type { Translation } from './nl';
import type { KitTexts } from './nl-kit';
import type { ProviderTexts } from './nl-provider';

/** What one chunk of texts holds: the main texts, or the texts of one kind of page. */
interface TextChunks {
  main: Translation;
  provider: ProviderTexts;
  kit: KitTexts;
}
export type TextChunk = keyof TextChunks;

/** The chunks: Vite makes one per file from these imports (scripts/bundle-budget.ts reports them). */
const TEXT_CHUNKS: { [Lang in Language]: { [Chunk in TextChunk]: () => Promise<TextChunks[Chunk]> } } = {
  nl: {
    main: () => import('./nl').then((module) => module.nl),
    provider: () => import('./nl-provider').then((module) => module.nlProvider),
    kit: () => import('./nl-kit').then((module) => module.nlKit),
  },
  en: {
    main: () => import('./en').then((module) => module.en),
    provider: () => import('./en-provider').then((module) => module.enProvider),
    kit: () => import('./en-kit').then((module) => module.enKit),
  },
  fr: {
    main: () => import('./fr').then((module) => module.fr),
    provider: () => import('./fr-provider').then((module) => module.frProvider),
    kit: () => import('./fr-kit').then((module) => module.frKit),
  },
};

/** The source file of a chunk of texts, as Vite's manifest names it (src/view-code.ts preloads it). */
export function textChunkSource(lang: Language, chunk: TextChunk): string {
  return chunk === 'main' ? `src/i18n/${lang}.ts` : `src/i18n/${lang}-${chunk}.ts`;
}

type ChunkKey = `${Language}:${TextChunk}`;
const texts = new Map<ChunkKey, object>();
const loading = new Map<ChunkKey, Promise<void>>();
const instances = new Map<Language, i18n>();

/** Makes a chunk of texts available at once (all-languages.ts does this for Node). */
export function registerTexts<Chunk extends TextChunk>(lang: Language, chunk: Chunk, chunkTexts: TextChunks[Chunk]) {
  store(lang, chunk, chunkTexts);
}

function store(lang: Language, chunk: TextChunk, chunkTexts: object) {
  texts.set(`${lang}:${chunk}`, chunkTexts);
  // A page's texts that arrive after the language's instance was made join it (deep: nl.ts holds a few
  // of the provider texts that cards show too, nl-provider.ts the rest of that group).
  if (chunk !== 'main') instances.get(lang)?.addResourceBundle(lang, 'translation', chunkTexts, true, true);
}

export function areTextsLoaded(lang: Language, chunk: TextChunk = 'main'): boolean {
  return texts.has(`${lang}:${chunk}`);
}

/** Downloads a chunk of texts, once; a failed download may be tried again. */
export function loadTexts(lang: Language, chunk: TextChunk = 'main'): Promise<void> {
  const key: ChunkKey = `${lang}:${chunk}`;
  if (texts.has(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = TEXT_CHUNKS[lang][chunk]().then(
      (chunkTexts: object) => {
        store(lang, chunk, chunkTexts);
        // Made as the texts arrive, not in the page's first render (about 10 ms on a cold start, issue 13).
        if (chunk === 'main') i18nFor(lang);
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

export function i18nFor(lang: Language): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    const translation = texts.get(`${lang}:main`);
    if (!translation) throw new Error(`The ${lang} interface texts are not loaded: await loadTexts('${lang}') first.`);
    instance = i18next.createInstance();
    // initAsync: false makes init synchronous; the resources are already here.
    void instance.init({
      lng: lang,
      fallbackLng: false,
      // A copy: i18next keeps the object and merges the pages' texts into it (below, registerTexts).
      resources: { [lang]: { translation: structuredClone(translation) } },
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    for (const chunk of ['provider', 'kit'] as const) {
      const pageTexts = texts.get(`${lang}:${chunk}`);
      if (pageTexts) instance.addResourceBundle(lang, 'translation', pageTexts, true, true);
    }
    instances.set(lang, instance);
  }
  return instance;
}
