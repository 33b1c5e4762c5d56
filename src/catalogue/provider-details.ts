/**
 * A provider's details (catalogue-types.ts: what only its own page shows), one small file per provider,
 * loaded before its page shows (view-code.ts) and kept while the page is open. The prerender hands them
 * all over at once (`rememberProviderDetails`), as tests may.
 *
 * When they cannot load (offline after the page loaded), the app still opens the provider's page: its
 * numbers, chats, places and hours are in the catalogue, which is here. The page says what is missing
 * and offers to try again (`detailsFailed`).
 */
import type { ProviderDetails } from './catalogue-types';
import { CatalogueLoadError, dataUrl, fetchJson } from './catalogue';

/** Per provider id: its details, or null when the site has no such provider. */
const known = new Map<string, ProviderDetails | null>();
const loading = new Map<string, Promise<void>>();
/** Ids whose last load failed (until one succeeds). */
const failed = new Set<string>();

/**
 * Loads a provider's details once. Resolves when `providerDetails(id)` has them, also when the site has
 * no such provider (the page then says so); rejects when they could not be downloaded (a later call
 * tries again). `again`: ask once more also when the site said it has no such file (the page's retry:
 * a catalogue and its details published a moment apart).
 */
export function loadProviderDetails(id: string, { again = false }: { again?: boolean } = {}): Promise<void> {
  if (again && known.get(id) === null) known.delete(id);
  if (known.has(id)) return Promise.resolve();
  let pending = loading.get(id);
  if (!pending) {
    pending = fetchJson(dataUrl(`details/${encodeURIComponent(id)}.json`)).then(
      (details) => {
        if (!isProviderDetails(details)) throw new CatalogueLoadError('broken', `details/${id}.json does not have the expected shape`);
        known.set(id, details);
        loading.delete(id);
        failed.delete(id);
      },
      (error: unknown) => {
        loading.delete(id);
        // No such file: no such provider (an old link). Any other failure: try again later.
        if (error instanceof CatalogueLoadError && error.status === 404) known.set(id, null);
        else {
          failed.add(id);
          throw error;
        }
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** The details once loaded; null when the site has no such provider; undefined while not loaded. */
export function providerDetails(id: string): ProviderDetails | null | undefined {
  return known.get(id);
}

/** Whether the last load of these details failed (and none has succeeded since). */
export function detailsFailed(id: string): boolean {
  return failed.has(id);
}

/** Details already here (the prerender has every provider's). */
export function rememberProviderDetails(details: Record<string, ProviderDetails>): void {
  for (const [id, value] of Object.entries(details)) known.set(id, value);
}

/** A light check of the shape, as for the catalogue: the build validated the content. */
function isProviderDetails(value: unknown): value is ProviderDetails {
  const candidate = value as ProviderDetails | null;
  return typeof candidate === 'object' && candidate !== null && Array.isArray(candidate.sources);
}

/** Forgets every provider's details, as a new page view would start (tests: each starts empty). */
export function forgetProviderDetails(): void {
  known.clear();
  loading.clear();
  failed.clear();
}
