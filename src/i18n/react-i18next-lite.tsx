/**
 * react-i18next's useTranslation and I18nextProvider, for the translator of translator.ts: vite.config.ts
 * resolves 'react-i18next' to this file (in the browser, the prerender and the tests alike), so the
 * components keep their usual imports while the first download carries neither i18next nor react-i18next.
 * The language never changes under a component (it comes from the URL: routes.tsx provides the page's
 * translator), so there is nothing to subscribe to.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import type { Translator } from './translator';

const TranslatorContext = createContext<Translator | undefined>(undefined);

export function I18nextProvider({ i18n, children }: { i18n: i18n; children?: ReactNode }) {
  return <TranslatorContext.Provider value={i18n as unknown as Translator}>{children}</TranslatorContext.Provider>;
}

export function useTranslation() {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('useTranslation needs an I18nextProvider above it (routes.tsx provides the page language).');
  return { t: translator.t, i18n: translator as unknown as i18n, ready: true };
}
