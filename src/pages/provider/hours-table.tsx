import { useTranslation } from '../../i18n/use-translation';
import type { WeeklyHours } from '../../catalogue/catalogue-types';
import { formatRanges } from '../../catalogue/describe-hours';
import { OpenStatus } from '../../components/open-status';

/**
 * One week of opening hours, day by day, with public holidays and whether it is open now; or, for hours
 * too old to trust (`dated`: how old), with their age instead of an open-now status.
 */
export function HoursTable({ title, hours, now, dated }: { title: string; hours: WeeklyHours; now: Date | undefined; dated?: string }) {
  const { t } = useTranslation();
  const days = t('days.long', { returnObjects: true }) as string[];
  return (
    <table className="hours">
      <caption>
        {t('provider.hoursOf', { channel: title })} · {dated ?? <OpenStatus hours={hours} now={now} />}
      </caption>
      <tbody>
        {hours.week.map((ranges, day) => (
          <tr key={day}>
            <th scope="row">{days[day]}</th>
            <td>{ranges.length ? formatRanges(ranges) : t('provider.closedDay')}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('provider.holidays')}</th>
          <td>
            {hours.publicHolidays
              ? hours.publicHolidays.length
                ? formatRanges(hours.publicHolidays)
                : t('provider.closedDay')
              : t('provider.holidaysUnknown')}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
