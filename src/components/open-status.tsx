import { useTranslation } from 'react-i18next';
import type { WeeklyHours } from '../catalogue/catalogue-types';
import { openStatusAt } from '../catalogue/opening-hours';

/** "Nu open" or "Nu dicht", with a note on a public holiday when the data does not say. */
export function OpenBadge({ open, holidayUncertain }: { open: boolean; holidayUncertain: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={open ? 'open-status open-status--open' : 'open-status open-status--closed'}>
      {open ? t('result.openNow') : t('result.closedNow')}
      {holidayUncertain && <span className="open-status__note"> ({t('result.holidayMaybe')})</span>}
    </span>
  );
}

/** Open now for one set of hours, in Belgian time. */
export function OpenStatus({ hours, now }: { hours: WeeklyHours; now: Date }) {
  return <OpenBadge {...openStatusAt(hours, now)} />;
}
