/**
 * Evaluates the weekly opening-hours tables from the catalogue in Belgian time, whatever the time zone
 * of the phone. The build checks these tables against the opening_hours library for two years of days,
 * so what the browser says here matches what staff wrote.
 */
import { isBelgianPublicHoliday, type CalendarDate } from './belgian-holidays';
import type { MinuteRange, WeeklyHours } from './catalogue-types';

export interface BrusselsTime extends CalendarDate {
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** Minutes since midnight. */
  minute: number;
}

const brusselsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The wall-clock date and time in Belgium at an instant. */
export function brusselsTime(instant: Date): BrusselsTime {
  const parts = Object.fromEntries(brusselsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

export interface DayHours {
  ranges: MinuteRange[];
  /** True on a public holiday when the data does not say whether holidays differ. */
  holidayUncertain: boolean;
}

/** The opening ranges for one calendar day. `weekday` is 0 = Monday. */
export function hoursOnDay(hours: WeeklyHours, date: CalendarDate & { weekday: number }): DayHours {
  if (isBelgianPublicHoliday(date)) {
    if (hours.publicHolidays) return { ranges: hours.publicHolidays, holidayUncertain: false };
    return { ranges: hours.week[date.weekday], holidayUncertain: true };
  }
  return { ranges: hours.week[date.weekday], holidayUncertain: false };
}

export interface OpenStatus {
  open: boolean;
  holidayUncertain: boolean;
}

/** Whether a place is open at an instant, in Belgian time. */
export function openStatusAt(hours: WeeklyHours, instant: Date): OpenStatus {
  const now = brusselsTime(instant);
  const { ranges, holidayUncertain } = hoursOnDay(hours, now);
  return { open: ranges.some(([from, to]) => now.minute >= from && now.minute < to), holidayUncertain };
}
