import { describe, expect, it } from 'vitest';
import type { CatalogueProvider } from './catalogue-types';
import { factAge, factDatesFromSources, newest } from './fact-age';
import { markOldFactsOf } from './old-facts';

const TODAY = '2026-11-22';
const week = { week: [[[540, 1020]], [], [], [], [], [], []] as [number, number][][] };

describe('factAge: when a number, hours or a promise may be shown as current', () => {
  it('dates a fact by its newest confirming source, and calls it old after 3 years to the day', () => {
    expect(factAge({ factDates: { phone: '2023-11-22' } }, 'phone', TODAY)).toEqual({ current: true, date: '2023-11-22' });
    expect(factAge({ factDates: { phone: '2023-11-21' } }, 'phone', TODAY)).toEqual({ current: false, date: '2023-11-21' });
    // A month or a year counts until its last day.
    expect(factAge({ factDates: { phone: '2023-11' } }, 'phone', TODAY).current).toBe(true);
    expect(factAge({ factDates: { phone: '2023' } }, 'phone', TODAY).current).toBe(true);
    expect(factAge({ factDates: { phone: '2022' } }, 'phone', TODAY).current).toBe(false);
  });

  it('never calls an undated fact current, unless someone verified it', () => {
    expect(factAge({ factDates: { hours: null } }, 'hours', TODAY)).toEqual({ current: false });
    expect(factAge({ factDates: { hours: null }, verification: { date: '2026-10-01' } }, 'hours', TODAY)).toEqual({
      current: true,
      date: '2026-10-01',
    });
    expect(factAge({ factDates: { hours: '2019' }, verification: { date: '2022-05-01' } }, 'hours', TODAY).current).toBe(false);
  });

  it('keeps the crisis lane numbers current (they are fixed in code), but not their other facts', () => {
    expect(factAge({ crisisLane: 3, factDates: { phone: '2017', free: '2017' } }, 'phone', TODAY).current).toBe(true);
    expect(factAge({ crisisLane: 3, factDates: { phone: '2017', free: '2017' } }, 'free', TODAY).current).toBe(false);
  });

  it('takes the newest page date of the sources that confirm each fact, null when they have none', () => {
    const sources = [
      { pageDate: '2019-12', confirms: ['phone', 'hours'] as const },
      { pageDate: '2024-02', confirms: ['free'] as const },
      { confirms: ['anonymous', 'phone'] as const },
      { pageDate: '2025' },
    ];
    expect(factDatesFromSources(['phone', 'hours', 'free', 'anonymous'], sources)).toEqual({
      phone: '2019-12',
      hours: '2019-12',
      free: '2024-02',
      anonymous: null,
    });
    expect(newest('2024', '2024-06')).toBe('2024');
    expect(newest('2024-06-30', '2024-07')).toBe('2024-07');
  });
});

describe('markOldFactsOf: old facts are marked when the catalogue loads', () => {
  const provider = (factDates: CatalogueProvider['factDates'], id = 'fictief'): CatalogueProvider => ({
    id,
    name: 'Fictief (testdata)',
    summary: { nl: 'Testdata.' },
    themes: ['pesten'],
    area: 'flanders',
    free: true,
    phones: [{ display: '011 00 12 34', href: 'tel:+3211001234', hours: week }],
    chats: [{ href: 'https://testdata.example.org/chat', hours: week }],
    emails: [],
    videos: [],
    locations: [],
    sources: [{ url: 'https://testdata.example.org' }],
    factDates,
  });

  it('moves old hours out of reach of "open now" and names the old facts', () => {
    const marked = markOldFactsOf(provider({ phone: '2019-12', hours: '2019-12', free: '2025-01' }), TODAY);
    expect(marked.oldFacts).toEqual({ phone: { current: false, date: '2019-12' }, hours: { current: false, date: '2019-12' } });
    expect(marked.phones[0]).toMatchObject({ datedHours: week });
    expect(marked.phones[0].hours).toBeUndefined();
    expect(marked.chats[0].hours).toBeUndefined();
  });

  it('leaves a provider with current facts as it is', () => {
    const current = provider({ phone: '2025-01', hours: '2025-01', free: '2025-01' });
    expect(markOldFactsOf(current, TODAY)).toBe(current);
  });

  it('keeps "day and night" on an always-open crisis line, whatever its sources', () => {
    const line = { ...provider({ phone: '2021-11', hours: '2021-11' }), crisisLane: 2, crisisLaneAlwaysOpen: true as const };
    const marked = markOldFactsOf(line, TODAY);
    expect(marked.phones[0].hours).toEqual(week);
    expect(marked.chats[0].hours).toBeUndefined();
    expect(marked.oldFacts?.phone).toBeUndefined();
  });
});
