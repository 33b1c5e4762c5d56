/**
 * The top of every page: the quick-exit button (shown in a bar at the bottom of the screen), the name
 * (home), tap-to-call crisis numbers, and the language choice. It never changes size when the page
 * below loads, so nothing here moves.
 *
 * In the running app every link here stays in the same document (`inApp`): the name and languages are
 * router links, and the two in-page links move focus without adding a history entry. A new page load or
 * a `#…` entry would be a history entry the quick exit cannot take back. The static shell (before and
 * without JavaScript) keeps plain links.
 */
import type { TFunction } from 'i18next';
import { memo, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { useLocation } from 'react-router';
import { AppLink } from '../routing/app-link';
import { LANGUAGES, type Language } from '../i18n/language';
import type { CrisisLine } from '../crisis/crisis-data';
import { safeHref } from '../shared/safe-href';
import { QuickExit } from './quick-exit';

export interface SiteHeaderProps {
  t: TFunction;
  lang: Language;
  homeHref: string;
  /** The current page in each language. */
  languageHrefs: Record<Language, string>;
  /** The crisis lane's lines, shown here as a row of numbers to tap. */
  crisisLines: CrisisLine[];
  /** Inside the running app (with a router): links stay in this document. */
  inApp?: boolean;
  /** A search page: a second skip link goes straight to the results and the list/map switch. */
  skipToResults?: boolean;
}

/** Memoised: in the app the page renders again for every key typed in the search box; the header need not. */
export const SiteHeader = memo(function SiteHeader({
  t,
  lang,
  homeHref,
  languageHrefs,
  crisisLines,
  inApp = false,
  skipToResults = false,
}: SiteHeaderProps) {
  const jump = inApp ? jumpTo : undefined;

  return (
    <header className="site-header">
      <a className="skip-link" href="#inhoud" onClick={jump}>
        {t('app.skipToContent')}
      </a>
      <QuickExit t={t} />
      {skipToResults && (
        // After the quick exit, which must stay the first stop after "Naar de inhoud".
        <a className="skip-link" href="#resultaten" onClick={jump}>
          {t('app.skipToResults')}
        </a>
      )}
      <div className="site-header__bar">
        <PageLink inApp={inApp} href={homeHref} className="site-header__home" aria-label={t('app.home')}>
          Hulp HUB
        </PageLink>
        <nav className="site-header__languages" aria-label={t('language.label')}>
          <ul>
            {LANGUAGES.map((code) => (
              <li key={code}>
                <PageLink
                  inApp={inApp}
                  href={languageHrefs[code]}
                  lang={code}
                  hrefLang={code}
                  aria-current={code === lang ? 'true' : undefined}
                >
                  {t(`language.${code}`)}
                </PageLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="crisis-strip">
        <a href="#hulplijnen" className="crisis-strip__label" onClick={jump}>
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
    </header>
  );
});

/** Another Hulp HUB page: a router link in the app, a plain link in the static shell. */
function PageLink({ inApp, href, children, ...props }: { inApp: boolean; href: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return inApp ? (
    <SameEntryStateLink href={href} {...props}>
      {children}
    </SameEntryStateLink>
  ) : (
    <a href={href} {...props}>
      {children}
    </a>
  );
}

/**
 * A router link that hands the current history entry's state to the next page, so the same page in
 * another language keeps its way back to the list it came from (routing/back-to-list.ts).
 */
function SameEntryStateLink({ href, children, ...props }: { href: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const location = useLocation();
  return (
    <AppLink to={href} state={location.state} {...props}>
      {children}
    </AppLink>
  );
}

/**
 * An in-page link ("#hulplijnen", "#inhoud", "#resultaten") without a history entry: scroll to the target and move
 * focus there, as the browser would, but leave the URL alone.
 */
function jumpTo(event: MouseEvent<HTMLAnchorElement>) {
  // A click with a modifier key or another button is the browser's own (a new tab, a new window).
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // The results are not there while the list loads: then go to the page's content.
  const target = document.getElementById(event.currentTarget.hash.slice(1)) ?? document.getElementById('inhoud');
  if (!target) return;
  // Focusable only from script, so the next Tab continues from here; not a stop in the Tab order.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
