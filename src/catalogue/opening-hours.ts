/**
 * Evaluates the weekly opening-hours tables from the catalogue in Belgian time, whatever the time zone
 * of the phone. The build checks these tables against the opening_hours library for two years of days,
 * so what the browser says here matches what staff wrote.
 */
import { addDays, isBelgianPublicHoliday, type CalendarDate } from './belgian-holidays';
import { belgianWallClock, type BrusselsTime } from './belgian-clock';
import type { MinuteRange, WeeklyHours } from './catalogue-types';

/** An instant read on a Belgian clock, and whether that day is a public holiday. */
interface ClockReading {
  time: number;
  wallClock: Readonly<BrusselsTime>;
  publicHoliday: boolean;
}

let lastRead: ClockReading | undefined;

/**
 * The wall-clock date and time in Belgium at an instant. A search asks this for every opening-hours table
 * of every result, always at the same instant: the last instant's answer, with whether that day is a
 * public holiday, is kept (and must not be changed by callers).
 */
export function brusselsTime(instant: Date): Readonly<BrusselsTime> {
  return readClock(instant).wallClock;
}

function readClock(instant: Date): ClockReading {
  const time = instant.getTime();
  if (lastRead?.time === time) return lastRead;
  const wallClock = Object.freeze(belgianWallClock(instant));
  lastRead = { time, wallClock, publicHoliday: isBelgianPublicHoliday(wallClock) };
  return lastRead;
}

export interface DayHours {
  ranges: MinuteRange[];
  /** True on a public holiday when the data does not say whether holidays differ. */
  holidayUncertain: boolean;
}

/** The opening ranges for one calendar day. `weekday` is 0 = Monday. */
export function hoursOnDay(hours: WeeklyHours, date: CalendarDate & { weekday: number }): DayHours {
  const publicHoliday = isBelgianPublicHoliday(date);
  return { ranges: rangesOn(hours, date.weekday, publicHoliday), holidayUncertain: holidayUncertain(hours, publicHoliday) };
}

/** The ranges that apply on a weekday: on a public holiday, the holiday hours when the data gives them. */
function rangesOn(hours: WeeklyHours, weekday: number, publicHoliday: boolean): MinuteRange[] {
  return (publicHoliday ? hours.publicHolidays : undefined) ?? hours.week[weekday];
}

/** A public holiday, and the hours do not say whether that changes them. */
function holidayUncertain(hours: WeeklyHours, publicHoliday: boolean): boolean {
  return publicHoliday && !hours.publicHolidays;
}

export interface OpenStatus {
  open: boolean;
  holidayUncertain: boolean;
}

/** OpenStatus as bits, for code that asks for thousands of tables per search (no object per answer). */
export const OPEN_BIT = 1;
export const HOLIDAY_UNCERTAIN_BIT = 2;

/** Whether a place is open at an instant, in Belgian time. */
export function openStatusAt(hours: WeeklyHours, instant: Date): OpenStatus {
  const bits = openStatusBitsAt(hours, instant);
  return { open: (bits & OPEN_BIT) !== 0, holidayUncertain: (bits & HOLIDAY_UNCERTAIN_BIT) !== 0 };
}

/** openStatusAt as OPEN_BIT and HOLIDAY_UNCERTAIN_BIT. */
export function openStatusBitsAt(hours: WeeklyHours, instant: Date): number {
  // The clock and the holiday are read once per instant: this runs for every table of every result.
  const { wallClock, publicHoliday } = readClock(instant);
  const ranges = rangesOn(hours, wallClock.weekday, publicHoliday);
  let bits = holidayUncertain(hours, publicHoliday) ? HOLIDAY_UNCERTAIN_BIT : 0;
  for (const [from, to] of ranges) if (wallClock.minute >= from && wallClock.minute < to) bits |= OPEN_BIT;
  return bits;
}

/** When something that is closed now opens next, as Belgians read it on a clock. */
export interface NextOpening {
  /** 0 = later today, 1 = tomorrow, … */
  daysAhead: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** Minutes since midnight. */
  minute: number;
}

/**
 * How many days ahead the site looks for the next opening. Six, so a weekday name ("opent maandag")
 * always means this week's day and never today's weekday a week from now.
 */
export const NEXT_OPENING_DAYS = 6;

/**
 * When the first of these hours opens next, within NEXT_OPENING_DAYS; undefined when one of them is open
 * now, when none opens in that time, or when a public holiday on the way makes it uncertain (hours that
 * say nothing about holidays): better no answer than a wrong one. Walks calendar days in Belgian time, so
 * the change to and from summer time neither skips nor repeats a day.
 */
export function nextOpening(hoursList: readonly WeeklyHours[], instant: Date): NextOpening | undefined {
  if (hoursList.length === 0 || hoursList.some((hours) => openStatusAt(hours, instant).open)) return undefined;
  const now = brusselsTime(instant);
  for (let daysAhead = 0; daysAhead <= NEXT_OPENING_DAYS; daysAhead++) {
    const weekday = (now.weekday + daysAhead) % 7;
    const date = { ...addDays(now, daysAhead), weekday };
    const days = hoursList.map((hours) => hoursOnDay(hours, date));
    if (days.some((day) => day.holidayUncertain)) return undefined;
    const starts = days.flatMap((day) => day.ranges.map(([from]) => from)).filter((from) => daysAhead > 0 || from > now.minute);
    if (starts.length > 0) return { daysAhead, weekday, minute: Math.min(...starts) };
  }
  return undefined;
}
