/**
 * The bottom of every page: who runs Hulp HUB, and, in one plain line, what the quick exit cannot do
 * (as GOV.UK's "Exit this page" guidance does): a page cannot remove the browser's history list, or the
 * entries of an earlier, separate load of the site in the tab (a link opened again from another app, or
 * without JavaScript). So it says how to clear the history yourself.
 */
import type { TFunction } from 'i18next';

export function SiteFooter({ t }: { t: TFunction }) {
  return (
    <footer className="site-footer">
      <p>{t('app.footer')}</p>
      <p>{t('quickExit.historyNote')}</p>
    </footer>
  );
}
