/**
 * One i18next instance per language, created up front: the language comes from the URL during render,
 * so no effect has to switch it. All texts are bundled (they are small), so nothing loads later.
 */
import i18next, { type i18n } from 'i18next';
import type { Language } from './language';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

const RESOURCES = { nl, en, fr };
const instances = new Map<Language, i18n>();

export function i18nFor(lang: Language): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = i18next.createInstance();
    // initAsync: false makes init synchronous; the resources are already here.
    void instance.init({
      lng: lang,
      fallbackLng: 'nl',
      resources: { [lang]: { translation: RESOURCES[lang] }, nl: { translation: nl } },
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    instances.set(lang, instance);
  }
  return instance;
}
