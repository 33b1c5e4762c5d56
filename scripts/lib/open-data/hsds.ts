/**
 * The catalogue in Open Referral's Human Services Data Specification (HSDS 3.0), the open standard
 * resource directories exchange. Which field goes where, and what has no place in HSDS:
 * docs/open-data-hsds.md.
 *
 * Two views of the same objects, as HSDS 3.0 describes them:
 * - `tabular.json`: one object with a list per table (organization, service, location, …), rows linked by
 *   `*_id` fields: the shape of the specification's schema/compiled/tabular.json.
 * - `services.json`: every service fully nested, as an HSDS API returns GET /services/{id}
 *   (schema/compiled/service.json): organization, phones, contacts, schedules, service areas, languages,
 *   cost options, attributes with their taxonomy term, and service_at_locations with their location.
 *
 * Only Dutch texts go out: HSDS has one text per field. Identifiers are UUIDs derived from our ids
 * (./stable-uuid.ts), the same on every run.
 */
import type { MinuteRange, WeeklyHours } from '../../../src/catalogue/catalogue-types.ts';
import { nl } from '../../../src/i18n/nl.ts';
import type { Vocabulary } from '../checks/check-context.ts';
import type { CheckedLocation, CheckedProvider } from '../checked-provider.ts';
import type { LocalizedTextData } from '../provider-schema.ts';
import { stableUuid } from './stable-uuid.ts';

export const HSDS_VERSION = '3.0';

type Row = Record<string, unknown>;

export interface HsdsTables {
  organization: Row[];
  service: Row[];
  location: Row[];
  address: Row[];
  service_at_location: Row[];
  phone: Row[];
  contact: Row[];
  schedule: Row[];
  service_area: Row[];
  language: Row[];
  cost_option: Row[];
  attribute: Row[];
  taxonomy: Row[];
  taxonomy_term: Row[];
}

/** Our two taxonomies: the themes young people pick, and the features a card shows. */
export const THEME_TAXONOMY = {
  id: stableUuid('taxonomy/themes'),
  name: "Hulp HUB thema's",
  description:
    "De thema's waarmee jongeren (12-25 jaar) in Hulp HUB hulp zoeken, zoals pesten, somber of thuis. Een dienst kan bij meer thema's horen. De code van een term is het id van het thema in Hulp HUB.",
  version: '1',
};

export const FEATURE_TAXONOMY = {
  id: stableUuid('taxonomy/features'),
  name: 'Hulp HUB kenmerken',
  description:
    'Kenmerken van een dienst die voor jongeren tellen. De waarde van het attribuut is "true" of "false"; staat het attribuut er niet, dan is het niet bekend.',
  version: '1',
};

/** The features, each the field of the provider file it comes from. */
export const FEATURES = [
  { code: 'anonymous', field: 'anonymous', name: 'Anoniem', description: 'Je hoeft je naam niet te zeggen.' },
  {
    code: 'referral-needed',
    field: 'referralNeeded',
    name: 'Verwijzing nodig',
    description: 'Je hebt een verwijzing nodig (van huisarts, CLB, ...).',
  },
  { code: 'without-parents', field: 'withoutParents', name: 'Zonder ouders', description: 'Je kunt gaan zonder dat je ouders het weten.' },
  {
    code: 'any-question',
    field: 'anyQuestion',
    name: 'Elke vraag welkom',
    description: 'Een hulplijn die elke vraag van jongeren aanneemt.',
  },
] as const;

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const MINUTES_PER_DAY = 24 * 60;

/**
 * "09:00". HSDS advises 00:00-23:59 for a day open round the clock, so the end of a day (24:00) is written
 * 23:59. Times are local time in Belgium (Europe/Brussels): a fixed UTC offset would be wrong half the year.
 */
export function hsdsTime(minutes: number): string {
  const shown = Math.min(minutes, MINUTES_PER_DAY - 1);
  return `${String(Math.floor(shown / 60)).padStart(2, '0')}:${String(shown % 60).padStart(2, '0')}`;
}

/** Where a schedule belongs: its owner's link field and id, and how the service is reached then. */
interface ScheduleOwner {
  link: Row;
  /** Base of the schedule ids, e.g. "phone/awel/0". */
  name: string;
  attendingType: string;
  notes?: string;
}

/**
 * A week of opening hours as HSDS schedules: one WEEKLY schedule per opening time, with every day that
 * has it in `byday` (split hours are two schedules, as HSDS's guidance shows). Days not named are closed.
 */
export function weeklySchedules(hours: WeeklyHours | undefined, hoursNote: LocalizedTextData | undefined, owner: ScheduleOwner): Row[] {
  const times = new Map<string, { range: MinuteRange; days: string[] }>();
  hours?.week.forEach((ranges, day) => {
    for (const range of ranges) {
      const key = `${range[0]}-${range[1]}`;
      const entry = times.get(key) ?? { range, days: [] };
      entry.days.push(DAYS[day]);
      times.set(key, entry);
    }
  });
  const holidays = hours?.publicHolidays;
  const holidayNote =
    holidays === undefined
      ? undefined
      : holidays.length === 0
        ? 'Dicht op Belgische wettelijke feestdagen.'
        : `Op Belgische wettelijke feestdagen: ${holidays.map(([from, to]) => `${hsdsTime(from)}-${hsdsTime(to)}`).join(', ')}.`;
  const notes = [owner.notes, holidayNote, 'Uren in Belgische tijd (Europe/Brussels).'].filter(Boolean).join(' ');
  const common = { ...owner.link, attending_type: owner.attendingType, description: hoursNote?.nl };
  const schedules = [...times.entries()]
    .sort(([, a], [, b]) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
    .map(([key, { range, days }]) => ({
      id: stableUuid(`schedule/${owner.name}/${key}`),
      ...common,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: days.join(','),
      opens_at: hsdsTime(range[0]),
      closes_at: hsdsTime(range[1]),
      notes,
    }));
  // Hours that are only a note ("op afspraak na de schooluren") are still worth passing on.
  if (schedules.length === 0 && hoursNote) return [{ id: stableUuid(`schedule/${owner.name}/note`), ...common, notes: owner.notes }];
  return schedules;
}

/** The province of the five municipalities of Eerstelijnszone Herkenrode: HSDS requires one in every address. */
const REGION_PROVINCE = 'Limburg';

const LANGUAGE_NAMES = new Intl.DisplayNames(['nl'], { type: 'language' });

/** Leaves out fields without a value, so every row holds only what we know. */
function compact<T extends Row>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined && value !== '')) as T;
}

/** The whole catalogue as HSDS tables. Providers in the order given; ids stable between runs. */
export function hsdsTables(providers: readonly CheckedProvider[], vocabulary: Vocabulary): HsdsTables {
  const tables: HsdsTables = {
    organization: [],
    service: [],
    location: [],
    address: [],
    service_at_location: [],
    phone: [],
    contact: [],
    schedule: [],
    service_area: [],
    language: [],
    cost_option: [],
    attribute: [],
    taxonomy: [THEME_TAXONOMY, FEATURE_TAXONOMY].map((taxonomy) => ({ ...taxonomy })),
    taxonomy_term: [],
  };
  const add = <K extends keyof HsdsTables>(table: K, row: Row) => tables[table].push(compact(row));

  // Only terms a service uses: HSDS asks data packages not to hold unused terms.
  const usedThemes = new Set(providers.flatMap((provider) => provider.themes));
  for (const theme of vocabulary.themes.filter((theme) => usedThemes.has(theme.id))) {
    add('taxonomy_term', {
      id: stableUuid(`taxonomy-term/theme/${theme.id}`),
      code: theme.id,
      name: theme.label.nl,
      description: `Thema van Hulp HUB: ${theme.label.nl} (Engels: ${theme.label.en}; Frans: ${theme.label.fr}).${theme.crisis ? ' Wie hierover zoekt, ziet de noodnummers bovenaan.' : ''}`,
      taxonomy: THEME_TAXONOMY.name,
      taxonomy_id: THEME_TAXONOMY.id,
      language: 'nl',
    });
  }
  const usedFeatures = FEATURES.filter((feature) => providers.some((provider) => provider[feature.field] !== undefined));
  for (const feature of usedFeatures) {
    add('taxonomy_term', {
      id: stableUuid(`taxonomy-term/feature/${feature.code}`),
      code: feature.code,
      name: feature.name,
      description: feature.description,
      taxonomy: FEATURE_TAXONOMY.name,
      taxonomy_id: FEATURE_TAXONOMY.id,
      language: 'nl',
    });
  }

  /** Providers of one organisation ("CAW Limburg") share one organization; one without is its own. */
  const organizations = new Map<string, { row: Row; services: string[] }>();
  const municipalityNames = new Map(vocabulary.municipalities.map((m) => [m.id, m.name]));
  for (const provider of providers) {
    const organizationKey = provider.organisation ? `name/${provider.organisation.toLowerCase()}` : `provider/${provider.id}`;
    const organization = organizations.get(organizationKey) ?? {
      row: {
        id: stableUuid(`organization/${organizationKey}`),
        name: provider.organisation ?? provider.name,
        website: provider.organisation ? undefined : provider.channels.website,
      },
      services: [],
    };
    organization.services.push(provider.name);
    organizations.set(organizationKey, organization);
    const organizationId = String(organization.row.id);

    const serviceId = stableUuid(`service/${provider.id}`);
    const forService = { service_id: serviceId };
    const [firstEmail] = provider.channels.email ?? [];
    add('service', {
      id: serviceId,
      organization_id: organizationId,
      name: provider.name,
      alternate_name: provider.organisation,
      description: [provider.summary.nl, provider.description?.nl].filter(Boolean).join('\n\n'),
      url: provider.channels.website,
      email: firstEmail?.address,
      status: 'active',
      application_process: provider.firstContact?.nl,
      fees_description: provider.costNote?.nl,
      minimum_age: provider.age?.min,
      maximum_age: provider.age?.max,
      assured_date: provider.verification?.date,
    });

    provider.channels.email?.forEach((email, i) =>
      add('contact', { id: stableUuid(`contact/${provider.id}/email/${i}`), ...forService, email: email.address, title: email.label?.nl }),
    );
    provider.channels.phone?.forEach((phone, i) => {
      add('phone', {
        id: stableUuid(`phone/${provider.id}/${i}`),
        ...forService,
        number: phone.href.replace(/^tel:/, ''),
        type: 'voice',
        description: [phone.label?.nl, phone.display].filter(Boolean).join(': '),
      });
      for (const schedule of weeklySchedules(phone.weeklyHours, phone.hoursNote, {
        link: forService,
        name: `phone/${provider.id}/${i}`,
        attendingType: 'phone',
        notes: `Uren van de telefoon ${phone.display}.`,
      }))
        add('schedule', schedule);
    });

    if (provider.free !== undefined) {
      add('cost_option', {
        id: stableUuid(`cost-option/${provider.id}`),
        ...forService,
        option: provider.free ? 'Gratis' : 'Betalend',
        amount: provider.free ? 0 : undefined,
        currency: provider.free ? 'EUR' : undefined,
        amount_description: provider.costNote?.nl,
      });
    }
    // A value written twice in our file is one object in HSDS, where each id must be unique.
    for (const code of new Set(provider.languages)) {
      add('language', { id: stableUuid(`language/${provider.id}/${code}`), ...forService, code, name: LANGUAGE_NAMES.of(code) });
    }
    for (const area of serviceAreas(provider, municipalityNames)) {
      add('service_area', {
        id: stableUuid(`service-area/${provider.id}/${area.key}`),
        ...forService,
        name: area.name,
        description: area.description,
      });
    }
    for (const theme of new Set(provider.themes)) {
      add('attribute', {
        id: stableUuid(`attribute/${provider.id}/theme/${theme}`),
        link_id: serviceId,
        link_entity: 'service',
        link_type: 'theme',
        taxonomy_term_id: stableUuid(`taxonomy-term/theme/${theme}`),
      });
    }
    for (const feature of FEATURES) {
      const value = provider[feature.field];
      if (value === undefined) continue;
      add('attribute', {
        id: stableUuid(`attribute/${provider.id}/feature/${feature.code}`),
        link_id: serviceId,
        link_entity: 'service',
        link_type: 'feature',
        taxonomy_term_id: stableUuid(`taxonomy-term/feature/${feature.code}`),
        value: String(value),
      });
    }

    provider.locations?.forEach((location, i) => addPlace(add, provider, location, i, organizationId, serviceId));
    // A chat or a video link is a virtual location in HSDS: a place on the internet with its own hours.
    for (const [kind, channels, name] of [
      ['chat', provider.channels.chat, 'Chat'],
      ['video', provider.channels.video, 'Videogesprek'],
    ] as const) {
      channels?.forEach((channel, i) => {
        const locationId = stableUuid(`location/${provider.id}/${kind}/${i}`);
        const atId = stableUuid(`service-at-location/${provider.id}/${kind}/${i}`);
        add('location', {
          id: locationId,
          organization_id: organizationId,
          location_type: 'virtual',
          url: channel.url,
          name: channel.label?.nl ?? name,
        });
        add('service_at_location', { id: atId, service_id: serviceId, location_id: locationId });
        for (const schedule of weeklySchedules(channel.weeklyHours, channel.hoursNote, {
          link: { service_at_location_id: atId },
          name: `${kind}/${provider.id}/${i}`,
          attendingType: 'online',
        }))
          add('schedule', schedule);
      });
    }
  }
  for (const { row, services } of organizations.values()) {
    // HSDS requires a description; ours says what Hulp HUB lists of the organisation, nothing more.
    const { id, name, ...rest } = row;
    const listed =
      services.length <= 3 ? services.join(', ') : `${services.length} diensten, onder meer ${services.slice(0, 3).join(', ')}`;
    add('organization', { id, name, description: `In Hulp HUB: ${listed}.`, ...rest });
  }
  return tables;
}

function addPlace(
  add: (table: keyof HsdsTables, row: Row) => void,
  provider: CheckedProvider,
  location: CheckedLocation,
  index: number,
  organizationId: string,
  serviceId: string,
): void {
  const locationId = stableUuid(`location/${provider.id}/${index}`);
  const atId = stableUuid(`service-at-location/${provider.id}/${index}`);
  const written = [location.street, [location.postcode, location.municipalityName].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  add('location', {
    id: locationId,
    organization_id: organizationId,
    location_type: 'physical',
    name: location.name ?? provider.name,
    // Outside the region we only know what staff wrote, not the country: the address as written.
    description: location.outsideRegion ? written : undefined,
    latitude: location.coordinates?.lat,
    longitude: location.coordinates?.lon,
  });
  // HSDS requires street, city, province, postcode and country in an address. Only a place in the region
  // has them for certain (the check matches its postcode to its municipality); otherwise, no address.
  if (location.street && location.postcode && !location.outsideRegion) {
    add('address', {
      id: stableUuid(`address/${provider.id}/${index}`),
      location_id: locationId,
      address_1: location.street,
      city: location.municipalityName,
      state_province: REGION_PROVINCE,
      postal_code: location.postcode,
      country: 'BE',
      address_type: 'physical',
    });
  }
  const description = [location.walkIn && 'Binnenlopen zonder afspraak kan.', location.byAppointment && 'Alleen op afspraak.']
    .filter(Boolean)
    .join(' ');
  add('service_at_location', { id: atId, service_id: serviceId, location_id: locationId, description });
  for (const schedule of weeklySchedules(location.weeklyHours, location.hoursNote, {
    link: { service_at_location_id: atId },
    name: `location/${provider.id}/${index}`,
    attendingType: 'in person',
  }))
    add('schedule', schedule);
}

/** Where a provider helps, as HSDS service areas: the area, or each municipality it names. */
function serviceAreas(
  provider: CheckedProvider,
  municipalityNames: Map<string, string>,
): { key: string; name: string; description?: string }[] {
  if (provider.area === 'municipalities') {
    return [...new Set(provider.areaMunicipalities)].map((id) => ({ key: id, name: municipalityNames.get(id) ?? id }));
  }
  const name = nl.result.area[provider.area];
  return [{ key: provider.area, name, description: provider.area === 'elz-herkenrode' ? 'Eerstelijnszone Herkenrode' : undefined }];
}

/** Every service with what belongs to it nested inside, as GET /services/{id} of an HSDS API returns it. */
export function nestedServices(tables: HsdsTables): Row[] {
  const by = (rows: Row[], field: string) => {
    const map = new Map<unknown, Row[]>();
    for (const row of rows) {
      const list = map.get(row[field]);
      if (list) list.push(row);
      else map.set(row[field], [row]);
    }
    return (id: unknown) => map.get(id) ?? [];
  };
  const organizations = new Map(tables.organization.map((row) => [row.id, row]));
  const locations = new Map(tables.location.map((row) => [row.id, row]));
  const terms = new Map(tables.taxonomy_term.map((row) => [row.id, row]));
  const addressesOf = by(tables.address, 'location_id');
  const schedulesOfService = by(tables.schedule, 'service_id');
  const schedulesAt = by(tables.schedule, 'service_at_location_id');
  const at = by(tables.service_at_location, 'service_id');
  const ofService = (table: Row[]) => by(table, 'service_id');
  const [phones, contacts, areas, languages, costs] = [
    tables.phone,
    tables.contact,
    tables.service_area,
    tables.language,
    tables.cost_option,
  ].map(ofService);
  const attributesOf = by(tables.attribute, 'link_id');
  return tables.service.map((service) => ({
    ...service,
    organization: organizations.get(service.organization_id),
    phones: phones(service.id),
    contacts: contacts(service.id),
    schedules: schedulesOfService(service.id),
    service_areas: areas(service.id),
    languages: languages(service.id),
    cost_options: costs(service.id),
    // The term names its taxonomy (taxonomy, taxonomy_id); the taxonomies themselves are in tabular.json.
    attributes: attributesOf(service.id).map((attribute) => ({ ...attribute, taxonomy_term: terms.get(attribute.taxonomy_term_id) })),
    service_at_locations: at(service.id).map((serviceAtLocation) => {
      const location = locations.get(serviceAtLocation.location_id)!;
      return {
        ...serviceAtLocation,
        schedules: schedulesAt(serviceAtLocation.id),
        location: { ...location, addresses: addressesOf(location.id) },
      };
    }),
  }));
}

/** The files of the HSDS export, by name. */
export function hsdsFiles(providers: readonly CheckedProvider[], vocabulary: Vocabulary): Record<string, string> {
  const tables = hsdsTables(providers, vocabulary);
  return {
    'tabular.json': `${JSON.stringify(tables, null, 2)}\n`,
    'services.json': `${JSON.stringify(nestedServices(tables), null, 2)}\n`,
  };
}
