import opening_hours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { isBelgianPublicHoliday } from './belgian-holidays';

describe('Belgian public holidays', () => {
  it('match the opening_hours library for every day from 2024 to 2040', () => {
    const ph = new opening_hours('PH', { lat: 50.93, lon: 5.34, address: { country_code: 'be', state: 'Vlaanderen' } } as never);
    const expected = ph
      .getOpenIntervals(new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2041, 0, 1)))
      .map(([from]) => from.toISOString().slice(0, 10));
    const computed: string[] = [];
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2041, 0, 1); day += 86_400_000) {
      const date = new Date(day);
      if (isBelgianPublicHoliday({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })) {
        computed.push(date.toISOString().slice(0, 10));
      }
    }
    expect(expected).toHaveLength(170);
    expect(computed).toEqual(expected);
  });
});
