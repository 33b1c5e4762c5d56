/**
 * How a municipality is named on screen. Every component asks here, so a change of how names are found
 * (a name the build writes into the catalogue, say) is made in one place.
 */
import type { CatalogueLocation, CatalogueMunicipality } from './catalogue-types';

/** The name to show for a municipality id, or undefined when there is none or the catalogue does not know it. */
export function municipalityName(municipalities: CatalogueMunicipality[], id: string | undefined): string | undefined {
  return municipalities.find((municipality) => municipality.id === id)?.name;
}

/**
 * The municipality to show for a location: its name, or the place as written when it lies outside the
 * region (or has an id the catalogue does not know), so a place is never left out.
 */
export function locationMunicipalityName(location: CatalogueLocation, municipalities: CatalogueMunicipality[]): string {
  return (location.outsideRegion ? undefined : municipalityName(municipalities, location.municipality)) ?? location.municipality;
}
