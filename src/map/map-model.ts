/**
 * What the map shows for a list of results: places with the providers there, and the providers that
 * have no place on the map (helplines, online help, places outside the region without coordinates).
 * Every result of the list is in exactly one of the two, so the map never hides what the list shows.
 *
 * Providers in one building (same coordinates) share one marker. A place whose exact coordinates are not
 * in the data is shown at its municipality's centre, in one marker per municipality, and says so: we
 * do not guess where a building is.
 */
import type { CatalogueMunicipality } from '../catalogue/catalogue-types';
import type { SearchResult } from '../search/search-providers';

export interface MapPlace {
  key: string;
  lat: number;
  lon: number;
  /** True when the coordinates are the building's; false for a municipality's centre. */
  exact: boolean;
  /** The building (name or street) for exact places, the municipality's name otherwise. */
  label: string;
  municipalityId?: string;
  results: SearchResult[];
}

export interface MapModel {
  places: MapPlace[];
  /** Results with no place on the map, in list order. */
  withoutPlace: SearchResult[];
}

export function buildMapModel(results: SearchResult[], municipalities: CatalogueMunicipality[]): MapModel {
  const places = new Map<string, MapPlace>();
  const withoutPlace: SearchResult[] = [];
  for (const result of results) {
    let placed = false;
    for (const location of result.provider.locations) {
      const municipality = location.outsideRegion ? undefined : municipalities.find((m) => m.id === location.municipality);
      let place: Omit<MapPlace, 'results'> | undefined;
      if (location.coordinates) {
        const { lat, lon } = location.coordinates;
        place = {
          key: `${lat.toFixed(5)},${lon.toFixed(5)}`,
          lat,
          lon,
          exact: true,
          label: location.name ?? location.street ?? location.municipalityName,
          municipalityId: municipality?.id,
        };
      } else if (municipality) {
        place = {
          key: `gemeente:${municipality.id}`,
          lat: municipality.centre.lat,
          lon: municipality.centre.lon,
          exact: false,
          label: location.municipalityName,
          municipalityId: municipality.id,
        };
      }
      if (!place) continue;
      const existing = places.get(place.key) ?? { ...place, results: [] };
      if (!existing.results.includes(result)) existing.results.push(result);
      places.set(place.key, existing);
      placed = true;
    }
    if (!placed) withoutPlace.push(result);
  }
  return { places: [...places.values()], withoutPlace };
}

/** Every provider id the map shows, on a marker or in the list beside it. */
export function mapProviderIds(model: MapModel): Set<string> {
  return new Set([...model.places.flatMap((place) => place.results), ...model.withoutPlace].map((result) => result.provider.id));
}
