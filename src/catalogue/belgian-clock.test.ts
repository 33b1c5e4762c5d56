import { describe, expect, it } from 'vitest';
import { belgianWallClock } from './belgian-clock';

/** The Belgian wall clock as the time-zone data of Intl (Node's ICU) gives it. */
const intlClock = new Intl.DateTimeFormat('en-GB', {
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

function byIntl(instant: Date) {
  const parts = Object.fromEntries(intlClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const HOUR = 3_600_000;

/** Where our clock and Intl's disagree, at each of `instants` (the first few, to read in a failure). */
function disagreements(instants: Iterable<number>): string[] {
  const differences: string[] = [];
  for (const time of instants) {
    const instant = new Date(time);
    const ours = JSON.stringify(belgianWallClock(instant));
    const theirs = JSON.stringify(byIntl(instant));
    if (ours !== theirs) differences.push(`${instant.toISOString()}: ${ours} ≠ ${theirs}`);
  }
  return differences.slice(0, 5);
}

/** Instants from `start` (inclusive) to `end` (exclusive), `step` apart. */
function* every(step: number, start: number, end: number): Generator<number> {
  for (let time = start; time < end; time += step) yield time;
}

describe('belgianWallClock: the Belgian clock without Intl', () => {
  it('agrees with the time-zone data for every hour from 2025 to 2028', () => {
    expect(disagreements(every(HOUR, Date.UTC(2025, 0, 1), Date.UTC(2029, 0, 1)))).toEqual([]);
  });

  it('agrees around every change of clocks from 1996 to 2037', () => {
    function* lastWeeksOfMarchAndOctober() {
      for (let year = 1996; year <= 2037; year++) {
        for (const month of [3, 10]) {
          // Every quarter of an hour of the last eight days: the clocks change on one of their nights.
          const start = Date.UTC(year, month - 1, 24);
          yield* every(HOUR / 4, start, start + 8 * 24 * HOUR);
        }
      }
    }
    expect(disagreements(lastWeeksOfMarchAndOctober())).toEqual([]);
  });

  it('changes at 01:00 UTC: 02:00 becomes 03:00 in March, 03:00 becomes 02:00 in October', () => {
    expect(belgianWallClock(new Date('2026-03-29T00:59:00Z')).minute).toBe(1 * 60 + 59);
    expect(belgianWallClock(new Date('2026-03-29T01:00:00Z')).minute).toBe(3 * 60);
    expect(belgianWallClock(new Date('2026-10-25T00:59:00Z')).minute).toBe(2 * 60 + 59);
    expect(belgianWallClock(new Date('2026-10-25T01:00:00Z')).minute).toBe(2 * 60);
  });

  it('turns the date and the weekday at Belgian midnight', () => {
    expect(belgianWallClock(new Date('2026-11-30T22:59:00Z'))).toEqual({
      year: 2026,
      month: 11,
      day: 30,
      weekday: 0,
      minute: 23 * 60 + 59,
    });
    expect(belgianWallClock(new Date('2026-11-30T23:00:00Z'))).toEqual({ year: 2026, month: 12, day: 1, weekday: 1, minute: 0 });
    expect(belgianWallClock(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1, day: 1, weekday: 4, minute: 30 });
  });
});
