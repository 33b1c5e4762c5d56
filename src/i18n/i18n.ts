/**
 * One i18next instance per language. Each language's texts are a chunk of their own, so a visitor
 * downloads only the language they read: `loadLanguage` fetches it, and the app awaits it before it shows
 * a page in that language (main.tsx before the first render, src/app-router.tsx before a navigation
 * to another language). After that `i18nFor` is synchronous: the language comes from the URL during
 * render, so no effect has to switch it. Every language has every key (the Translation type and
 * unused-texts.test.ts), so no fallback language is loaded beside it.
 *
 * Node (the prerender, scripts, tests) has all three at once: import i18n/all-languages.ts.
 */
import i18next, { type i18n } from 'i18next';
import type { Language } from './language';
import type { Translation } from './nl';

/** The chunks: Vite makes one per language from these imports (scripts/bundle-budget.ts reports them). */
const TEXT_CHUNKS: Record<Language, () => Promise<Translation>> = {
  nl: () => import('./nl').then((module) => module.nl),
  en: () => import('./en').then((module) => module.en),
  fr: () => import('./fr').then((module) => module.fr),
};

const texts = new Map<Language, Translation>();
const loading = new Map<Language, Promise<void>>();
const instances = new Map<Language, i18n>();

/** Makes a language's texts available at once (all-languages.ts does this for Node). */
export function registerTexts(lang: Language, translation: Translation) {
  texts.set(lang, translation);
}

export function isLanguageLoaded(lang: Language): boolean {
  return texts.has(lang);
}

/** Downloads a language's texts, once; a failed download may be tried again. */
export function loadLanguage(lang: Language): Promise<void> {
  if (texts.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = TEXT_CHUNKS[lang]().then(
      (translation) => {
        registerTexts(lang, translation);
        // Made as the texts arrive, not in the page's first render (about 10 ms on a cold start, issue 13).
        i18nFor(lang);
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

export function i18nFor(lang: Language): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    const translation = texts.get(lang);
    if (!translation) throw new Error(`The ${lang} interface texts are not loaded: await loadLanguage('${lang}') first.`);
    instance = i18next.createInstance();
    // initAsync: false makes init synchronous; the resources are already here.
    void instance.init({
      lng: lang,
      fallbackLng: false,
      resources: { [lang]: { translation } },
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    instances.set(lang, instance);
  }
  return instance;
}
