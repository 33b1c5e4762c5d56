/**
 * The page's interface texts for the components under it: `TextsProvider` hands down the i18next
 * instance of the page's language (routes.tsx), `useTranslation` reads it.
 *
 * Why not react-i18next: an instance here never changes its language (one per language, i18n.ts; the
 * language comes from the URL), so there is nothing to listen to, and the texts are loaded before a page
 * renders, so nothing suspends. What react-i18next adds for that (a wrapper per mounted component,
 * listeners for language changes, the useSyncExternalStore shim) cost about 2 KB gzip in every first
 * view (issue 13's budget) and showed in profiles of typing, where cards mount as results change.
 */
import type { i18n, TFunction } from 'i18next';
import { createContext, useContext, type ReactNode } from 'react';

const TextsContext = createContext<i18n | null>(null);

export function TextsProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return <TextsContext value={i18n}>{children}</TextsContext>;
}

export function useTranslation(): { t: TFunction; i18n: i18n } {
  const i18n = useContext(TextsContext);
  if (!i18n) throw new Error('useTranslation needs a TextsProvider above it (routes.tsx puts one around every page).');
  return { t: i18n.t, i18n };
}
