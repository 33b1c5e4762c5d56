/**
 * What index.html shows before any script runs, or when scripts never run: the header with the
 * quick-exit link, a loading line, and the crisis lane with tap-to-call links. Rendered to HTML by
 * `npm run data:build`; the React app renders the same pieces when it starts. Also what the app shows if
 * a page breaks: the crisis lane must survive any error.
 */
import { i18nFor } from '../i18n/i18n';
import { CrisisLane } from '../crisis/crisis-lane';
import type { CrisisLine } from '../crisis/crisis-data';
import { useQuickExitShortcut } from './quick-exit';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export interface StaticShellProps {
  lines: CrisisLine[];
  message?: 'loading' | 'pageError';
  /** Shown by the running app (as its error page): links stay in the document, Esc twice leaves. */
  inApp?: boolean;
}

export function StaticShell({ lines, message, inApp = false }: StaticShellProps) {
  const t = i18nFor('nl').t;
  useQuickExitShortcut();
  return (
    <>
      <SiteHeader t={t} lang="nl" homeHref="/" languageHrefs={{ nl: '/', en: '/en', fr: '/fr' }} crisisLines={lines} inApp={inApp} />
      <main id="inhoud" className="page">
        {message === 'pageError' ? (
          <p className="status-box" role="alert">
            {t('status.pageError')}
          </p>
        ) : (
          <p className="status-line status-line--loading">{t('status.loading')}</p>
        )}
      </main>
      <CrisisLane lines={lines} t={t} lang="nl" />
      <SiteFooter t={t} />
    </>
  );
}
