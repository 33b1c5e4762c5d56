/**
 * Turns an OpenStreetMap opening_hours value into the small weekly table the browser evaluates
 * (src/catalogue/opening-hours.ts), so the ~114 KB opening_hours library never reaches the browser.
 *
 * A table can only hold a fixed week plus public holidays. To be sure nothing is lost, every table is
 * compared, day by day for two years, with what opening_hours itself says; a value that needs more
 * (months, dates, week numbers, comments) is refused with a message instead of shown wrongly.
 */
import opening_hours from 'opening_hours';
import { sameRanges } from '../../src/catalogue/describe-hours.ts';
import { hoursOnDay } from '../../src/catalogue/opening-hours.ts';
import type { MinuteRange, WeeklyHours } from '../../src/catalogue/catalogue-types.ts';

/** Where holidays are looked up: Belgium, Flanders (Hasselt). opening_hours knows its 10 public holidays. */
const NOMINATIM = { lat: 50.93, lon: 5.3375, address: { country_code: 'be', state: 'Vlaanderen' } };
/** Severity 4 keeps real mistakes but not the notice that a value says nothing about public holidays:
 * staff often do not know, and must not have to guess. */
const OPTIONS = { mode: 0, tag_key: 'opening_hours', warnings_severity: 4, locale: 'nl' };

/** A week without public holidays around it, used to read the weekly pattern. Monday 16 June 2025. */
const REFERENCE_MONDAY = Date.UTC(2025, 5, 16);
/** A public holiday (Tuesday 11 November 2025), used to read holiday hours. */
const REFERENCE_HOLIDAY = Date.UTC(2025, 10, 11);
const DAY = 24 * 60 * 60 * 1000;
/** More open-and-closed blocks than this in one day is a mistake, and too long a line on a phone. */
export const MAX_RANGES_PER_DAY = 6;

export type HoursResult = { ok: true; hours: WeeklyHours } | { ok: false; message: string; fix: string };

const FIX_EXAMPLE =
  'schrijf zo: "Mo-Fr 09:00-12:00,13:00-17:00; PH off" (dagen in het Engels, uren met minuten). Uitleg in data/README.md.';
const cache = new Map<string, HoursResult>();

/**
 * Checks an opening_hours value and builds its weekly table. `today` (YYYY-MM-DD) sets the two years
 * that are compared: the current and the next calendar year.
 */
export function analyseOpeningHours(value: string, today: string): HoursResult {
  const key = `${today.slice(0, 4)}|${value}`;
  let result = cache.get(key);
  if (!result) {
    result = inUtc(() => analyse(value, Number(today.slice(0, 4))));
    cache.set(key, result);
  }
  return result;
}

/**
 * opening_hours reads dates in the process's local time. UTC has no daylight-saving jumps, so a day is
 * always 24 hours and local times read back as the wall-clock times staff wrote. The zone is switched
 * only while the library runs and then put back: the rest of the process (the build's "today" in
 * Belgium, tests of Belgian time) keeps its own.
 */
function inUtc<T>(work: () => T): T {
  const zone = process.env.TZ;
  process.env.TZ = 'UTC';
  try {
    return work();
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
}

function analyse(value: string, year: number): HoursResult {
  if (/\bSH\b/.test(value)) {
    return {
      ok: false,
      message: `De openingsuren "${value}" gebruiken "SH" (schoolvakanties). Hulp HUB kent de Belgische schoolvakanties niet.`,
      fix: 'haal de regel met "SH" weg en leg de vakantie-uren uit in "hoursNote".',
    };
  }
  // opening_hours turns these into a fixed 06:00-18:00 when it has no place and date to compute them.
  if (/\b(sunrise|sunset|dawn|dusk)\b/i.test(value)) {
    return {
      ok: false,
      message: `De openingsuren "${value}" hangen af van zonsopgang of zonsondergang. Hulp HUB toont alleen vaste uren.`,
      fix: 'schrijf de uren, bv. "Mo-Fr 08:00-18:00", en leg uit in "hoursNote" dat ze met de seizoenen veranderen.',
    };
  }
  let oh: opening_hours;
  try {
    oh = new opening_hours(value, NOMINATIM as never, OPTIONS as never);
  } catch (error) {
    return {
      ok: false,
      message: `De openingsuren "${value}" kan de computer niet lezen: ${explain(String(error instanceof Error ? error.message : error))}`,
      fix: FIX_EXAMPLE,
    };
  }
  const warnings = oh.getWarnings();
  if (warnings.length > 0) {
    return {
      ok: false,
      message: `De openingsuren "${value}" zijn niet in de vaste schrijfwijze: ${explain(warnings.join(' '))}`,
      fix: FIX_EXAMPLE,
    };
  }

  const week: MinuteRange[][] = [];
  for (let weekday = 0; weekday < 7; weekday++) week.push(openRangesOn(oh, REFERENCE_MONDAY + weekday * DAY));
  const hours: WeeklyHours = { week };
  // "24/7" means always, holidays included; other values say something about holidays only with PH.
  if (/\bPH\b/.test(value) || value.trim() === '24/7') hours.publicHolidays = openRangesOn(oh, REFERENCE_HOLIDAY);

  const busiest = Math.max(...hours.week.map((day) => day.length), hours.publicHolidays?.length ?? 0);
  if (busiest > MAX_RANGES_PER_DAY) {
    return {
      ok: false,
      message: `Volgens de openingsuren "${value}" is het op één dag ${busiest} keer open en dicht. Hulp HUB toont hoogstens ${MAX_RANGES_PER_DAY} blokken per dag.`,
      fix: 'schrijf de uren waarop je echt terecht kunt, bv. "Mo-Fr 09:00-12:00,13:00-17:00", en zet de rest in "hoursNote".',
    };
  }
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 2, 0, 1);
  const intervals = oh.getOpenIntervals(new Date(start), new Date(end));
  if (hours.week.every((day) => day.length === 0) && !hours.publicHolidays?.length) {
    return {
      ok: false,
      message: `Volgens de openingsuren "${value}" is het nooit open.`,
      fix: 'kijk de uren na. Is de dienst (tijdelijk) gesloten, leg dat dan uit in "hoursNote" en laat "hours" weg.',
    };
  }
  if (intervals.some((interval) => interval[2])) {
    return {
      ok: false,
      message: `De openingsuren "${value}" bevatten een opmerking of een "onbekend". Hulp HUB kan dan niet zeggen of het nu open is.`,
      fix: 'schrijf alleen dagen en uren, en zet de uitleg (bv. "op afspraak") in "hoursNote".',
    };
  }
  const expectedByDay = splitIntoDays(intervals, start, end);
  for (let day = start, index = 0; day < end; day += DAY, index++) {
    const date = new Date(day);
    const expected = expectedByDay[index];
    const fromTable = hoursOnDay(hours, {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      weekday: (date.getUTCDay() + 6) % 7,
    }).ranges;
    if (!sameRanges(expected, fromTable)) {
      if (/\bPH off\s*;/.test(value)) {
        return {
          ok: false,
          message: `In de openingsuren "${value}" staat nog een regel na "PH off". Die regel geldt dan ook op feestdagen.`,
          fix: 'zet "PH off" als laatste regel, bv. "Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off".',
        };
      }
      return {
        ok: false,
        message: `De openingsuren "${value}" zijn niet elke week hetzelfde (ze hangen af van een datum, maand of weeknummer). Hulp HUB toont alleen een vaste week met feestdagen. Eerste verschil: ${date.toISOString().slice(0, 10)}.`,
        fix: 'schrijf een vaste week, bv. "Mo-Fr 09:00-17:00; PH off", en leg uitzonderingen uit in "hoursNote".',
      };
    }
  }
  return { ok: true, hours };
}

function openRangesOn(oh: opening_hours, dayStart: number): MinuteRange[] {
  return splitIntoDays(oh.getOpenIntervals(new Date(dayStart), new Date(dayStart + DAY)), dayStart, dayStart + DAY)[0];
}

/** Cuts open intervals at midnight into per-day minute ranges, merging ranges that touch. */
function splitIntoDays(intervals: [Date, Date, boolean, string | undefined][], start: number, end: number): MinuteRange[][] {
  const days: MinuteRange[][] = Array.from({ length: Math.round((end - start) / DAY) }, () => []);
  for (const [from, to] of intervals) {
    let cursor = Math.max(from.getTime(), start);
    const stop = Math.min(to.getTime(), end);
    while (cursor < stop) {
      const index = Math.floor((cursor - start) / DAY);
      const dayStart = start + index * DAY;
      const pieceEnd = Math.min(stop, dayStart + DAY);
      const ranges = days[index];
      const range: MinuteRange = [(cursor - dayStart) / 60000, (pieceEnd - dayStart) / 60000];
      const last = ranges[ranges.length - 1];
      if (last && last[1] === range[0]) last[1] = range[1];
      else ranges.push(range);
      cursor = pieceEnd;
    }
  }
  return days;
}

/** What the library's (mostly English) hints mean for staff, for the mistakes they make most. */
const HINTS: [RegExp, string][] = [
  [/without minutes/i, 'schrijf uren altijd met minuten, bv. 09:00-17:00 in plaats van 9-17.'],
  [/hour\/minute-separator/i, 'schrijf een dubbelpunt tussen uur en minuten: 09:00, niet 09.00 of 9u.'],
  [
    /overwrites parts of the previous rule/i,
    'een regel na ";" vervangt alles wat een eerdere regel over die dag zei. Dat gebeurt vaak bij nachturen ("22:00-02:00") samen met "PH off": laat "PH off" dan weg en leg de feestdagen uit in "hoursNote".',
  ],
  [/engelse afkorting|English abbreviation/i, 'schrijf dagen in het Engels: Mo Tu We Th Fr Sa Su.'],
  [
    /Unexpected token/i,
    'er staat een woord of teken dat de computer niet kent. Dagen schrijf je in het Engels (Mo Tu We Th Fr Sa Su), uren als 09:00-17:00.',
  ],
];

/** Turns the library's hints into Dutch; a hint we do not know yet is passed on, marked as English. */
function explain(text: string): string {
  const known = HINTS.filter(([pattern]) => pattern.test(text)).map(([, dutch]) => dutch);
  if (known.length > 0) return [...new Set(known)].join(' ');
  const hint = /<--- \((.*?)\)/s.exec(text)?.[1] ?? text;
  return `(uitleg van de controle, in het Engels: ${hint.split('\n')[0].trim()})`;
}
