import { describe, expect, it } from 'vitest';
import type { CatalogueProvider } from './catalogue-types';
import { currentUntil, factAge, factDatesFromSources, newest } from './fact-age';
import { markOldFactsOf } from './old-facts';

const TODAY = '2026-11-22';
const week = { week: [[[540, 1020]], [], [], [], [], [], []] as [number, number][][] };

describe('factAge: when a number, hours or a promise may be shown as current', () => {
  it('dates a fact by its sources, and calls it old after 3 years to the day', () => {
    expect(factAge({ factDates: { phone: '2023-11-22' } }, 'phone', TODAY)).toEqual({ current: true, date: '2023-11-22' });
    expect(factAge({ factDates: { phone: '2023-11-21' } }, 'phone', TODAY)).toEqual({ current: false, date: '2023-11-21' });
    expect(currentUntil('2023-11-22')).toBe('2026-11-22');
  });

  it('counts a month or a year from its first day: the earliest the page can be', () => {
    expect(factAge({ factDates: { phone: '2023-12' } }, 'phone', TODAY).current).toBe(true);
    expect(factAge({ factDates: { phone: '2023-11' } }, 'phone', TODAY).current).toBe(false);
    expect(factAge({ factDates: { phone: '2024' } }, 'phone', TODAY).current).toBe(true);
    expect(factAge({ factDates: { phone: '2023' } }, 'phone', TODAY).current).toBe(false);
    expect(currentUntil('2024')).toBe('2027-01-01');
    // A leap day: the same last day in factAge and currentUntil.
    expect(currentUntil('2024-02-29')).toBe('2027-02-28');
    expect(factAge({ factDates: { phone: '2024-02-29' } }, 'phone', '2027-02-28').current).toBe(true);
    expect(factAge({ factDates: { phone: '2024-02-29' } }, 'phone', '2027-03-01').current).toBe(false);
  });

  it('never calls an undated fact current, unless someone verified it', () => {
    expect(factAge({ factDates: { 'chat-hours': null } }, 'chat-hours', TODAY)).toEqual({ current: false });
    expect(factAge({ factDates: { 'chat-hours': null }, verification: { date: '2026-10-01' } }, 'chat-hours', TODAY)).toEqual({
      current: true,
      date: '2026-10-01',
    });
    expect(factAge({ factDates: { 'chat-hours': '2019' }, verification: { date: '2022-05-01' } }, 'chat-hours', TODAY).current).toBe(false);
  });

  it('keeps the crisis lane numbers current (they are fixed in code), but not their other facts', () => {
    expect(factAge({ crisisLane: 3, factDates: { phone: '2017', free: '2017' } }, 'phone', TODAY).current).toBe(true);
    expect(factAge({ crisisLane: 3, factDates: { phone: '2017', free: '2017' } }, 'free', TODAY).current).toBe(false);
  });

  it('dates each way in by its own sources: a new page about the phone does not make old chat hours current', () => {
    const sources = [
      { pageDate: '2025-03', confirms: ['phone', 'phone-hours'] as const },
      { pageDate: '2019-12', confirms: ['chat-hours'] as const },
      { pageDate: '2024-02', confirms: ['free'] as const },
      { confirms: ['anonymous'] as const },
    ];
    const published = new Map([
      ['phone', 1],
      ['phone-hours', 1],
      ['chat-hours', 1],
      ['free', 1],
      ['anonymous', 1],
      ['place-hours', 1],
    ] as const);
    expect(factDatesFromSources(published, sources)).toEqual({
      phone: '2025-03',
      'phone-hours': '2025-03',
      'chat-hours': '2019-12',
      free: '2024-02',
      anonymous: null,
      // Published, but no source confirms it: undated (the check refuses it unless someone verified).
      'place-hours': null,
    });
  });

  it('dates several numbers by their oldest source: we cannot tell which page names which number', () => {
    const sources = [
      { pageDate: '2018-06', confirms: ['phone'] as const },
      { pageDate: '2024-10', confirms: ['phone'] as const },
    ];
    expect(factDatesFromSources(new Map([['phone', 1]] as const), sources)).toEqual({ phone: '2024-10' });
    expect(factDatesFromSources(new Map([['phone', 2]] as const), sources)).toEqual({ phone: '2018-06' });
    expect(factDatesFromSources(new Map([['phone', 2]] as const), [...sources, { confirms: ['phone'] as const }])).toEqual({ phone: null });
    expect(newest('2024', '2024-06')).toBe('2024');
    expect(newest('2024-06-30', '2024-07')).toBe('2024-07');
  });
});

describe('markOldFactsOf: old facts are marked when the catalogue loads', () => {
  const provider = (factDates: CatalogueProvider['factDates']): CatalogueProvider => ({
    id: 'fictief',
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
    factDates,
  });

  it('moves old hours out of reach of "open now", way by way, and names the old facts', () => {
    const marked = markOldFactsOf(
      provider({ phone: '2019-12', 'phone-hours': '2025-01', 'chat-hours': '2019-12', free: '2025-01' }),
      TODAY,
    );
    expect(marked.oldFacts).toEqual({ phone: { current: false, date: '2019-12' }, 'chat-hours': { current: false, date: '2019-12' } });
    expect(marked.phones[0].hours).toEqual(week);
    expect(marked.chats[0]).toMatchObject({ datedHours: week });
    expect(marked.chats[0].hours).toBeUndefined();
  });

  it('leaves a provider with current facts as it is', () => {
    const current = provider({ phone: '2025-01', 'phone-hours': '2025-01', 'chat-hours': '2025-01', free: '2025-01' });
    expect(markOldFactsOf(current, TODAY)).toBe(current);
  });

  it('keeps "day and night" on an always-open crisis line, whatever its sources', () => {
    const line = {
      ...provider({ phone: '2021-11', 'phone-hours': '2021-11', 'chat-hours': '2021-11' }),
      crisisLane: 2,
      crisisLaneAlwaysOpen: true as const,
    };
    const marked = markOldFactsOf(line, TODAY);
    expect(marked.phones[0].hours).toEqual(week);
    expect(marked.chats[0].hours).toBeUndefined();
    expect(marked.oldFacts?.phone).toBeUndefined();
  });
});
