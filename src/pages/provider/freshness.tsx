import { useTranslation } from 'react-i18next';
import type { CatalogueProvider } from '../../catalogue/catalogue-types';
import { dateInBelgium, isStale } from '../../catalogue/staleness';

/** When the data was last checked, said plainly; old or unknown dates come with a warning. */
export function Freshness({ provider, now }: { provider: CatalogueProvider; now: Date }) {
  const { t } = useTranslation();
  const { date } = provider.lastChecked;
  if (!date) return <p className="warning">{t('provider.checkedUnknown')}</p>;
  return (
    <>
      <p>{t('provider.checkedOn', { date })}</p>
      {isStale(date, dateInBelgium(now)) && <p className="warning">{t('provider.checkedOld')}</p>}
    </>
  );
}
