/**
 * The catalogue the browser tests' site is built from (tests/e2e/build-fixture-site.ts writes exactly
 * this), made from the fictional catalogue in tests/fixtures/catalogue/, never from data/. Tests name its
 * fictional providers and compute what they expect from it: a correct edit by staff cannot turn them red.
 */
import type { SiteData } from '../../src/catalogue/catalogue.ts';
import type { ProviderWithDetails } from '../../src/catalogue/catalogue-types.ts';
import { loadTypoMatching } from '../../src/search/typo-matching.ts';
import { loadCrisisDetection } from '../../src/crisis/crisis-check.ts';
import { builtCatalogue } from '../helpers/built-catalogue.ts';

// The pages search with typo matches once fuse.js is here (always before a typed search shows): the
// results the tests expect are searched the same way.
await loadTypoMatching();
await loadCrisisDetection();

/**
 * The fictional catalogue as the browser tests' site holds it: without building coordinates. The real
 * data has none (every place is shown at its municipality's centre, "In Hasselt: 3 plekken"), and the map
 * shows buildings without grouping nearby markers: at the region's zoom the fixture's buildings would lie
 * on top of each other and of their municipality's marker (a marker covering another, axe target-size).
 * Markers for buildings are covered by src/map/results-map.test.tsx.
 */
export function e2eCatalogue(): SiteData {
  const { catalogue, searchIndex, details } = builtCatalogue();
  const copy = structuredClone(catalogue);
  for (const provider of copy.providers) for (const location of provider.locations) delete location.coordinates;
  return { catalogue: copy, searchIndex, details };
}

export const { catalogue, searchIndex, details } = e2eCatalogue();

/** The repository the fixture site links "Klopt er iets niet?" to: fictional, never opened by the tests. */
export const E2E_REPOSITORY = 'voorbeeld-zorgzone/hulp-hub-fictief';
/** The fictional site's address in its canonical links, previews and sitemap (.example is reserved for examples). */
export const E2E_SITE_URL = 'https://hulphub.example';

/** The fixture's provider with this id, with its details, as its page shows it; a missing one fails at once, naming it. */
export function fixtureProvider(id: string): ProviderWithDetails {
  const provider = catalogue.providers.find((candidate) => candidate.id === id);
  if (!provider) throw new Error(`The fictional catalogue (tests/fixtures/catalogue) has no provider "${id}"`);
  return { ...provider, ...details[id] };
}

/** The names of the fixture's providers with this theme. */
export function providerNamesWithTheme(theme: string): string[] {
  return catalogue.providers.filter((provider) => provider.themes.includes(theme)).map((provider) => provider.name);
}

/** The provider a provider page link (/aanbieder/<id>, /en/aanbieder/<id>) points at. */
export function providerOfHref(href: string): ProviderWithDetails {
  const id = href.match(/\/aanbieder\/([^/?#]+)$/)?.[1];
  if (!id) throw new Error(`"${href}" is not a provider page link`);
  return fixtureProvider(id);
}
