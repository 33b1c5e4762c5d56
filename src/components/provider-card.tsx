/** One result: name, one line about what they do, badges, where, open now (or when it opens), and the best way to get in touch. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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

export interface ProviderCardProps {
  provider: CatalogueProvider;
  open: boolean | undefined;
  holidayUncertain: boolean;
  lang: Language;
}

export function ProviderCard({ provider, open, holidayUncertain, lang }: ProviderCardProps) {
  const { t } = useTranslation();
  const fromList = useFromListState();
  const summary = pickText(provider.summary, lang);
  const headingId = `resultaat-${provider.id}`;
  return (
    <li className="result">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="result__name">
          <Link to={providerUrl(lang, provider.id)} state={fromList}>
            {provider.name}
          </Link>
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
}

/** Where the help is: a municipality for places, the area served for helplines and online help. */
export function placeText(provider: CatalogueProvider, t: ReturnType<typeof useTranslation>['t']): string {
  if (!isNational(provider)) {
    return [...new Set(provider.locations.map((location) => location.municipalityName))].join(', ');
  }
  if (provider.area === 'municipalities') return (provider.areaMunicipalityNames ?? []).join(', ');
  return t(`result.area.${provider.area}`);
}
