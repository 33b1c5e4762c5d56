/** Weekly hours as short text: "ma–vr 9:00–17:00", or "dag en nacht" for 24/7. */
import type { MinuteRange, WeeklyHours } from './catalogue-types';

export interface HoursRow {
  /** Weekday numbers, 0 = Monday, consecutive days with the same hours. */
  days: number[];
  ranges: MinuteRange[];
}

export function isAlwaysOpen(hours: WeeklyHours): boolean {
  return hours.week.every((day) => day.length === 1 && day[0][0] === 0 && day[0][1] === 1440);
}

/** Groups consecutive days with the same hours; closed days are left out. */
export function hoursRows(hours: WeeklyHours): HoursRow[] {
  const rows: HoursRow[] = [];
  hours.week.forEach((ranges, day) => {
    const last = rows[rows.length - 1];
    if (last && last.days[last.days.length - 1] === day - 1 && sameRanges(last.ranges, ranges)) last.days.push(day);
    else rows.push({ days: [day], ranges });
  });
  return rows.filter((row) => row.ranges.length > 0);
}

export function formatTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function formatRanges(ranges: MinuteRange[]): string {
  return ranges.map(([from, to]) => `${formatTime(from)}–${formatTime(to)}`).join(', ');
}

/** "ma–vr 9:00–17:00, za 10:00–12:00" with the given short day names (Monday first). */
export function describeHours(hours: WeeklyHours, dayNames: string[], always: string): string {
  if (isAlwaysOpen(hours)) return always;
  return hoursRows(hours)
    .map(({ days, ranges }) => {
      const first = dayNames[days[0]];
      const label = days.length === 1 ? first : `${first}–${dayNames[days[days.length - 1]]}`;
      return `${label} ${formatRanges(ranges)}`;
    })
    .join(', ');
}

/** Whether two lists of opening ranges are the same. */
export function sameRanges(a: MinuteRange[], b: MinuteRange[]): boolean {
  return a.length === b.length && a.every((range, i) => range[0] === b[i][0] && range[1] === b[i][1]);
}
