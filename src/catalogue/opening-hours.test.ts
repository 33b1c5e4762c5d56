/**
 * When a closed place opens next, in Belgian time, at fixed instants (the tests run in UTC, as CI does).
 * November 2026 is winter time (UTC+1); summer time runs from 29 March to 25 October 2026 (UTC+2).
 */
import { describe, expect, it } from 'vitest';
import type { MinuteRange, WeeklyHours } from './catalogue-types';
import { NEXT_OPENING_DAYS, nextOpening, openStatusAt } from './opening-hours';

const h = (hour: number, minute = 0) => hour * 60 + minute;
const OFFICE: MinuteRange[] = [
  [h(9), h(12)],
  [h(13), h(17)],
];
/** Monday to Friday 9:00–12:00 and 13:00–17:00; nothing said about public holidays. */
const WEEKDAYS: WeeklyHours = { week: [OFFICE, OFFICE, OFFICE, OFFICE, OFFICE, [], []] };
const ALWAYS: WeeklyHours = { week: Array.from({ length: 7 }, (): MinuteRange[] => [[0, 1440]]), publicHolidays: [[0, 1440]] };
const at = (iso: string) => new Date(iso);

describe('nextOpening', () => {
  it('says later today: over lunch and before the morning opening (Wednesday 25 November)', () => {
    expect(nextOpening([WEEKDAYS], at('2026-11-25T11:30:00Z'))).toEqual({ daysAhead: 0, weekday: 2, minute: h(13) }); // 12:30
    expect(nextOpening([WEEKDAYS], at('2026-11-25T06:00:00Z'))).toEqual({ daysAhead: 0, weekday: 2, minute: h(9) }); // 7:00
    expect(nextOpening([WEEKDAYS], at('2026-11-25T11:59:00Z'))).toEqual({ daysAhead: 0, weekday: 2, minute: h(13) }); // 12:59
  });

  it('says tomorrow after closing time, also a minute before midnight', () => {
    expect(nextOpening([WEEKDAYS], at('2026-11-25T17:00:00Z'))).toEqual({ daysAhead: 1, weekday: 3, minute: h(9) }); // Wed 18:00
    expect(nextOpening([WEEKDAYS], at('2026-11-25T22:59:00Z'))).toEqual({ daysAhead: 1, weekday: 3, minute: h(9) }); // Wed 23:59
  });

  it('skips the weekend: Friday evening and Saturday open on Monday', () => {
    expect(nextOpening([WEEKDAYS], at('2026-11-27T17:00:00Z'))).toEqual({ daysAhead: 3, weekday: 0, minute: h(9) }); // Fri 18:00
    expect(nextOpening([WEEKDAYS], at('2026-11-28T11:00:00Z'))).toEqual({ daysAhead: 2, weekday: 0, minute: h(9) }); // Sat 12:00
  });

  it('is nothing while open', () => {
    expect(nextOpening([WEEKDAYS], at('2026-11-25T09:00:00Z'))).toBeUndefined(); // Wed 10:00
    expect(nextOpening([WEEKDAYS], at('2026-11-25T08:00:00Z'))).toBeUndefined(); // Wed 9:00 sharp
  });

  it('counts calendar days across the change to summer time (Sunday 29 March 2026)', () => {
    const sundays: WeeklyHours = { week: [OFFICE, OFFICE, OFFICE, OFFICE, OFFICE, [], [[h(10), h(16)]]] };
    // Saturday 23:30 winter time: 24 hours later is already Monday 00:30 summer time, but Sunday comes first.
    expect(nextOpening([sundays], at('2026-03-28T22:30:00Z'))).toEqual({ daysAhead: 1, weekday: 6, minute: h(10) });
    // Sunday 01:30, half an hour before the clocks jump from 2:00 to 3:00.
    expect(nextOpening([sundays], at('2026-03-29T00:30:00Z'))).toEqual({ daysAhead: 0, weekday: 6, minute: h(10) });
    // Saturday 20:00: Monday, two calendar days on, although only 47 hours away.
    expect(nextOpening([WEEKDAYS], at('2026-03-28T19:00:00Z'))).toEqual({ daysAhead: 2, weekday: 0, minute: h(9) });
  });

  it('counts calendar days across the change to winter time (Sunday 25 October 2026)', () => {
    // Saturday 00:30 summer time; the Sunday has 25 hours. Monday is still two calendar days on.
    expect(nextOpening([WEEKDAYS], at('2026-10-23T22:30:00Z'))).toEqual({ daysAhead: 2, weekday: 0, minute: h(9) });
    // Sunday 02:30 happens twice; both times Monday 9:00 is tomorrow.
    expect(nextOpening([WEEKDAYS], at('2026-10-25T00:30:00Z'))).toEqual({ daysAhead: 1, weekday: 0, minute: h(9) });
    expect(nextOpening([WEEKDAYS], at('2026-10-25T01:30:00Z'))).toEqual({ daysAhead: 1, weekday: 0, minute: h(9) });
    // Sunday 23:30 winter time: tomorrow, not the day after.
    expect(nextOpening([WEEKDAYS], at('2026-10-25T22:30:00Z'))).toEqual({ daysAhead: 1, weekday: 0, minute: h(9) });
  });

  it('skips a public holiday when the hours say they are closed then (Wapenstilstand, Wednesday 11 November 2026)', () => {
    const closedOnHolidays: WeeklyHours = { ...WEEKDAYS, publicHolidays: [] };
    expect(nextOpening([closedOnHolidays], at('2026-11-10T17:00:00Z'))).toEqual({ daysAhead: 2, weekday: 3, minute: h(9) }); // Tue 18:00
    expect(nextOpening([closedOnHolidays], at('2026-11-11T09:00:00Z'))).toEqual({ daysAhead: 1, weekday: 3, minute: h(9) }); // Wed 10:00
  });

  it("uses the holiday's own hours when the data gives them", () => {
    const holidayMorning: WeeklyHours = { ...WEEKDAYS, publicHolidays: [[h(10), h(12)]] };
    expect(nextOpening([holidayMorning], at('2026-11-10T17:00:00Z'))).toEqual({ daysAhead: 1, weekday: 2, minute: h(10) });
  });

  it('says nothing when a public holiday on the way makes it uncertain (hours that say nothing about holidays)', () => {
    expect(nextOpening([WEEKDAYS], at('2026-11-10T17:00:00Z'))).toBeUndefined(); // Tue 18:00, tomorrow is a holiday
    expect(nextOpening([WEEKDAYS], at('2026-11-11T06:00:00Z'))).toBeUndefined(); // the holiday itself, 7:00
    // Once the holiday is behind, it is known again.
    expect(nextOpening([WEEKDAYS], at('2026-11-11T23:30:00Z'))).toEqual({ daysAhead: 0, weekday: 3, minute: h(9) }); // Thu 0:30
  });

  it('says nothing for hours that never open', () => {
    const never: WeeklyHours = { week: Array.from({ length: 7 }, (): MinuteRange[] => []), publicHolidays: [] };
    expect(nextOpening([never], at('2026-11-25T17:00:00Z'))).toBeUndefined();
    expect(nextOpening([], at('2026-11-25T17:00:00Z'))).toBeUndefined();
  });

  it(`looks ${NEXT_OPENING_DAYS} days ahead, so a weekday name never means a week from today`, () => {
    const wednesdays: WeeklyHours = { week: [[], [], [[h(14), h(17)]], [], [], [], []], publicHolidays: [] };
    expect(nextOpening([wednesdays], at('2026-11-26T10:00:00Z'))).toEqual({ daysAhead: 6, weekday: 2, minute: h(14) }); // Thursday
    expect(nextOpening([wednesdays], at('2026-11-25T17:00:00Z'))).toBeUndefined(); // Wednesday 18:00: seven days on
  });

  it('takes the first of several ways in, and an uncertain one blocks the answer', () => {
    const chat: WeeklyHours = { week: Array.from({ length: 7 }, (): MinuteRange[] => [[h(19), h(22)]]), publicHolidays: [[h(19), h(22)]] };
    expect(nextOpening([WEEKDAYS, chat], at('2026-11-25T17:00:00Z'))).toEqual({ daysAhead: 0, weekday: 2, minute: h(19) }); // Wed 18:00
    expect(nextOpening([WEEKDAYS, chat], at('2026-11-25T22:00:00Z'))).toEqual({ daysAhead: 1, weekday: 3, minute: h(9) }); // Wed 23:00
    expect(nextOpening([WEEKDAYS, chat], at('2026-11-25T19:00:00Z'))).toBeUndefined(); // Wed 20:00: the chat is open
    // Tuesday 23:00 before Wapenstilstand: the chat opens at 19:00, but the office might open earlier that day.
    expect(nextOpening([WEEKDAYS, chat], at('2026-11-10T22:00:00Z'))).toBeUndefined();
  });

  it('finds an overnight opening a week round (Friday 18:00 to Saturday 8:00)', () => {
    const nights: WeeklyHours = { week: [[], [], [], [], [[h(18), 1440]], [[0, h(8)]], []], publicHolidays: [] };
    expect(nextOpening([nights], at('2026-11-28T02:00:00Z'))).toBeUndefined(); // Sat 3:00, open
    expect(nextOpening([nights], at('2026-11-28T09:00:00Z'))).toEqual({ daysAhead: 6, weekday: 4, minute: h(18) }); // Sat 10:00
  });

  it('never has a 24/7 line closed, not even in the hours the clocks change', () => {
    for (const iso of [
      '2026-03-29T00:59:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-11-11T12:00:00Z',
    ]) {
      expect(openStatusAt(ALWAYS, at(iso)).open).toBe(true);
      expect(nextOpening([ALWAYS], at(iso))).toBeUndefined();
    }
  });
});
