import type { TFunction } from 'i18next';
import { useContext } from 'react';
import { I18nContext } from 'react-i18next';

/**
 * The interface texts of the page's language, for parts rendered many times (a result card and its
 * badges, open-now and contact buttons). useTranslation makes a wrapper around the i18next instance
 * each time a component mounts and listens for language changes; in a profile of typing, where cards
 * mount as the results change, that showed. Here the instance is read from the layout's provider as it
 * is: one instance per language (i18n/i18n.ts), which never changes its language, so nothing needs
 * listening to.
 */
export function useTexts(): TFunction {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useTexts needs an I18nextProvider (routes.tsx provides one for every page)');
  return context.i18n.t;
}
