/**
 * The wall clock in Belgium at an instant, whatever the time zone of the phone: what "open now", the
 * opening hours of today and "today" for the age of facts are read on.
 *
 * Computed from the EU's summer-time rule, not with Intl.DateTimeFormat: the browser's first
 * DateTimeFormat loads its calendar data, about 45 ms on this machine and 175 ms with the CPU four times
 * slower like a cheap phone, all in the task that starts the app (issue 13). belgian-clock.test.ts checks
 * every hour of several years and every change of clocks from 1996 to 2037 against Intl's time-zone data,
 * so if Belgium or the EU ever changes the rule, that test fails with Node's newer tz data.
 */
import type { CalendarDate } from './belgian-holidays';

export interface BrusselsTime extends CalendarDate {
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** Minutes since midnight. */
  minute: number;
}

const HOUR = 3_600_000;

/** The date, weekday and minute of the day on a Belgian clock at an instant. */
export function belgianWallClock(instant: Date): BrusselsTime {
  const time = instant.getTime();
  // As Intl did: an invalid date is a mistake to hear about, not a date of NaN.
  if (!Number.isFinite(time)) throw new RangeError('Invalid time value');
  // The Belgian wall clock read as if it were UTC.
  const wall = new Date(time + utcOffsetHours(time) * HOUR);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    weekday: (wall.getUTCDay() + 6) % 7,
    minute: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/**
 * Central European Time (UTC+1), or summer time (UTC+2) from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October: EU Directive 2000/84/EC, the same rule Belgium has kept since 1996.
 */
function utcOffsetHours(time: number): 1 | 2 {
  const year = new Date(time).getUTCFullYear();
  return time >= clockChange(year, 3) && time < clockChange(year, 10) ? 2 : 1;
}

/** 01:00 UTC on the last Sunday of a month (1–12). */
function clockChange(year: number, month: number): number {
  // Day 0 of the next month is this month's last day.
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}
