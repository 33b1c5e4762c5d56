import { useTranslation } from '../../i18n/use-translation';
import type { CatalogueProvider } from '../../catalogue/catalogue-types';
import type { Language } from '../../i18n/language';
import { safeHref } from '../../shared/safe-href';
import { oldFactText } from '../../components/old-fact';
import { HoursTable } from './hours-table';
import { LocalizedParagraph } from './localized-paragraph';

/** The places you can go: address, walk in or by appointment, a route, and each place's hours. */
export function ProviderLocations({ provider, lang, now }: { provider: CatalogueProvider; lang: Language; now: Date | undefined }) {
  const { t } = useTranslation();
  if (provider.locations.length === 0) return null;
  // How old the places' hours are, when they are too old to trust.
  const hoursAge = oldFactText(provider, 'place-hours', t);
  return (
    <section aria-labelledby="waar">
      <h2 id="waar">{t('provider.where')}</h2>
      {provider.locations.map((location, index) => {
        const place = location.municipalityName;
        return (
          <div key={index} className="location">
            <p>
              {location.name && (
                <>
                  <strong>{location.name}</strong>
                  <br />
                </>
              )}
              {location.street && (
                <>
                  {location.street}
                  <br />
                </>
              )}
              {[location.postcode, place].filter(Boolean).join(' ')}
              {location.outsideRegion && ` (${t('provider.outsideRegion')})`}
            </p>
            {location.walkIn && <p>{t('provider.walkIn')}</p>}
            {location.byAppointment && <p>{t('provider.byAppointment')}</p>}
            {location.routeHref && (
              <p>
                <a className="button button--secondary" href={safeHref(location.routeHref)}>
                  {t('provider.route', { place: location.name ?? location.street ?? place })}
                </a>
              </p>
            )}
            {location.hours && <HoursTable title={location.name ?? place} hours={location.hours} now={now} />}
            {location.datedHours && <HoursTable title={location.name ?? place} hours={location.datedHours} now={now} dated={hoursAge} />}
            {location.hoursNote && <LocalizedParagraph value={location.hoursNote} lang={lang} />}
            {location.hoursNote && !location.hours && !location.datedHours && hoursAge && <p className="fact-age">{hoursAge}</p>}
          </div>
        );
      })}
    </section>
  );
}
