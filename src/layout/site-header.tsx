/** The top of every page: the name (home), the language choice and the quick-exit button. */
import type { TFunction } from 'i18next';
import type { Language } from '../catalogue/catalogue-types';
import { LANGUAGES } from '../routing/urls';
import { QuickExit } from './quick-exit';

export interface SiteHeaderProps {
  t: TFunction;
  lang: Language;
  homeHref: string;
  /** The current page in each language. */
  languageHrefs: Record<Language, string>;
}

export function SiteHeader({ t, lang, homeHref, languageHrefs }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#inhoud">
        {t('app.skipToContent')}
      </a>
      <div className="site-header__bar">
        <a className="site-header__home" href={homeHref} aria-label={t('app.home')}>
          Hulp HUB
        </a>
        <QuickExit t={t} />
      </div>
      <nav className="site-header__languages" aria-label={t('language.label')}>
        <ul>
          {LANGUAGES.map((code) => (
            <li key={code}>
              <a href={languageHrefs[code]} lang={code} hrefLang={code} aria-current={code === lang ? 'true' : undefined}>
                {t(`language.${code}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
