/**
 * Belgium's ten public holidays (wettelijke feestdagen), computed so the site stays right in any year
 * without a rebuild. Checked against the opening_hours library in belgian-holidays.test.ts.
 */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm). */
function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The calendar date `days` later (or earlier): counts days, not hours, so a DST change cannot skip one. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

const cache = new Map<number, Set<string>>();

/** All public holidays of a year as "M-D" keys. */
function holidaysOf(year: number): Set<string> {
  let holidays = cache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    const fixed: [number, number][] = [
      [1, 1], // Nieuwjaar
      [5, 1], // Dag van de Arbeid
      [7, 21], // Nationale feestdag
      [8, 15], // O.L.V.-Hemelvaart
      [11, 1], // Allerheiligen
      [11, 11], // Wapenstilstand
      [12, 25], // Kerstmis
    ];
    const moving = [1, 39, 50].map((offset) => addDays(easter, offset)); // Paasmaandag, O.L.H.-Hemelvaart, Pinkstermaandag
    holidays = new Set([...fixed.map(([m, d]) => `${m}-${d}`), ...moving.map((d) => `${d.month}-${d.day}`)]);
    cache.set(year, holidays);
  }
  return holidays;
}

export function isBelgianPublicHoliday(date: CalendarDate): boolean {
  return holidaysOf(date.year).has(`${date.month}-${date.day}`);
}
