/**
 * How a municipality id from a URL is named on screen. Places in the catalogue carry their name already
 * (`municipalityName`, `areaMunicipalityNames`, written by the build), so this is only for ids that come
 * from elsewhere, such as /gemeente/<id>.
 */
import type { CatalogueMunicipality } from './catalogue-types';

/** The name to show for a municipality id, or undefined when there is none or the catalogue does not know it. */
export function municipalityName(municipalities: CatalogueMunicipality[], id: string | undefined): string | undefined {
  return municipalities.find((municipality) => municipality.id === id)?.name;
}
