/**
 * The one place the browser gets provider data from. Components use these functions and the types in
 * catalogue-types.ts, never the raw files. The catalogue does not change while the page is open, so it
 * is loaded once per page view; there is no cache layer.
 */
import type { Catalogue, CatalogueFile, CatalogueProvider, CompiledSearchIndex, ProviderDetails, SearchIndex } from './catalogue-types';
import { fromCatalogueFile } from './catalogue-file';

export type CatalogueFailure = 'offline' | 'server' | 'broken';

/** Why the catalogue could not be loaded, so the page can say what happened and offer a retry. */
export class CatalogueLoadError extends Error {
  readonly failure: CatalogueFailure;
  /** The server's answer, when it answered with an error. */
  readonly status?: number;
  constructor(failure: CatalogueFailure, detail: string, status?: number) {
    super(`Catalogue ${failure}: ${detail}`);
    this.failure = failure;
    this.status = status;
  }
}

export interface LoadedCatalogue {
  catalogue: Catalogue;
  searchIndex: SearchIndex;
}

/**
 * Everything the build publishes (scripts/lib/site-data-files.ts): the catalogue, its search index and
 * every provider's details, which the prerender has at once. The browser loads the details of one
 * provider when its page opens (provider-details.ts).
 */
export interface SiteData extends LoadedCatalogue {
  details: Record<string, ProviderDetails>;
}

/**
 * The address of a published data file. Read when asked, not when the module loads: Node scripts import
 * this module through view-code.ts (the budget, the prerender's chunk list) without Vite's import.meta.env.
 */
export const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`;

/** Fetches the catalogue and search index written by `npm run data:build`. */
export async function loadCatalogue(): Promise<LoadedCatalogue> {
  const [file, searchIndex] = await Promise.all([fetchJson(dataUrl('catalogue.json')), fetchJson(dataUrl('search-index.json'))]);
  if (!isCatalogueFile(file)) throw new CatalogueLoadError('broken', 'catalogue.json does not have the expected shape');
  if (!isSearchIndex(searchIndex)) throw new CatalogueLoadError('broken', 'search-index.json does not have the expected shape');
  let catalogue: Catalogue;
  try {
    catalogue = fromCatalogueFile(file);
  } catch (error) {
    throw new CatalogueLoadError('broken', String(error));
  }
  return { catalogue, searchIndex };
}

/** Fetches a data file; fails with a CatalogueLoadError that says what went wrong. */
export async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new CatalogueLoadError('offline', String(error));
  }
  if (!response.ok) throw new CatalogueLoadError('server', `${url} answered ${response.status}`, response.status);
  try {
    return await response.json();
  } catch (error) {
    throw new CatalogueLoadError('broken', `${url} is not valid JSON: ${String(error)}`);
  }
}

/**
 * A light check of the shape: the build already validated the content, this only guards against a
 * truncated or wrong file (a captive portal page, a half-finished upload).
 */
function isCatalogueFile(value: unknown): value is CatalogueFile {
  const candidate = value as CatalogueFile | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    Array.isArray(candidate.providers) &&
    Array.isArray(candidate.themes) &&
    Array.isArray(candidate.municipalities) &&
    (candidate.hoursTables === undefined || Array.isArray(candidate.hoursTables)) &&
    candidate.providers.every((p) => typeof p?.id === 'string' && typeof p.name === 'string' && Array.isArray(p.phones))
  );
}

function isSearchIndex(value: unknown): value is CompiledSearchIndex {
  const candidate = value as CompiledSearchIndex | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    Array.isArray(candidate.themes) &&
    Array.isArray(candidate.providers) &&
    Array.isArray(candidate.words) &&
    Array.isArray(candidate.postings) &&
    candidate.postings.length === candidate.words.length &&
    Array.isArray(candidate.phrases)
  );
}

export function getProvider(catalogue: Catalogue, id: string): CatalogueProvider | undefined {
  return catalogue.providers.find((provider) => provider.id === id);
}
