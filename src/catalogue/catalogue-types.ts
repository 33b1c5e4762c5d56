/**
 * The shape of the files the browser downloads (public/data/*.json), written by scripts/data-build.ts.
 * This is not the shape staff edit (that is scripts/lib/provider-schema.ts): the build turns raw data into
 * ready-to-use values (formatted phone numbers with their tel: links, opening hours as weekly tables).
 */
export type Language = 'nl' | 'en' | 'fr';
export type LocalizedText = { nl: string; en?: string; fr?: string };

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

export interface PhoneContact {
  /** As people dial it: "011 33 65 33" or "1813". */
  display: string;
  /** tel:+3211336533 or tel:1813 */
  href: string;
  label?: LocalizedText;
  hours?: WeeklyHours;
  hoursNote?: LocalizedText;
  free?: boolean;
}

export interface LinkContact {
  href: string;
  label?: LocalizedText;
  hours?: WeeklyHours;
  hoursNote?: LocalizedText;
}

export interface EmailContact {
  address: string;
  href: string;
  label?: LocalizedText;
}

export interface CatalogueLocation {
  name?: string;
  street?: string;
  postcode?: string;
  /** A municipality id from the vocabulary, or the place's name when outsideRegion is true. */
  municipality: string;
  outsideRegion?: boolean;
  coordinates?: { lat: number; lon: number };
  walkIn?: boolean;
  byAppointment?: boolean;
  hours?: WeeklyHours;
  hoursNote?: LocalizedText;
  /** Link to a route planner, present when the street is known. */
  routeHref?: string;
}

export type Area = 'belgium' | 'flanders' | 'limburg' | 'elz-herkenrode' | 'municipalities';

export interface CatalogueProvider {
  id: string;
  name: string;
  organisation?: string;
  summary: LocalizedText;
  description?: LocalizedText;
  firstContact?: LocalizedText;
  themes: string[];
  age?: { min?: number; max?: number };
  free?: boolean;
  costNote?: LocalizedText;
  anonymous?: boolean;
  referralNeeded?: boolean;
  withoutParents?: boolean;
  /** Place in the crisis lane (1 = first), set by the build from src/crisis/crisis-lane-definition.ts. */
  crisisLane?: number;
  area: Area;
  areaMunicipalities?: string[];
  phones: PhoneContact[];
  chats: LinkContact[];
  emails: EmailContact[];
  videos: LinkContact[];
  website?: string;
  locations: CatalogueLocation[];
  languages?: string[];
  waitingTime?: { text: LocalizedText; date: string };
  sources: { url: string; pageDate?: string }[];
  lastChecked: { date?: string; by: string };
}

export interface CatalogueTheme {
  id: string;
  label: { nl: string; en: string; fr: string };
  crisis: boolean;
}

export interface CatalogueMunicipality {
  id: string;
  name: string;
  postcodes: string[];
  centre: { lat: number; lon: number };
}

export interface Catalogue {
  /** Date of the build (YYYY-MM-DD). */
  builtOn: string;
  providers: CatalogueProvider[];
  themes: CatalogueTheme[];
  municipalities: CatalogueMunicipality[];
  /** Normalized words and phrases that make a search look like a crisis (from crisis themes). */
  crisisPhrases: string[];
}

/** One provider's searchable text, already normalized with normalizeText(). */
export interface SearchIndexEntry {
  id: string;
  name: string;
  /** Provider keywords plus the labels, youth words and misspellings of its themes. */
  words: string;
  summary: string;
  /** Municipality names, places and postcodes where it is, or the area it serves. */
  places: string;
}

export interface SearchIndex {
  entries: SearchIndexEntry[];
}
