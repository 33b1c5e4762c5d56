import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStatusAt } from '../../src/catalogue/opening-hours.ts';
import type { WeeklyHours } from '../../src/catalogue/catalogue-types.ts';
import { analyseOpeningHours } from './opening-hours-table.ts';

const table = (value: string): WeeklyHours => {
  const result = analyseOpeningHours(value, '2026-11-22');
  if (!result.ok) throw new Error(result.message);
  return result.hours;
};
/** An instant given as Belgian wall-clock time (CET in winter = UTC+1, CEST in summer = UTC+2). */
const brussels = (iso: string, offset: '+01:00' | '+02:00') => new Date(`${iso}${offset}`);

describe('weekly tables from opening_hours values', () => {
  it('keeps split hours on the same day', () => {
    expect(table('Mo-Fr 09:00-12:00,13:00-17:00; PH off').week[0]).toEqual([
      [540, 720],
      [780, 1020],
    ]);
  });

  it('splits overnight hours at midnight', () => {
    const hours = table('Fr 19:00-24:00; Sa,Su 00:00-24:00; Mo 00:00-08:00');
    expect(hours.week[4]).toEqual([[1140, 1440]]);
    expect(hours.week[0]).toEqual([[0, 480]]);
    expect(hours.publicHolidays).toBeUndefined();
  });

  it('reads holiday hours only when the value names PH', () => {
    expect(table('Mo-Fr 09:00-17:00; PH 10:00-12:00').publicHolidays).toEqual([[600, 720]]);
    expect(table('Mo-Fr 09:00-17:00; PH off').publicHolidays).toEqual([]);
  });
});

describe('open now, evaluated in Belgian time', () => {
  it('is open in the middle of split hours and closed over lunch', () => {
    const hours = table('Mo-Fr 09:00-12:00,13:00-17:00; PH off');
    expect(openStatusAt(hours, brussels('2026-11-23T11:59', '+01:00')).open).toBe(true);
    expect(openStatusAt(hours, brussels('2026-11-23T12:30', '+01:00')).open).toBe(false);
  });

  it("uses Belgian time, not the phone's or the server's (UTC)", () => {
    const hours = table('Mo-Fr 09:00-17:00; PH off');
    // 08:30 UTC in summer is 10:30 in Brussels: open. 16:30 UTC in winter is 17:30 in Brussels: closed.
    expect(openStatusAt(hours, new Date('2026-06-15T08:30:00Z')).open).toBe(true);
    expect(openStatusAt(hours, new Date('2026-11-23T16:30:00Z')).open).toBe(false);
  });

  it('stays open across midnight for overnight hours', () => {
    const hours = table('Fr 19:00-24:00; Sa,Su 00:00-24:00; Mo 00:00-08:00');
    expect(openStatusAt(hours, brussels('2026-11-27T23:59', '+01:00')).open).toBe(true); // Friday night
    expect(openStatusAt(hours, brussels('2026-11-30T07:59', '+01:00')).open).toBe(true); // Monday morning
    expect(openStatusAt(hours, brussels('2026-11-30T08:00', '+01:00')).open).toBe(false);
  });

  it('is always open for 24/7, holidays included', () => {
    const hours = table('24/7');
    expect(openStatusAt(hours, brussels('2026-12-25T03:00', '+01:00'))).toEqual({ open: true, holidayUncertain: false });
  });

  it('is closed on a Belgian public holiday when the value says PH off', () => {
    const hours = table('Mo-Fr 09:00-17:00; PH off');
    // 11 November 2026 is a Wednesday and Wapenstilstand.
    expect(openStatusAt(hours, brussels('2026-11-11T10:00', '+01:00'))).toEqual({ open: false, holidayUncertain: false });
    expect(openStatusAt(hours, brussels('2026-11-12T10:00', '+01:00')).open).toBe(true);
  });

  it('flags a holiday as uncertain when the value says nothing about holidays', () => {
    const hours = table('Mo-Fr 09:00-17:00');
    expect(openStatusAt(hours, brussels('2026-11-11T10:00', '+01:00'))).toEqual({ open: true, holidayUncertain: true });
  });
});

describe('the time zone', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it("is the process's own before and after loading and using the module", async () => {
    process.env.TZ = 'Europe/Brussels';
    vi.resetModules();
    const fresh = await import('./opening-hours-table.ts');
    expect(process.env.TZ).toBe('Europe/Brussels');
    // A year with a daylight-saving change in spring and autumn, checked day by day.
    const result = fresh.analyseOpeningHours('Mo-Fr 09:00-17:00; Sa 22:00-02:00', '2026-03-29');
    expect(process.env.TZ).toBe('Europe/Brussels');
    expect(result).toEqual({
      ok: true,
      hours: { week: [[[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[1320, 1440]], [[0, 120]]] },
    });
  });
});
