import { useTranslation } from 'react-i18next';
import type { WeeklyHours } from '../catalogue/catalogue-types';
import { openStatusAt } from '../catalogue/opening-hours';

/** "Nu open" or "Nu dicht" in Belgian time, with a note on a holiday when the data does not say. */
export function OpenStatus({ hours, now }: { hours: WeeklyHours; now: Date }) {
  const { t } = useTranslation();
  const { open, holidayUncertain } = openStatusAt(hours, now);
  return (
    <span className={open ? 'open-status open-status--open' : 'open-status open-status--closed'}>
      {open ? t('result.openNow') : t('result.closedNow')}
      {holidayUncertain && <span className="open-status__note"> ({t('result.holidayMaybe')})</span>}
    </span>
  );
}
