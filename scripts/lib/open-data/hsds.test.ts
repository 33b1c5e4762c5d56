/**
 * The HSDS 3.0 export, on fictional catalogues: every object validates against the HSDS schemas (encoded in
 * tests/helpers/hsds-schema.ts), every provider, place and phone is there, identifiers stay the same
 * between runs, and the schedules give back the opening hours of every day of the week.
 */
import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '../../../src/catalogue/catalogue-types.ts';
import { providerWithEveryField, temporaryFolder, TODAY, writeDataFolder } from '../../../tests/helpers/data-folder.ts';
import { HSDS_SCHEMAS, hsdsTableViolations, hsdsViolations } from '../../../tests/helpers/hsds-schema.ts';
import { writeFixtureCatalogue } from '../../data-fixtures.ts';
import { checkDataFolder, type CheckResult } from '../check-data.ts';
import type { CheckedProvider } from '../checked-provider.ts';
import { analyseOpeningHours } from '../opening-hours-table.ts';
import { hsdsFiles, hsdsTables, nestedServices, weeklySchedules, type HsdsTables } from './hsds.ts';
import { stableUuid } from './stable-uuid.ts';

function checked(dataDir: string): CheckResult {
  const result = checkDataFolder(dataDir, { today: TODAY });
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return result;
}

const fixture = (() => {
  let result: CheckResult | undefined;
  return () => {
    if (!result) {
      const dataDir = temporaryFolder('hulphub-hsds-');
      writeFixtureCatalogue(dataDir, 300);
      result = checked(dataDir);
    }
    return result;
  };
})();

const everyField = () => checked(writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() }));

/** Minutes of "HH:MM"; 23:59 as a closing time is the end of the day (HSDS's advice for 24 hours). */
function minutes(time: string, closing: boolean): number {
  const [hours, mins] = time.split(':').map(Number);
  const value = hours * 60 + mins;
  return closing && value === 24 * 60 - 1 ? 24 * 60 : value;
}

/** The week the schedules describe: for each day Monday to Sunday, its opening times. */
function weekOf(schedules: Record<string, unknown>[]): [number, number][][] {
  const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const week: [number, number][][] = days.map(() => []);
  for (const schedule of schedules) {
    if (schedule.byday === undefined) continue;
    expect(schedule.freq).toBe('WEEKLY');
    for (const day of String(schedule.byday).split(',')) {
      week[days.indexOf(day)].push([minutes(String(schedule.opens_at), false), minutes(String(schedule.closes_at), true)]);
    }
  }
  return week.map((ranges) => ranges.sort((a, b) => a[0] - b[0]));
}

const endOfDay = (hours: WeeklyHours) =>
  hours.week.map((ranges) => ranges.map(([from, to]): [number, number] => [from, to === 24 * 60 - 1 ? 24 * 60 : to]));

const hoursOf = (text: string): WeeklyHours => {
  const result = analyseOpeningHours(text, TODAY);
  if (!result.ok) throw new Error(result.message);
  return result.hours;
};

describe('HSDS 3.0 export', () => {
  it('every object validates against the HSDS 3.0 schemas, in tables and nested', () => {
    for (const { providers, vocabulary } of [fixture(), everyField()]) {
      const tables = hsdsTables(providers, vocabulary);
      expect(hsdsTableViolations(tables)).toEqual([]);
      const nested = nestedServices(tables);
      const violations = nested.flatMap((service) => [
        ...hsdsViolations('service', service),
        ...hsdsViolations('organization', service.organization as Record<string, unknown>),
        ...(['phones', 'contacts', 'schedules', 'service_areas', 'languages', 'cost_options', 'attributes'] as const).flatMap((field) =>
          (service[field] as Record<string, unknown>[]).flatMap((item) =>
            hsdsViolations(
              (
                {
                  phones: 'phone',
                  contacts: 'contact',
                  schedules: 'schedule',
                  service_areas: 'service_area',
                  languages: 'language',
                  cost_options: 'cost_option',
                  attributes: 'attribute',
                } as const
              )[field],
              item,
            ),
          ),
        ),
        ...(service.attributes as Record<string, unknown>[]).flatMap((attribute) =>
          hsdsViolations('taxonomy_term', attribute.taxonomy_term as Record<string, unknown>),
        ),
        ...(service.service_at_locations as Record<string, unknown>[]).flatMap((at) => {
          const location = at.location as Record<string, unknown>;
          return [
            ...hsdsViolations('service_at_location', at),
            ...hsdsViolations('location', location),
            ...(location.addresses as Record<string, unknown>[]).flatMap((address) => hsdsViolations('address', address)),
            ...(at.schedules as Record<string, unknown>[]).flatMap((schedule) => hsdsViolations('schedule', schedule)),
          ];
        }),
      ]);
      expect(violations).toEqual([]);
    }
  });

  it('the schema check itself refuses what HSDS refuses (so the test above can fail)', () => {
    expect(hsdsViolations('service', { id: stableUuid('x'), name: 'Fictief' })).toEqual([expect.stringContaining('"status" missing')]);
    expect(hsdsViolations('service', { id: 'fictief-1', name: 'Fictief', status: 'open' })).toHaveLength(2);
    expect(hsdsViolations('location', { id: stableUuid('x'), location_type: 'physical', latitude: '50.9' })).toEqual([
      expect.stringContaining('not number'),
    ]);
    expect(hsdsViolations('schedule', { id: stableUuid('x'), opens_at: '9:00', open_at: '09:00' })).toHaveLength(2);
    expect(hsdsViolations('cost_option', { id: stableUuid('x') }, { tabular: true })).toEqual([
      expect.stringContaining('"service_id" missing'),
    ]);
    expect(Object.keys(HSDS_SCHEMAS)).toHaveLength(14);
  });

  it('every link (*_id) points at an object of the right table', () => {
    const tables = hsdsTables(fixture().providers, fixture().vocabulary);
    const ids = (table: keyof HsdsTables) => new Set(tables[table].map((row) => row.id));
    const targets: Record<string, keyof HsdsTables> = {
      organization_id: 'organization',
      service_id: 'service',
      location_id: 'location',
      service_at_location_id: 'service_at_location',
      taxonomy_term_id: 'taxonomy_term',
      taxonomy_id: 'taxonomy',
      link_id: 'service',
    };
    const broken = Object.entries(tables).flatMap(([name, rows]) =>
      (rows as Record<string, unknown>[]).flatMap((row) =>
        Object.entries(targets)
          .filter(([field, target]) => row[field] !== undefined && !ids(target).has(row[field]))
          .map(([field]) => `${name} ${String(row.id)}: ${field}`),
      ),
    );
    expect(broken).toEqual([]);
    // A schedule belongs to one thing: the service (phone hours) or one service at one location.
    expect(tables.schedule.filter((row) => (row.service_id === undefined) === (row.service_at_location_id === undefined))).toEqual([]);
  });

  it('has every provider as a service, every place and chat or video link as a location, every phone', () => {
    for (const { providers, vocabulary } of [fixture(), everyField()]) {
      const tables = hsdsTables(providers, vocabulary);
      expect(tables.service.map((row) => row.name)).toEqual(providers.map((provider) => provider.name));
      expect(tables.service.map((row) => row.id)).toEqual(providers.map((provider) => stableUuid(`service/${provider.id}`)));
      const physical = tables.location.filter((row) => row.location_type === 'physical');
      expect(physical).toHaveLength(providers.reduce((sum, provider) => sum + (provider.locations?.length ?? 0), 0));
      const virtual = tables.location.filter((row) => row.location_type === 'virtual').map((row) => row.url);
      expect(virtual).toEqual(
        providers.flatMap((provider) =>
          [...(provider.channels.chat ?? []), ...(provider.channels.video ?? [])].map((channel) => channel.url),
        ),
      );
      expect(tables.phone.map((row) => row.number)).toEqual(
        providers.flatMap((provider) => (provider.channels.phone ?? []).map((phone) => phone.href.replace('tel:', ''))),
      );
      expect(tables.service_at_location).toHaveLength(tables.location.length);
    }
  });

  it('writes a provider with every field in full: address, contacts, cost, languages, areas, themes and features', () => {
    const { providers, vocabulary } = everyField();
    const tables = hsdsTables(providers, vocabulary);
    const serviceId = stableUuid('service/fictief-alles');
    const service = tables.service.find((row) => row.id === serviceId)!;
    expect(service).toMatchObject({
      name: 'Fictief Jongerenpunt (testdata)',
      minimum_age: 12,
      maximum_age: 25,
      url: 'https://testdata.example.org',
      email: 'fictief@example.org',
    });
    // A place outside the region has no certain country or province: its address only as written.
    expect(tables.address.filter((row) => row.postal_code === '3500' || row.postal_code === '3600')).toEqual([
      expect.objectContaining({ address_1: 'Fictieve Straat 1', city: 'Hasselt', state_province: 'Limburg', country: 'BE' }),
    ]);
    expect(tables.location.find((row) => row.description)).toMatchObject({ description: 'Verzonnenlaan 2, 3600 Genk' });
    expect(tables.contact.filter((row) => row.service_id === serviceId).map((row) => row.email)).toEqual([
      'fictief@example.org',
      'tweede@example.org',
    ]);
    expect(tables.cost_option.filter((row) => row.service_id === serviceId)).toEqual([
      expect.objectContaining({ option: 'Gratis', amount: 0, currency: 'EUR' }),
    ]);
    expect(tables.language.filter((row) => row.service_id === serviceId).map((row) => row.code)).toEqual(['nl', 'en', 'ar']);
    expect(tables.service_area.filter((row) => row.service_id === serviceId).map((row) => row.name)).toEqual(['Hasselt', 'Zonhoven']);
    const attributes = tables.attribute.filter((row) => row.link_id === serviceId);
    const termCode = (id: unknown) => tables.taxonomy_term.find((term) => term.id === id)?.code;
    expect(attributes.map((row) => [termCode(row.taxonomy_term_id), row.value])).toEqual([
      ['pesten', undefined],
      ['somber', undefined],
      ['anonymous', 'false'],
      ['referral-needed', 'false'],
      ['without-parents', 'true'],
    ]);
  });

  it('makes one object of a value our file names twice, so no id is used twice', () => {
    const twice = {
      ...providerWithEveryField(),
      themes: ['pesten', 'pesten'],
      languages: ['nl', 'nl'],
      areaMunicipalities: ['hasselt', 'hasselt'],
    };
    const { providers, vocabulary } = checked(writeDataFolder({ 'providers/fictief-alles.json': twice }));
    const tables = hsdsTables(providers, vocabulary);
    expect(hsdsTableViolations(tables)).toEqual([]);
    const serviceId = stableUuid('service/fictief-alles');
    expect(tables.language.filter((row) => row.service_id === serviceId)).toHaveLength(1);
    expect(tables.service_area.filter((row) => row.service_id === serviceId)).toHaveLength(1);
    // The check itself sees an id used twice.
    expect(hsdsTableViolations({ language: [tables.language[0], tables.language[0]] })).toEqual([
      expect.stringContaining('more than once'),
    ]);
  });

  it('gives every object the same identifier on every run, and no identifier twice', () => {
    const { providers, vocabulary } = fixture();
    expect(hsdsFiles(providers, vocabulary)).toEqual(hsdsFiles(structuredClone(providers) as CheckedProvider[], vocabulary));
    const ids = Object.values(hsdsTables(providers, vocabulary)).flatMap((rows: Record<string, unknown>[]) => rows.map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
    // UUID version 5 as RFC 9562 defines it: the RFC's own example gives the RFC's own answer.
    expect(stableUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('schedules give back the opening hours of every day of the week, for every phone, chat, video link and place', () => {
    for (const { providers, vocabulary } of [fixture(), everyField()]) {
      const tables = hsdsTables(providers, vocabulary);
      const scheduleIds = new Set(tables.schedule.map((row) => row.id));
      let compared = 0;
      for (const provider of providers) {
        const owners = [
          ...(provider.channels.phone ?? []).map((phone, i) => ({
            hours: phone.weeklyHours,
            note: phone.hoursNote,
            name: `phone/${provider.id}/${i}`,
          })),
          ...(provider.channels.chat ?? []).map((chat, i) => ({
            hours: chat.weeklyHours,
            note: chat.hoursNote,
            name: `chat/${provider.id}/${i}`,
          })),
          ...(provider.channels.video ?? []).map((video, i) => ({
            hours: video.weeklyHours,
            note: video.hoursNote,
            name: `video/${provider.id}/${i}`,
          })),
          ...(provider.locations ?? []).map((place, i) => ({
            hours: place.weeklyHours,
            note: place.hoursNote,
            name: `location/${provider.id}/${i}`,
          })),
        ];
        for (const { hours, note, name } of owners) {
          const schedules = weeklySchedules(hours, note, { link: {}, name, attendingType: 'x' });
          for (const schedule of schedules) expect(scheduleIds.has(schedule.id)).toBe(true);
          if (!hours) continue;
          expect(weekOf(schedules)).toEqual(endOfDay(hours));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(providers.length / 2);
    }
  });

  it('writes opening hours as HSDS shows them: split hours as two schedules, 24/7 as 00:00-23:59, nights split at midnight', () => {
    const owner = { link: {}, name: 'test', attendingType: 'phone' };
    const simple = (text: string) =>
      weeklySchedules(hoursOf(text), undefined, owner).map(({ byday, opens_at, closes_at }) => [byday, opens_at, closes_at]);
    expect(simple('Mo-Fr 09:00-12:00,13:00-17:00; PH off')).toEqual([
      ['MO,TU,WE,TH,FR', '09:00', '12:00'],
      ['MO,TU,WE,TH,FR', '13:00', '17:00'],
    ]);
    expect(simple('24/7')).toEqual([['MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59']]);
    expect(simple('Fr 19:00-24:00; Sa,Su 00:00-24:00; Mo 00:00-08:00')).toEqual([
      ['MO', '00:00', '08:00'],
      ['SA,SU', '00:00', '23:59'],
      ['FR', '19:00', '23:59'],
    ]);
    expect(simple('Mo,Tu,Th 17:00-21:00; We 14:00-21:00')).toEqual([
      ['WE', '14:00', '21:00'],
      ['MO,TU,TH', '17:00', '21:00'],
    ]);
    const [closed] = weeklySchedules(hoursOf('Mo-Fr 09:00-17:00; PH off'), { nl: 'Korter in de vakantie.' }, owner);
    expect(closed).toMatchObject({
      description: 'Korter in de vakantie.',
      notes: expect.stringContaining('Dicht op Belgische wettelijke feestdagen'),
    });
    expect(weeklySchedules(undefined, { nl: 'Op afspraak.' }, owner)).toEqual([expect.objectContaining({ description: 'Op afspraak.' })]);
    expect(weeklySchedules(undefined, undefined, owner)).toEqual([]);
  });
});
