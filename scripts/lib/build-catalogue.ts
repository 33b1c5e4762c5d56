/**
 * Assembles what the browser needs from checked data: the compact catalogue (ready-to-use phone links,
 * weekly opening-hours tables, municipality names, no staff notes), each provider's details (what only
 * its own page shows: description, first contact, costs, waiting time, languages, sources; a file of its
 * own, so the catalogue every page parses stays small) and the search index (normalized
 * short texts per provider, and each theme's words once). Everything it shows was worked out by the checks
 * (scripts/lib/check-data.ts); this file analyses nothing again. Long descriptions stay out of the
 * index: they cost search time on every keystroke and rarely add a word the summary, keywords and
 * themes do not already have.
 */
import { createHash } from 'node:crypto';
import type {
  Catalogue,
  CatalogueLocation,
  CatalogueProvider,
  LinkContact,
  CompiledSearchIndex,
  ProviderDetails,
  SearchIndexEntry,
  SearchIndexSource,
} from '../../src/catalogue/catalogue-types.ts';
import { compileSearchIndex } from '../../src/search/search-index.ts';
import { crisisLaneAlwaysOpen, crisisLanePosition } from '../../src/crisis/crisis-lane-definition.ts';
import { providerDates } from './checks/fact-checks.ts';
import { normalizeText } from '../../src/shared/normalize-text.ts';
import { safeHref } from '../../src/shared/safe-href.ts';
import type { Vocabulary } from './checks/check-context.ts';
import type { CheckedChat, CheckedLocation, CheckedProvider, CheckedVideo } from './checked-provider.ts';

export interface BuildOutput {
  catalogue: Catalogue;
  /** Per provider id, what only its own page shows (data/details/<id>.json). */
  details: Record<string, ProviderDetails>;
  /** Compiled (src/search/search-index.ts): the browser reads it without building anything per provider. */
  searchIndex: CompiledSearchIndex;
  /** The texts it was compiled from (not written: for tests and the benchmark's other engine). */
  searchSource: SearchIndexSource;
}

/** Builds the browser files from the providers and vocabulary the check handed on (only when it found no errors). */
export function buildCatalogue(providers: CheckedProvider[], vocabulary: Vocabulary, today: string): BuildOutput {
  const { catalogue, details, searchSource } = assemble(providers, vocabulary, today);
  const names = new Map(catalogue.providers.map((provider) => [provider.id, provider.name]));
  const searchIndex = compileSearchIndex(searchSource, (id) => names.get(id));
  // A fingerprint of everything the pages show: a prerendered page is taken over by the browser only with
  // the catalogue it was rendered from (src/main.tsx), never with an older or newer one.
  const version = createHash('sha256').update(JSON.stringify({ catalogue, details, searchIndex })).digest('hex').slice(0, 16);
  return { catalogue: { version, ...catalogue }, details, searchIndex, searchSource };
}

function assemble(
  providers: CheckedProvider[],
  vocabulary: Vocabulary,
  today: string,
): { catalogue: Omit<Catalogue, 'version'>; details: Record<string, ProviderDetails>; searchSource: SearchIndexSource } {
  // The browser's own guard, applied here too: a link it would refuse must stop the build, not vanish.
  const link = (value: string): string => {
    const href = safeHref(value);
    if (!href) throw new Error(`Link "${value}" passed the check but is not allowed in the browser.`);
    return href;
  };
  const linkContacts = (list: (CheckedChat | CheckedVideo)[] | undefined): LinkContact[] =>
    (list ?? []).map((channel) =>
      dropUndefined({ href: link(channel.url), label: channel.label, hours: channel.weeklyHours, hoursNote: channel.hoursNote }),
    );

  const sorted = [...providers].sort((a, b) => a.id.localeCompare(b.id));
  const details: Record<string, ProviderDetails> = Object.fromEntries(
    sorted.map((provider) => [
      provider.id,
      dropUndefined<ProviderDetails>({
        organisation: provider.organisation,
        description: provider.description,
        firstContact: provider.firstContact,
        costNote: provider.costNote,
        languages: provider.languages,
        waitingTime: provider.waitingTime,
        sources: provider.sources.map((source) => dropUndefined({ url: link(source.url), pageDate: source.pageDate })),
      }),
    ]),
  );
  const catalogueProviders: CatalogueProvider[] = sorted.map((provider) => {
    const { channels } = provider;
    return dropUndefined<CatalogueProvider>({
      id: provider.id,
      name: provider.name,
      summary: provider.summary,
      themes: provider.themes,
      age: provider.age,
      free: provider.free,
      anonymous: provider.anonymous,
      referralNeeded: provider.referralNeeded,
      withoutParents: provider.withoutParents,
      anyQuestion: provider.anyQuestion,
      crisisLane: crisisLanePosition(provider.id),
      crisisLaneAlwaysOpen: crisisLaneAlwaysOpen(provider.id) || undefined,
      area: provider.area,
      areaMunicipalities: provider.areaMunicipalities,
      areaMunicipalityNames: provider.areaMunicipalityNames,
      phones: (channels.phone ?? []).map((phone) =>
        dropUndefined({
          display: phone.display,
          href: link(phone.href),
          label: phone.label,
          hours: phone.weeklyHours,
          hoursNote: phone.hoursNote,
          free: phone.tollFree || phone.free,
        }),
      ),
      chats: linkContacts(channels.chat),
      emails: (channels.email ?? []).map((email) =>
        dropUndefined({ address: email.address, href: link(`mailto:${email.address}`), label: email.label }),
      ),
      videos: linkContacts(channels.video),
      website: channels.website === undefined ? undefined : link(channels.website),
      locations: (provider.locations ?? []).map((location): CatalogueLocation =>
        dropUndefined({
          name: location.name,
          street: location.street,
          postcode: location.postcode,
          municipality: location.municipality,
          municipalityName: location.municipalityName,
          outsideRegion: location.outsideRegion,
          coordinates: location.coordinates,
          walkIn: location.walkIn,
          byAppointment: location.byAppointment,
          hours: location.weeklyHours,
          hoursNote: location.hoursNote,
          routeHref: location.street ? routeLink(location) : undefined,
        }),
      ),
      factDates: providerDates(provider).factDates ?? {},
      verification: provider.verification,
    });
  });

  // The places of a postcode, looked up in the location's own municipality only: even a postcode the
  // check somehow let through cannot make a provider findable under another municipality's places.
  const placesByPostcode = new Map(
    vocabulary.municipalities.flatMap((m) => m.postcodes.map((p) => [`${m.id} ${p.code}`, p.places] as const)),
  );
  const entries: SearchIndexEntry[] = sorted.map((provider) => {
    const places = new Set<string>();
    for (const location of provider.locations ?? []) {
      places.add(location.municipalityName);
      if (location.postcode) places.add(location.postcode);
      for (const place of placesByPostcode.get(`${location.municipality} ${location.postcode}`) ?? []) places.add(place);
    }
    for (const name of provider.areaMunicipalityNames ?? []) places.add(name);
    return {
      id: provider.id,
      name: normalizeText([provider.name, provider.organisation ?? ''].join(' ')),
      keywords: uniqueWords(provider.keywords ?? []),
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
    details,
    catalogue: {
      builtOn: today,
      providers: catalogueProviders,
      themes: vocabulary.themes.map((theme) => ({ id: theme.id, label: theme.label, crisis: theme.crisis })),
      municipalities: vocabulary.municipalities.map((m) => ({
        id: m.id,
        name: m.name,
        postcodes: m.postcodes.map((p) => p.code),
        centre: m.centre,
      })),
      crisisPhrases,
    },
    searchSource: {
      themes: vocabulary.themes.map((theme) => ({
        id: theme.id,
        words: uniqueWords([...Object.values(theme.label), ...theme.youthWords, ...theme.misspellings]),
      })),
      entries,
    },
  };
}

/** A route-planner link to an address. OpenStreetMap: no account, no tracking cookie needed to use it. */
function routeLink(location: CheckedLocation): string {
  const address = [location.street, [location.postcode, location.municipalityName].filter(Boolean).join(' '), 'België']
    .filter(Boolean)
    .join(', ');
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
