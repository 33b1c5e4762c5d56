/**
 * What index.html shows before any script runs, or when scripts never run: the header with the
 * quick-exit link, a loading line, and the crisis lane with tap-to-call links. Rendered to HTML by
 * `npm run data:build`; the React app renders the same pieces when it starts. Also what the app shows if
 * a page breaks: the crisis lane must survive any error.
 */
import type { CrisisLine } from '../crisis/crisis-data';
import { CrisisLane } from '../crisis/crisis-lane';
import { i18nFor } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { homeUrl, languageUrls } from '../routing/urls';
import { useQuickExitShortcut } from './quick-exit';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export interface StaticShellProps {
  lines: CrisisLine[];
  message?: 'loading' | 'pageError';
  /** Shown by the running app (as its error page): links stay in the document, Esc twice leaves. */
  inApp?: boolean;
  /** The app's error page is in the page's language (the only one loaded); before the app runs, Dutch. */
  lang?: Language;
}

/** Before the app runs the shell cannot know the page, so it links each language's home. */
const HOME = homeUrl('nl');
const HOME_IN_EACH_LANGUAGE = languageUrls(HOME, '');

export function StaticShell({ lines, message, inApp = false, lang = 'nl' }: StaticShellProps) {
  const t = i18nFor(lang).t;
  useQuickExitShortcut();
  return (
    <>
      <SiteHeader t={t} lang={lang} homeHref={homeUrl(lang)} languageHrefs={HOME_IN_EACH_LANGUAGE} crisisLines={lines} inApp={inApp} />
      <main id="inhoud" className="page">
        {message === 'pageError' ? (
          <p className="status-box" role="alert">
            {t('status.pageError')}
          </p>
        ) : (
          <p className="status-line status-line--loading">{t('status.loading')}</p>
        )}
      </main>
      <CrisisLane lines={lines} t={t} lang={lang} />
      <SiteFooter t={t} />
    </>
  );
}
