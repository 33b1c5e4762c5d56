/**
 * The shape of the files the browser downloads (public/data/*.json), written by scripts/data-build.ts.
 * Fields staff write come from the one data schema (scripts/lib/provider-schema.ts), as zod's output
 * types; the build adds ready-to-use values on top (formatted phone numbers with their tel: links,
 * opening hours as weekly tables, municipality names). Only types are imported (`import type` is erased),
 * so zod never reaches the browser bundle.
 */
import type {
  AreaData,
  ChatChannelData,
  EmailChannelData,
  LocalizedTextData,
  LocationData,
  MunicipalityData,
  PhoneChannelData,
  ProviderData,
  SourceData,
  ThemeData,
} from '../../scripts/lib/provider-schema.ts';
import type { FactAge, FactDates, FactKind, Verification } from './fact-age';

export type LocalizedText = LocalizedTextData;

/** [from, to) in minutes since local midnight (Europe/Brussels), 0 ≤ from < to ≤ 1440. */
export type MinuteRange = [number, number];

export interface WeeklyHours {
  /** Seven days, Monday first; each a sorted list of ranges. Overnight opening is split at midnight. */
  week: MinuteRange[][];
  /**
   * Hours on Belgian public holidays. Absent when the data says nothing about holidays: the week's hours
   * are then shown with a note that a holiday may differ.
   */
  publicHolidays?: MinuteRange[];
}

/** Opening hours, live (`hours`: open now, next opening) or, when too old to trust, only for reading. */
export interface WithHours {
  /** Hours the site may use for "open now". */
  hours?: WeeklyHours;
  /**
   * Hours from a source too old (or undated) to present as current: shown with their year, never used
   * for "open now". Set when the catalogue loads (src/catalogue/old-facts.ts), not by the build.
   */
  datedHours?: WeeklyHours;
}

export interface PhoneContact extends Pick<PhoneChannelData, 'label' | 'hoursNote' | 'free'>, WithHours {
  /** As people dial it: "011 33 65 33" or "1813". */
  display: string;
  /** tel:+3211336533 or tel:1813 */
  href: string;
}

export interface LinkContact extends Pick<ChatChannelData, 'label' | 'hoursNote'>, WithHours {
  href: string;
}

export interface EmailContact extends Pick<EmailChannelData, 'address' | 'label'> {
  href: string;
}

export interface CatalogueLocation extends Omit<LocationData, 'hours'>, WithHours {
  /**
   * The municipality's name as people read it: the vocabulary's name for `municipality` (an id), or,
   * when outsideRegion is true, the name staff wrote there.
   */
  municipalityName: string;
  /** Link to a route planner, present when the street is known. */
  routeHref?: string;
}

export type Area = AreaData;

export interface CatalogueProvider extends Pick<
  ProviderData,
  | 'id'
  | 'name'
  | 'summary'
  | 'themes'
  | 'age'
  | 'free'
  | 'anonymous'
  | 'referralNeeded'
  | 'withoutParents'
  | 'anyQuestion'
  | 'area'
  | 'areaMunicipalities'
> {
  /** Place in the crisis lane (1 = first), set by the build from src/crisis/crisis-lane-definition.ts. */
  crisisLane?: number;
  /** A lane line open day and night (set by the build from the same definition): its first number's hours are fixed. */
  crisisLaneAlwaysOpen?: true;
  /** The names of `areaMunicipalities`, in the same order. */
  areaMunicipalityNames?: string[];
  phones: PhoneContact[];
  chats: LinkContact[];
  emails: EmailContact[];
  videos: LinkContact[];
  website?: string;
  locations: CatalogueLocation[];
  /** Per published fact (number, hours, free, anonymous), the newest date of a source that confirms it. */
  factDates: FactDates;
  /** A real check with the organisation; absent when nobody checked (the sources are then all we know). */
  verification?: Verification;
  /**
   * The facts too old (or undated) to present as current, with their date: set when the catalogue loads
   * (src/catalogue/old-facts.ts), because a fact ages while the site stays online.
   */
  oldFacts?: Partial<Record<FactKind, FactAge>>;
}

/**
 * What only a provider's own page shows, in a file of its own per provider (data/details/<id>.json):
 * every page parses catalogue.json, so it holds what searching, the cards and the map need, and no more
 * (issue 13: at 10,000 providers, parsing is most of the start-up). The provider page loads its details
 * before it shows (view-code.ts).
 */
export interface ProviderDetails extends Pick<
  ProviderData,
  'organisation' | 'description' | 'firstContact' | 'costNote' | 'languages' | 'waitingTime'
> {
  sources: Pick<SourceData, 'url' | 'pageDate'>[];
}

/** A provider with its details: what a provider's page shows. */
export type ProviderWithDetails = CatalogueProvider & ProviderDetails;

export type CatalogueTheme = Pick<ThemeData, 'id' | 'label' | 'crisis'>;

export interface CatalogueMunicipality extends Pick<MunicipalityData, 'id' | 'name' | 'centre'> {
  postcodes: string[];
}

export interface Catalogue {
  /**
   * A fingerprint of the catalogue and its search index, made by the build: prerendered pages carry the
   * one they were rendered from. Absent in catalogues made by hand (tests).
   */
  version?: string;
  /** Date of the build (YYYY-MM-DD). */
  builtOn: string;
  providers: CatalogueProvider[];
  themes: CatalogueTheme[];
  municipalities: CatalogueMunicipality[];
  /** Normalized words and phrases that make a search look like a crisis (from crisis themes). */
  crisisPhrases: string[];
}

/** An item with opening hours as catalogue.json writes them: the number of its table in `hoursTables`. */
type WithHoursNumber<T extends WithHours> = Omit<T, 'hours' | 'datedHours'> & { hours?: number };

export interface CatalogueFileProvider extends Omit<CatalogueProvider, 'phones' | 'chats' | 'videos' | 'locations'> {
  phones: WithHoursNumber<PhoneContact>[];
  chats: WithHoursNumber<LinkContact>[];
  videos: WithHoursNumber<LinkContact>[];
  locations: WithHoursNumber<CatalogueLocation>[];
}

/**
 * catalogue.json: the catalogue with each distinct opening-hours table once, named by its number where it
 * applies (catalogue-file.ts converts).
 */
export interface CatalogueFile extends Omit<Catalogue, 'providers'> {
  hoursTables: WeeklyHours[];
  providers: CatalogueFileProvider[];
}

/** One provider's searchable text, already normalized with normalizeText(). */
export interface SearchIndexEntry {
  id: string;
  /** Its name and organisation. */
  name: string;
  /** Its own keywords: phrases joined with " | ". */
  keywords: string;
  summary: string;
  /** Municipality names, places and postcodes where it is, or the area it serves. */
  places: string;
}

/**
 * The words of one theme: labels in every language, youth words and misspellings, phrases joined with
 * " | ". Kept once per theme rather than copied to each provider: the search reaches a provider's themes
 * through its `themes`, and a helpline for any question through every theme.
 */
export interface SearchIndexTheme {
  id: string;
  words: string;
}

/** Each provider's searchable texts and each theme's words: what the index is compiled from (and what tests write by hand). */
export interface SearchIndexSource {
  themes: SearchIndexTheme[];
  entries: SearchIndexEntry[];
}

/**
 * search-index.json: the providers' words compiled at build time (src/search/search-index.ts), so the
 * browser builds nothing per provider when it starts.
 */
export interface CompiledSearchIndex {
  themes: SearchIndexTheme[];
  /**
   * Provider ids in the order of their names: postings and phrases name a provider by its place in this
   * list, and results that score the same are shown in this order.
   */
  providers: string[];
  /** The distinct words of the providers' names, keywords, summaries and places, sorted. */
  words: string[];
  /** Per word of `words`, the providers that have it and where (see search-index.ts for the encoding). */
  postings: string[];
  /** Providers' own keywords of more than one word, found whole in a search, with the places of the providers that have them. */
  phrases: [string, number[]][];
}

/** What the searcher accepts: the compiled file, or a source index (compiled when the searcher is built). */
export type SearchIndex = CompiledSearchIndex | SearchIndexSource;
