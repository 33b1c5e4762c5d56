/** One result: name, one line about what they do, badges, where, open now (or when it opens), and the best way to get in touch. */
import { memo } from 'react';
import { AppLink } from '../routing/app-link';
import type { CatalogueProvider } from '../catalogue/catalogue-types';
import { pickText } from '../catalogue/localized-text';
import { isNational } from '../catalogue/provider-facts';
import type { Language } from '../i18n/language';
import { useFromListState } from '../routing/back-to-list';
import { providerUrl } from '../routing/urls';
import { SITE_URL } from '../shared/site-origin';
import { Badges } from './badges';
import { ProviderOpenBadge } from './open-status';
import { QuickContact } from './quick-contact';
import { useTranslation } from '../i18n/use-translation';
import type { TFunction } from 'i18next';

export interface ProviderCardProps {
  provider: CatalogueProvider;
  open: boolean | undefined;
  holidayUncertain: boolean;
  lang: Language;
}

/** The id of a result's heading, which holds the link to its page. */
export function resultHeadingId(providerId: string): string {
  return `resultaat-${providerId}`;
}

/**
 * Memoised: typing changes the URL on every key, and the list re-renders; a card whose provider, open-now
 * and language stay the same is not rendered again (its texts, badges and buttons). Only its link follows
 * the URL (ResultLink). The props are the catalogue's own provider object and plain values, so they stay
 * the same from one search to the next.
 */
export const ProviderCard = memo(function ProviderCard({ provider, open, holidayUncertain, lang }: ProviderCardProps) {
  const { t } = useTranslation();
  const summary = pickText(provider.summary, lang);
  const headingId = resultHeadingId(provider.id);
  return (
    <li className="result">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="result__name">
          <ResultLink provider={provider} lang={lang} />
        </h3>
        {/* A printed list names each provider's page in full: its link has a relative address. */}
        <p className="print-only result__address">
          {SITE_URL}
          {providerUrl(lang, provider.id)}
        </p>
        <p className="result__summary" lang={summary.lang === lang ? undefined : summary.lang}>
          {summary.text}
        </p>
        <p className="result__where">
          <span className={isNational(provider) ? 'place place--national' : 'place place--local'}>{placeText(provider, t)}</span>
          <ProviderOpenBadge provider={provider} open={open} holidayUncertain={holidayUncertain} />
        </p>
        <Badges provider={provider} />
        <QuickContact provider={provider} className="result__actions" />
      </article>
    </li>
  );
});

/** The provider's name, linking to its page; it carries the list on screen now (routing/back-to-list.ts), so it re-renders with the URL. */
function ResultLink({ provider, lang }: { provider: CatalogueProvider; lang: Language }) {
  const fromList = useFromListState();
  return (
    <AppLink to={providerUrl(lang, provider.id)} state={fromList}>
      {provider.name}
    </AppLink>
  );
}

/** Where the help is: a municipality for places, the area served for helplines and online help. */
export function placeText(provider: CatalogueProvider, t: TFunction): string {
  if (!isNational(provider)) {
    return [...new Set(provider.locations.map((location) => location.municipalityName))].join(', ');
  }
  if (provider.area === 'municipalities') return (provider.areaMunicipalityNames ?? []).join(', ');
  return t(`result.area.${provider.area}`);
}
