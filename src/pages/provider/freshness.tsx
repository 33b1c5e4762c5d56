import { useTranslation } from '../../i18n/use-translation';
import type { CatalogueProvider, ProviderDetails } from '../../catalogue/catalogue-types';
import { newest, type VerificationMethod } from '../../catalogue/fact-age';
import { isStale } from '../../catalogue/staleness';
import { useToday } from '../../catalogue/use-now';
import type { Language } from '../../i18n/language';

/** Each way of checking, said the way people say it ("telefonisch"). */
const METHOD_TEXTS = {
  'phone-call': 'provider.method_phone-call',
  'email-reply': 'provider.method_email-reply',
  'own-website': 'provider.method_own-website',
} as const satisfies Record<VerificationMethod, string>;

/**
 * Where the data comes from, said plainly. "Nagekeken bij de organisatie" only for a real check; without
 * one, the years of the public sources. Data a year old (from the check, or from the newest source when
 * nobody checked) comes with a warning.
 *
 * `sources` is undefined when the provider's details could not load: then the check, if there was one,
 * and the warning, from the dates of the facts the page shows (in the catalogue), are all it says.
 */
export function Freshness({
  provider,
  sources,
  lang,
}: {
  provider: CatalogueProvider;
  sources: ProviderDetails['sources'] | undefined;
  lang: Language;
}) {
  const { t } = useTranslation();
  const today = useToday();
  const { verification } = provider;
  const dated = sources
    ? sources.flatMap((source) => (source.pageDate ? [source.pageDate] : []))
    : Object.values(provider.factDates).filter((date): date is string => typeof date === 'string');
  const newestDate = verification?.date ?? dated.reduce<string | undefined>((found, date) => newest(found, date), undefined);
  const old = newestDate !== undefined && isStale(newestDate, today);
  return (
    <>
      {verification ? (
        <p>{t('provider.verifiedOn', { date: longDate(verification.date, lang), method: t(METHOD_TEXTS[verification.method]) })}</p>
      ) : (
        sources && (
          <p>
            {t('provider.notVerified')} {sourcesLine(dated, dated.length < sources.length, t)}
          </p>
        )
      )}
      {old && <p className="warning">{t('provider.checkedOld')}</p>}
    </>
  );
}

/** "Uit openbare bronnen van 2019–2024." from the sources' years, naming undated ones too. */
function sourcesLine(dates: string[], someUndated: boolean, t: ReturnType<typeof useTranslation>['t']): string {
  if (dates.length === 0) return t('provider.sourcesUndated');
  const years = dates.map((date) => date.slice(0, 4)).sort();
  const span = years[0] === years[years.length - 1] ? years[0] : `${years[0]}–${years[years.length - 1]}`;
  return t(someUndated ? 'provider.sourcesFromAndUndated' : 'provider.sourcesFrom', { years: span });
}

/** "12 november 2026": a day as people read it, in the page's language. */
function longDate(date: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
