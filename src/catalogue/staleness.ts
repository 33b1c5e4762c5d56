/**
 * When provider data counts as out of date. One rule for the data checker (which warns staff) and the
 * provider page (which warns young people), so the two never disagree about the same date.
 */
// With its extension: vite.config.ts loads this file in Node too.
import { belgianWallClock } from './belgian-clock.ts';

/** After this many months without a check, staff are asked to re-check a provider and the page warns. */
export const STALE_AFTER_MONTHS = 12;

/**
 * Whether data last checked on `lastChecked` (YYYY, YYYY-MM or YYYY-MM-DD) is out of date on `today`
 * (YYYY-MM-DD). A partial date counts from the end of the period it names: "2025-03" was checked at the
 * latest on 31 March 2025, so it is not called old before that is.
 */
export function isStale(lastChecked: string, today: string): boolean {
  return periodEnd(lastChecked) < monthsBefore(today, STALE_AFTER_MONTHS);
}

/** Today's date in Belgium (YYYY-MM-DD): the day a young person or staff member in Hasselt sees. */
export function dateInBelgium(now: Date): string {
  const { year, month, day } = belgianWallClock(now);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First day of the period a partial date names: "2024-03" → "2024-03-01". */
export function periodStart(date: string): string {
  // A whole date names one day (the common case, asked for every fact of every provider on load).
  if (date.length === 10) return date;
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** Last day of the period a partial date names: "2024" → "2024-12-31". */
export function periodEnd(date: string): string {
  if (date.length === 10) return date;
  const [year, month, day] = date.split('-');
  if (day) return date;
  const lastMonth = month ?? '12';
  const lastDay = new Date(Date.UTC(Number(year), Number(lastMonth), 0)).getUTCDate();
  return `${year}-${lastMonth}-${String(lastDay).padStart(2, '0')}`;
}

/** The same day `months` months earlier, or that month's last day when it is shorter (29 Feb → 28 Feb). */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const daysInMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, daysInMonth));
  return first.toISOString().slice(0, 10);
}
