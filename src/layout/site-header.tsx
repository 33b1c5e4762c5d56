/**
 * The top of every page: the name (home), the quick-exit button, tap-to-call crisis numbers, and the
 * language choice. It never changes size when the page below loads, so nothing here moves.
 */
import type { TFunction } from 'i18next';
import type { Language } from '../catalogue/catalogue-types';
import type { CrisisLine } from '../crisis/crisis-data';
import { safeHref } from '../shared/safe-href';
import { LANGUAGES } from '../routing/urls';
import { QuickExit } from './quick-exit';

export interface SiteHeaderProps {
  t: TFunction;
  lang: Language;
  homeHref: string;
  /** The current page in each language. */
  languageHrefs: Record<Language, string>;
  /** The crisis lane's lines, shown here as a row of numbers to tap. */
  crisisLines: CrisisLine[];
}

export function SiteHeader({ t, lang, homeHref, languageHrefs, crisisLines }: SiteHeaderProps) {
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
      <p className="crisis-strip">
        <a href="#hulplijnen" className="crisis-strip__label">
          {t('crisis.strip')}
        </a>
        {crisisLines.map((line) => (
          <a key={line.id} className="crisis-strip__number" href={safeHref(line.phone.href)}>
            <span className="visually-hidden">{t('crisis.stripCall')} </span>
            {line.phone.display}
            <span className="visually-hidden"> ({line.name})</span>
          </a>
        ))}
      </p>
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
