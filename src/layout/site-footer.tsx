/**
 * The bottom of every page: who runs Hulp HUB, and, in one plain line, what the quick exit cannot do
 * (as GOV.UK's "Exit this page" guidance does): a page cannot remove the browser's history list, or the
 * entries of an earlier, separate load of the site in the tab (a link opened again from another app, or
 * without JavaScript). So it says how to clear the history yourself.
 * In the running app it also links the school kit, for teachers and youth workers who spread the site.
 * On every page it says the catalogue is open data, under which licence, and links the files published with
 * the site (src/catalogue/open-data.ts): plain links, so they work without JavaScript too. That paragraph
 * comes before the quick exit's note, so that note stays at the end of the page, where the test of the
 * quick exit looks for it above the bar.
 */
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { OPEN_DATA_FILES, OPEN_DATA_LICENCE, openDataUrl } from '../catalogue/open-data';
import { AppLink } from '../routing/app-link';

/**
 * `kitHref`: the school kit in the page's language; a router link, so only inside the running app.
 * Memoised: the layout renders it again on every key typed in the search box, with the same props.
 */
export const SiteFooter = memo(function SiteFooter({ t, kitHref }: { t: TFunction; kitHref?: string }) {
  return (
    <footer className="site-footer">
      <p>{t('app.footer')}</p>
      <p>
        {t('app.openData')} {t('app.openDataDownload')}{' '}
        <a href={openDataUrl(OPEN_DATA_FILES.spreadsheet)} download>
          {t('app.openDataSpreadsheet')}
        </a>{' '}
        {t('app.openDataOr')} <a href={openDataUrl(OPEN_DATA_FILES.hsdsServices)}>{t('app.openDataHsds')}</a>.{' '}
        <a href={t('app.openDataLicenceUrl')} rel="license">
          {t('app.openDataLicence', { licence: OPEN_DATA_LICENCE.name })}
        </a>
      </p>
      <p>{t('quickExit.historyNote')}</p>
      {kitHref && (
        <p>
          <AppLink to={kitHref}>{t('kit.title')}</AppLink>
        </p>
      )}
    </footer>
  );
});
