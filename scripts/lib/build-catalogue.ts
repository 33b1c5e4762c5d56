/**
 * Derives what the browser needs from checked data: the compact catalogue (ready-to-use phone links,
 * weekly opening-hours tables, no staff notes) and the search index (normalized short texts with the
 * themes' youth words expanded). Long descriptions stay out of the index: they cost search time on
 * every keystroke and rarely add a word the summary, keywords and themes do not already have.
 */
import type {
  Catalogue,
  CatalogueLocation,
  CatalogueProvider,
  LinkContact,
  SearchIndex,
  SearchIndexEntry,
  WeeklyHours,
} from '../../src/catalogue/catalogue-types.ts';
import { crisisLanePosition } from '../../src/crisis/crisis-lane-definition.ts';
import { normalizeText } from '../../src/shared/normalize-text.ts';
import { safeHref } from '../../src/shared/safe-href.ts';
import type { Vocabulary } from './checks/check-context.ts';
import { analyseOpeningHours } from './opening-hours-table.ts';
import { analysePhone } from './phone.ts';
import type { LocationData, ProviderData } from './provider-schema.ts';

export interface BuildOutput {
  catalogue: Catalogue;
  searchIndex: SearchIndex;
}

/** Builds the browser files. Only call with data that passed every check. */
export function buildCatalogue(providers: ProviderData[], vocabulary: Vocabulary, today: string): BuildOutput {
  const hours = (value: string | undefined): WeeklyHours | undefined => {
    if (value === undefined) return undefined;
    const result = analyseOpeningHours(value, today);
    if (!result.ok) throw new Error(`Opening hours "${value}" passed the check but cannot be built: ${result.message}`);
    return result.hours;
  };
  const link = (value: string): string => {
    const href = safeHref(value);
    if (!href) throw new Error(`Link "${value}" passed the check but is not allowed in the browser.`);
    return href;
  };
  const municipalityName = (location: LocationData) =>
    location.outsideRegion ? location.municipality : vocabulary.municipalities.find((m) => m.id === location.municipality)?.name ?? location.municipality;

  const sorted = [...providers].sort((a, b) => a.id.localeCompare(b.id));
  const catalogueProviders: CatalogueProvider[] = sorted.map((provider) => {
    const { channels } = provider;
    const linkContacts = (list: { url: string; label?: CatalogueProvider['summary']; hours?: string; hoursNote?: CatalogueProvider['summary'] }[] | undefined): LinkContact[] =>
      (list ?? []).map((channel) => dropUndefined({ href: link(channel.url), label: channel.label, hours: hours(channel.hours), hoursNote: channel.hoursNote }));
    return dropUndefined({
      id: provider.id,
      name: provider.name,
      organisation: provider.organisation,
      summary: provider.summary,
      description: provider.description,
      firstContact: provider.firstContact,
      themes: provider.themes,
      age: provider.age,
      free: provider.free,
      costNote: provider.costNote,
      anonymous: provider.anonymous,
      referralNeeded: provider.referralNeeded,
      withoutParents: provider.withoutParents,
      crisisLane: crisisLanePosition(provider.id),
      area: provider.area,
      areaMunicipalities: provider.areaMunicipalities,
      phones: (channels.phone ?? []).map((phone) => {
        const result = analysePhone(phone.number);
        if (!result.ok) throw new Error(`Phone number "${phone.number}" passed the check but cannot be built.`);
        return dropUndefined({ display: result.display, href: link(result.href), label: phone.label, hours: hours(phone.hours), hoursNote: phone.hoursNote, free: result.tollFree || phone.free });
      }),
      chats: linkContacts(channels.chat),
      emails: (channels.email ?? []).map((email) => dropUndefined({ address: email.address.trim(), href: link(`mailto:${email.address.trim()}`), label: email.label })),
      videos: linkContacts(channels.video),
      website: channels.website === undefined ? undefined : link(channels.website),
      locations: (provider.locations ?? []).map(
        (location): CatalogueLocation =>
          dropUndefined({
            name: location.name,
            street: location.street,
            postcode: location.postcode,
            municipality: location.municipality,
            outsideRegion: location.outsideRegion,
            coordinates: location.coordinates,
            walkIn: location.walkIn,
            byAppointment: location.byAppointment,
            hours: hours(location.hours),
            hoursNote: location.hoursNote,
            routeHref: location.street ? routeLink(location, municipalityName(location)) : undefined,
          }),
      ),
      languages: provider.languages,
      waitingTime: provider.waitingTime,
      sources: provider.sources.map((source) => dropUndefined({ url: link(source.url), pageDate: source.pageDate })),
      lastChecked: provider.lastChecked,
    });
  });

  const themesById = new Map(vocabulary.themes.map((theme) => [theme.id, theme]));
  const entries: SearchIndexEntry[] = sorted.map((provider) => {
    const themeWords = provider.themes.flatMap((id) => {
      const theme = themesById.get(id);
      return theme ? [...Object.values(theme.label), ...theme.youthWords, ...theme.misspellings] : [];
    });
    const places = new Set<string>();
    for (const location of provider.locations ?? []) {
      places.add(municipalityName(location));
      if (location.postcode) places.add(location.postcode);
      const municipality = vocabulary.municipalities.find((m) => m.id === location.municipality);
      const postcode = municipality?.postcodes.find((p) => p.code === location.postcode);
      for (const place of postcode?.places ?? []) places.add(place);
    }
    for (const id of provider.areaMunicipalities ?? []) places.add(vocabulary.municipalities.find((m) => m.id === id)?.name ?? id);
    return {
      id: provider.id,
      name: normalizeText([provider.name, provider.organisation ?? ''].join(' ')),
      words: uniqueWords([...(provider.keywords ?? []), ...themeWords]),
      summary: normalizeText(Object.values(provider.summary).join(' ')),
      places: normalizeText([...places].join(' ')),
    };
  });

  const crisisPhrases = [
    ...new Set(
      vocabulary.themes.filter((theme) => theme.crisis).flatMap((theme) => [...theme.youthWords, ...theme.misspellings].map(normalizeText)),
    ),
  ].filter(Boolean);

  return {
    catalogue: {
      builtOn: today,
      providers: catalogueProviders,
      themes: vocabulary.themes.map((theme) => ({ id: theme.id, label: theme.label, crisis: theme.crisis })),
      municipalities: vocabulary.municipalities.map((m) => ({ id: m.id, name: m.name, postcodes: m.postcodes.map((p) => p.code), centre: m.centre })),
      crisisPhrases,
    },
    searchIndex: { entries },
  };
}

/** A route-planner link to an address. OpenStreetMap: no account, no tracking cookie needed to use it. */
function routeLink(location: LocationData, municipality: string): string {
  const address = [location.street, [location.postcode, municipality].filter(Boolean).join(' '), 'België'].filter(Boolean).join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

/** Phrases joined once each, normalized, so repeated theme words do not weigh twice. */
function uniqueWords(values: string[]): string {
  return [...new Set(values.map(normalizeText).filter(Boolean))].join(' | ');
}

/** Leaves out absent fields so the JSON stays small. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
