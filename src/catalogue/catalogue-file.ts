/**
 * catalogue.json as published, and the catalogue the app works with. The file holds each distinct
 * opening-hours table once (`hoursTables`) and names it by its number wherever it applies: providers
 * share few tables (the real catalogue: 4 tables, 2 of them distinct; office hours and "day and night"
 * repeat), and parsing a copy of each was most of the start-up at 10,000 providers (issue 13). Loading
 * puts the shared table back in place, so the rest of the app sees `hours` as before.
 */
import type { Catalogue, CatalogueFile, CatalogueFileProvider, CatalogueProvider, WeeklyHours } from './catalogue-types';

type HoursItem = { hours?: WeeklyHours };
type NumberedItem = { hours?: number };

/** The file to write for a catalogue (the build): the catalogue itself is left as it is. */
export function toCatalogueFile(catalogue: Catalogue): CatalogueFile {
  const hoursTables: WeeklyHours[] = [];
  const numbers = new Map<string, number>();
  const numbered = <T extends HoursItem>(item: T): Omit<T, 'hours'> & NumberedItem => {
    if (!item.hours) return item as Omit<T, 'hours'>;
    const key = JSON.stringify(item.hours);
    let number = numbers.get(key);
    if (number === undefined) {
      number = hoursTables.push(item.hours) - 1;
      numbers.set(key, number);
    }
    return { ...item, hours: number };
  };
  const providers = catalogue.providers.map((provider): CatalogueFileProvider => ({
    ...provider,
    phones: provider.phones.map(numbered),
    chats: provider.chats.map(numbered),
    videos: provider.videos.map(numbered),
    locations: provider.locations.map(numbered),
  }));
  return { ...catalogue, hoursTables, providers };
}

/**
 * The catalogue in a parsed file: each number replaced by its table, in place (the parsed file is this
 * function's own, and making new objects would cost what the shared tables save). A table written out
 * in place (a file from before the tables were shared, still in a cache) stays as it is. Throws when a
 * number names no table (a damaged file).
 */
export function fromCatalogueFile(file: CatalogueFile): Catalogue {
  const { hoursTables = [], ...catalogue } = file;
  const restore = (item: NumberedItem | HoursItem) => {
    if (typeof item.hours !== 'number') return;
    const table = hoursTables[item.hours];
    if (!table) throw new Error(`catalogue.json names opening-hours table ${String(item.hours)}, which it does not have`);
    (item as HoursItem).hours = table;
  };
  for (const provider of file.providers) {
    provider.phones.forEach(restore);
    provider.chats.forEach(restore);
    provider.videos.forEach(restore);
    provider.locations.forEach(restore);
  }
  return { ...catalogue, providers: file.providers as unknown as CatalogueProvider[] };
}
