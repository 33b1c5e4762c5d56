import { describe, expect, it } from 'vitest';
import { builtCatalogue } from '../../tests/helpers/built-catalogue';
import type { CatalogueProvider, MinuteRange, WeeklyHours } from '../catalogue/catalogue-types';
import { reachableNow } from '../catalogue/provider-facts';
import { OpenNow } from './open-now';

const { catalogue } = builtCatalogue();
const INSTANTS = [
  '2026-11-25T19:00:00Z', // Wednesday 20:00
  '2026-11-25T10:00:00Z', // Wednesday 11:00
  '2026-11-28T23:30:00Z', // Sunday 00:30
  '2026-12-25T10:00:00Z', // Christmas, a public holiday
  '2026-11-11T10:00:00Z', // Armistice Day, a public holiday
].map((iso) => new Date(iso));

const day = (ranges: MinuteRange[]) => ranges;
const provider = (id: string, hours: WeeklyHours[]): CatalogueProvider => ({
  id,
  name: id,
  summary: { nl: 'Verzonnen dienst voor tests.' },
  themes: [],
  area: 'flanders',
  phones: hours.map((table) => ({ display: '0000', href: 'tel:0000', hours: table })),
  chats: [],
  emails: [],
  videos: [],
  locations: [],
  factDates: {},
});

describe('open now for a whole catalogue at once', () => {
  it('says what reachableNow says for every provider, at every instant, also on public holidays', () => {
    const openNow = new OpenNow(catalogue.providers);
    for (const now of INSTANTS) {
      // Twice: the second answer comes from what it kept for the instant.
      for (let round = 0; round < 2; round++) {
        catalogue.providers.forEach((p, at) =>
          expect(openNow.reachable(at, now), `${p.id} ${now.toISOString()}`).toEqual(reachableNow(p, now)),
        );
      }
    }
    expect(catalogue.providers.map((_, at) => openNow.reachable(at, undefined).open)).toEqual(catalogue.providers.map(() => undefined));
  });

  it('keeps tables apart that differ only in their holiday hours, or in one minute', () => {
    const office = Array.from({ length: 7 }, (_, weekday) => day(weekday < 5 ? [[540, 1020]] : []));
    const providers = [
      provider('fictief-a', [{ week: office }]),
      provider('fictief-b', [{ week: office, publicHolidays: [] }]),
      provider('fictief-c', [{ week: office.map((ranges) => ranges.map(([from, to]): MinuteRange => [from, to + 1])) }]),
    ];
    const openNow = new OpenNow(providers);
    const christmasMorning = new Date('2026-12-25T10:00:00Z'); // a Friday
    const fridayFive = new Date('2026-11-27T16:00:00Z'); // 17:00 in Brussels
    for (const now of [christmasMorning, fridayFive]) {
      providers.forEach((p, at) => expect(openNow.reachable(at, now), p.id).toEqual(reachableNow(p, now)));
    }
    expect(openNow.reachable(0, christmasMorning)).toEqual({ open: true, holidayUncertain: true });
    expect(openNow.reachable(1, christmasMorning)).toEqual({ open: false, holidayUncertain: false });
    expect([0, 2].map((at) => openNow.reachable(at, fridayFive).open)).toEqual([false, true]);
  });
});
