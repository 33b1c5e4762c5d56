import { describe, expect, it } from 'vitest';
import { dateInBelgium, isStale, periodEnd, periodStart } from './staleness';

describe('isStale: one rule for the data checker and the provider page', () => {
  it('counts days, so a check 13 months ago is old even within the same calendar month count', () => {
    // The checker and the page once disagreed on exactly this date: one counted days, the other months.
    expect(isStale('2025-11-01', '2026-11-30')).toBe(true);
    expect(isStale('2025-11-30', '2026-11-30')).toBe(false);
    expect(isStale('2025-11-29', '2026-11-30')).toBe(true);
  });

  it('counts a partial date from the end of the period it names', () => {
    expect(isStale('2025-11', '2026-11-30')).toBe(false);
    expect(isStale('2025-10', '2026-11-30')).toBe(true);
    expect(isStale('2025', '2026-12-31')).toBe(false);
    expect(isStale('2025', '2027-01-01')).toBe(true);
  });

  it('handles a leap day today', () => {
    expect(isStale('2027-02-28', '2028-02-29')).toBe(false);
    expect(isStale('2027-02-27', '2028-02-29')).toBe(true);
  });
});

describe('dates', () => {
  it('takes the date in Belgium, not in UTC', () => {
    expect(dateInBelgium(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(dateInBelgium(new Date('2026-07-31T21:59:00Z'))).toBe('2026-07-31');
    expect(dateInBelgium(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
  });

  it('names the first and last day of a partial date', () => {
    expect(periodStart('2024-03')).toBe('2024-03-01');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2024')).toBe('2024-12-31');
    expect(periodEnd('2024-05-06')).toBe('2024-05-06');
  });
});
