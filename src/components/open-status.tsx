import type { WeeklyHours } from '../catalogue/catalogue-types';
import { formatTime } from '../catalogue/describe-hours';
import type { CatalogueProvider } from '../catalogue/catalogue-types';
import { nextOpening, openStatusAt, type NextOpening } from '../catalogue/opening-hours';
import { allHours, reachableNext } from '../catalogue/provider-facts';
import { useNow } from '../catalogue/use-now';
import { useTranslation } from '../i18n/use-translation';
import type { TFunction } from 'i18next';

/**
 * "Nu open" or "Nu dicht", with when it opens next if that is known ("Nu dicht · opent morgen om 9:00"),
 * and a note on a public holiday when the data does not say.
 */
export function OpenBadge({ open, holidayUncertain, opens }: { open: boolean; holidayUncertain: boolean; opens?: NextOpening }) {
  const { t } = useTranslation();
  return (
    <span className={open ? 'open-status open-status--open' : 'open-status open-status--closed'}>
      <span>{open ? t('result.openNow') : t('result.closedNow')}</span>
      {!open && opens && <span className="open-status__next"> · {opensText(opens, t)}</span>}
      {holidayUncertain && <span className="open-status__note"> ({t('result.holidayMaybe')})</span>}
    </span>
  );
}

/** "opent om 14:00", "opent morgen om 9:00" or "opent maandag om 9:00". */
function opensText({ daysAhead, weekday, minute }: NextOpening, t: TFunction): string {
  const time = formatTime(minute);
  if (daysAhead === 0) return t('result.opensToday', { time });
  if (daysAhead === 1) return t('result.opensTomorrow', { time });
  const days = t('days.long', { returnObjects: true }) as string[];
  return t('result.opensOn', { day: days[weekday], time });
}

/**
 * Where "open now" will show, while the time is not known (a prerendered page before its clock starts):
 * it keeps the line's height, so nothing below moves when the status fills in.
 */
export function PendingOpenBadge() {
  return <span className="open-status open-status--pending" />;
}

/** Open now for one set of hours, in Belgian time, and when it opens next. */
export function OpenStatus({ hours, now }: { hours: WeeklyHours; now: Date | undefined }) {
  if (now === undefined) return <PendingOpenBadge />;
  return <OpenBadge {...openStatusAt(hours, now)} opens={nextOpening([hours], now)} />;
}

/**
 * A provider's open-now badge in a list or on the map, with when it opens next when it is closed. The
 * search computed `open` with the same clock (useNow is one clock for the page), so both agree. Before
 * the clock starts, a provider with hours keeps the badge's place.
 */
export function ProviderOpenBadge({
  provider,
  open,
  holidayUncertain,
}: {
  provider: CatalogueProvider;
  open?: boolean;
  holidayUncertain: boolean;
}) {
  const now = useNow();
  if (now === undefined) return allHours(provider).length > 0 ? <PendingOpenBadge /> : null;
  if (open === undefined) return null;
  const opens = !open && !holidayUncertain ? reachableNext(provider, now) : undefined;
  return <OpenBadge open={open} holidayUncertain={holidayUncertain} opens={opens} />;
}
