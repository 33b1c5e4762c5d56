/**
 * Everything for a first contact with one provider: what they do, how to reach them (big buttons),
 * cost, anonymity, age, parents, referral, where, hours and open now in Belgian time, how old the data
 * is, its sources, and the ways to report a mistake. A missing fact says "ask at your first contact".
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useLocation } from 'react-router';
import { AppLink } from '../../routing/app-link';
import { getProvider } from '../../catalogue/catalogue';
import { useCatalogue } from '../../catalogue/catalogue-context';
import type { CatalogueProvider, ProviderDetails } from '../../catalogue/catalogue-types';
import { loadProviderDetails, providerDetails } from '../../catalogue/provider-details';
import { Badges } from '../../components/badges';
import { CatalogueStatus } from '../../components/catalogue-status';
import { placeText } from '../../components/provider-card';
import { ShareLink } from '../../components/share-link';
import type { Language } from '../../i18n/language';
import { backToListUrl } from '../../routing/back-to-list';
import { homeUrl, providerUrl } from '../../routing/urls';
import { safeHref } from '../../shared/safe-href';
import { SITE_URL } from '../../shared/site-origin';
import { useNow } from '../../catalogue/use-now';
import { ChannelHours } from './channel-hours';
import { ContactButtons } from './contact-buttons';
import { Freshness } from './freshness';
import { LocalizedParagraph } from './localized-paragraph';
import { PracticalFacts } from './practical-facts';
import { ProviderLocations } from './provider-locations';
import { ReportMistake } from './report-mistake';

export function ProviderPage({ lang, id }: { lang: Language; id: string }) {
  const { t } = useTranslation();
  const { state, retry } = useCatalogue();
  const provider = state.status === 'ready' ? getProvider(state.data.catalogue, id) : undefined;
  // Here whenever the page shows (view-code.ts), unless they could not load: then the page says so.
  const details = providerDetails(id) ?? undefined;
  // Renders again after trying to load details that could not load before.
  const [, setDetailsAttempt] = useState(0);
  const retryDetails = useCallback(() => {
    const again = () => setDetailsAttempt((attempt) => attempt + 1);
    loadProviderDetails(id, { again: true }).then(again, again);
  }, [id]);
  // Opened without them (they failed on the way here, maybe long ago): try once more in the background.
  const missing = provider !== undefined && details === undefined;
  useEffect(() => {
    if (missing) retryDetails();
  }, [missing, retryDetails]);

  if (state.status !== 'ready') return <CatalogueStatus state={state} retry={retry} />;
  if (!provider) {
    return (
      <>
        <h1>{t('provider.notFoundTitle')}</h1>
        <p>{t('provider.notFoundText')}</p>
        <p>
          <AppLink className="button" to={homeUrl(lang)}>
            {t('provider.back')}
          </AppLink>
        </p>
      </>
    );
  }
  return <ProviderArticle provider={provider} details={details} retryDetails={retryDetails} lang={lang} />;
}

function ProviderArticle({
  provider,
  details,
  retryDetails,
  lang,
}: {
  provider: CatalogueProvider;
  /** Undefined when they could not load: the numbers, places and hours are in `provider`, the rest is missing. */
  details: ProviderDetails | undefined;
  retryDetails: () => void;
  lang: Language;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const now = useNow();
  // The page's published address (also in a prerendered page, and from a copy on a test server).
  const pageUrl = new URL(providerUrl(lang, provider.id), SITE_URL).href;

  return (
    <article className="provider">
      <p className="screen-only">
        <AppLink to={backToListUrl(lang, location.state)}>← {t('provider.back')}</AppLink>
      </p>
      <h1>{provider.name}</h1>
      {/* On paper, the page's own address, to find it again. */}
      <p className="print-only">{pageUrl}</p>
      {details?.organisation && details.organisation !== provider.name && <p className="provider__organisation">{details.organisation}</p>}
      <p className="place">{placeText(provider, t)}</p>
      <Badges provider={provider} />

      <ContactButtons provider={provider} lang={lang} now={now} />
      {/* After the ways to reach them: reaching help comes first, passing the page on second. */}
      <ShareLink />

      <section aria-labelledby="wat">
        <h2 id="wat">{t('provider.whatTheyDo')}</h2>
        <LocalizedParagraph value={provider.summary} lang={lang} />
        {details?.description && <LocalizedParagraph value={details.description} lang={lang} />}
        {/* When it is not known, the practical facts name it with the other unknown facts. */}
        {details?.firstContact && (
          <>
            <h3>{t('provider.firstContact')}</h3>
            <LocalizedParagraph value={details.firstContact} lang={lang} />
          </>
        )}
      </section>

      {details ? (
        <PracticalFacts provider={{ ...provider, ...details }} lang={lang} />
      ) : (
        <div className="status-box" role="status">
          <p>{t('provider.detailsMissing')}</p>
          <button type="button" className="button button--secondary" onClick={retryDetails}>
            {t('status.retry')}
          </button>
        </div>
      )}
      <ProviderLocations provider={provider} lang={lang} now={now} />
      <ChannelHours provider={provider} now={now} lang={lang} />

      <section aria-labelledby="nagekeken">
        <h2 id="nagekeken">{t('provider.checked')}</h2>
        <Freshness provider={provider} sources={details?.sources} lang={lang} />
        {details && (
          <>
            <h3>{t('provider.sources')}</h3>
            <ul className="sources">
              {details.sources.map((source, index) => (
                <li key={index}>
                  <a href={safeHref(source.url)}>{new URL(source.url).hostname.replace(/^www\./, '')}</a>
                  {source.pageDate && ` (${source.pageDate})`}
                </li>
              ))}
            </ul>
          </>
        )}
        <ReportMistake provider={provider} pageUrl={pageUrl} />
      </section>
    </article>
  );
}
