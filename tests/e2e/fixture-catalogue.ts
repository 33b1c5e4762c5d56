/**
 * The catalogue the browser tests' site is built from (tests/fixtures/catalogue/, built by
 * tests/e2e/build-fixture-site.ts from the same builtCatalogue()). Tests name its fictional providers
 * and compute what they expect from it, never from data/: a correct edit by staff cannot turn them red.
 */
import type { CatalogueProvider } from '../../src/catalogue/catalogue-types.ts';
import { builtCatalogue } from '../helpers/built-catalogue.ts';

export const { catalogue, searchIndex } = builtCatalogue();

/** The fixture's provider with this id; a missing one fails at once, naming it. */
export function fixtureProvider(id: string): CatalogueProvider {
  const provider = catalogue.providers.find((candidate) => candidate.id === id);
  if (!provider) throw new Error(`The fictional catalogue (tests/fixtures/catalogue) has no provider "${id}"`);
  return provider;
}

/** The names of the fixture's providers with this theme. */
export function providerNamesWithTheme(theme: string): string[] {
  return catalogue.providers.filter((provider) => provider.themes.includes(theme)).map((provider) => provider.name);
}

/** The provider a provider page link (/aanbieder/<id>, /en/aanbieder/<id>) points at. */
export function providerOfHref(href: string): CatalogueProvider {
  const id = href.match(/\/aanbieder\/([^/?#]+)$/)?.[1];
  if (!id) throw new Error(`"${href}" is not a provider page link`);
  return fixtureProvider(id);
}
