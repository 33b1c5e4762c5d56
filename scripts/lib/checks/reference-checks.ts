/**
 * Checks that what a provider names exists and fits together: themes, municipalities, postcodes,
 * places and the age range.
 */
import { formatPath } from '../json-source.ts';
import { asArray, asObject, asString, objectsIn } from '../loose-json.ts';
import type { Check } from './check-context.ts';

const MUNICIPALITY_FIX_OUTSIDE =
  'ligt de plek buiten Alken, Diepenbeek, Hasselt, Herk-de-Stad en Zonhoven, zet dan ook "outsideRegion": true.';

export const themesExistCheck: Check = {
  name: 'themes-exist',
  needsVocabulary: ['themes'],
  run({ provider, vocabulary }, report) {
    const known = new Set(vocabulary.themes.map((theme) => theme.id));
    asArray(provider.themes).forEach((theme, index) => {
      if (typeof theme === 'string' && !known.has(theme)) {
        report(
          ['themes', index],
          `Het thema "${theme}" bestaat niet.`,
          `kies een id uit data/vocabulary/themes.json: ${[...known].join(', ')}.`,
        );
      }
    });
  },
};

/** Checks the municipality ids; the build gets their names, so the browser need not look them up. */
export const municipalitiesExistCheck: Check = {
  name: 'municipalities-exist',
  needsVocabulary: ['municipalities'],
  run({ provider, vocabulary }, report) {
    const namesById = new Map(vocabulary.municipalities.map((m) => [m.id, m.name]));
    const list = [...namesById.keys()].join(', ');
    const municipalityNames = new Map<string, string>();
    for (const [location, index] of objectsIn(provider.locations)) {
      const municipality = asString(location.municipality);
      if (municipality === undefined || location.outsideRegion === true) continue;
      const name = namesById.get(municipality);
      if (name !== undefined) {
        municipalityNames.set(formatPath(['locations', index, 'municipality']), name);
        continue;
      }
      const byName = vocabulary.municipalities.find((m) => m.name.toLowerCase() === municipality.toLowerCase());
      report(
        ['locations', index, 'municipality'],
        `De gemeente "${municipality}" staat niet in de lijst van gemeenten.`,
        byName ? `schrijf het id: "${byName.id}".` : `gebruik een van deze ids: ${list}. Of, ${MUNICIPALITY_FIX_OUTSIDE}`,
      );
    }
    const area = asString(provider.area);
    const areaMunicipalities = asArray(provider.areaMunicipalities);
    areaMunicipalities.forEach((municipality, index) => {
      if (typeof municipality !== 'string') return;
      const name = namesById.get(municipality);
      if (name !== undefined) municipalityNames.set(formatPath(['areaMunicipalities', index]), name);
      else
        report(
          ['areaMunicipalities', index],
          `De gemeente "${municipality}" staat niet in de lijst van gemeenten.`,
          `gebruik een van deze ids: ${list}.`,
        );
    });
    if (area === 'municipalities' && provider.areaMunicipalities === undefined) {
      report(
        ['area'],
        'Bij "area": "municipalities" staat niet voor welke gemeenten.',
        'voeg toe: "areaMunicipalities": ["hasselt", "zonhoven"]',
      );
    }
    if (area !== undefined && area !== 'municipalities' && provider.areaMunicipalities !== undefined) {
      report(
        ['areaMunicipalities'],
        `"areaMunicipalities" past niet bij "area": "${area}".`,
        'zet "area": "municipalities", of haal "areaMunicipalities" weg.',
      );
    }
    return { municipalityNames };
  },
};

export const postcodeCheck: Check = {
  name: 'postcode-in-municipality',
  run({ provider, vocabulary }, report) {
    for (const [location, index] of objectsIn(provider.locations)) {
      // Trimmed as the schema trims it: the build uses the trimmed value, so it must be the one checked.
      const postcode = asString(location.postcode)?.trim();
      const municipality = vocabulary.municipalities.find((m) => m.id === location.municipality);
      if (!postcode || !/^\d{4}$/.test(postcode)) continue;
      if (location.outsideRegion === true) {
        const inRegion = vocabulary.municipalities.find((m) => m.postcodes.some((p) => p.code === postcode));
        if (inRegion) {
          report(
            ['locations', index, 'outsideRegion'],
            `Postcode ${postcode} ligt in ${inRegion.name}, maar de plek staat als "buiten de regio".`,
            `haal "outsideRegion" weg en schrijf "municipality": "${inRegion.id}".`,
          );
        } else if (Number(postcode) < 1000) {
          report(
            ['locations', index, 'postcode'],
            `Postcode ${postcode} bestaat niet in België.`,
            'kijk de postcode na: Belgische postcodes gaan van 1000 tot 9999.',
          );
        }
        continue;
      }
      if (!municipality) continue;
      if (!municipality.postcodes.some((p) => p.code === postcode)) {
        const actual = vocabulary.municipalities.find((m) => m.postcodes.some((p) => p.code === postcode));
        report(
          ['locations', index, 'postcode'],
          `Postcode ${postcode} hoort niet bij ${municipality.name}${actual ? ` maar bij ${actual.name}` : ''}.`,
          `${municipality.name} heeft ${municipality.postcodes.map((p) => `${p.code} (${p.places.join(', ')})`).join('; ')}. Kijk na welke klopt: de postcode of de gemeente.`,
        );
      }
    }
  },
};

/** Belgium's bounding box, with a little room. */
const BELGIUM = { minLat: 49.49, maxLat: 51.51, minLon: 2.54, maxLon: 6.41 };
/** Far enough for the largest municipality (Hasselt with former Kortessem), close enough to catch a wrong town. */
const MAX_KM_FROM_CENTRE = 15;

export const coordinatesCheck: Check = {
  name: 'coordinates',
  run({ provider, vocabulary }, report) {
    for (const [location, index] of objectsIn(provider.locations)) {
      const coordinates = asObject(location.coordinates);
      if (!coordinates || typeof coordinates.lat !== 'number' || typeof coordinates.lon !== 'number') continue;
      const { lat, lon } = coordinates as { lat: number; lon: number };
      const path = ['locations', index, 'coordinates'];
      const outside = outsideBelgium(lat, lon);
      if (outside) {
        report(path, outside.message, outside.fix);
        continue;
      }
      if (location.outsideRegion === true) continue;
      const municipality = vocabulary.municipalities.find((m) => m.id === location.municipality);
      if (!municipality) continue;
      const distance = distanceKm(lat, lon, municipality.centre.lat, municipality.centre.lon);
      if (distance > MAX_KM_FROM_CENTRE) {
        report(
          path,
          `De coördinaten liggen ${Math.round(distance)} km van het centrum van ${municipality.name}: te ver voor een adres in die gemeente.`,
          `kijk na of de gemeente klopt en neem de coördinaten opnieuw over van een kaart. Ligt de plek buiten de regio, zet dan "outsideRegion": true.`,
        );
      }
    }
  },
};

/** What is wrong with coordinates that are not in Belgium (for places and municipality centres), or undefined. */
export function outsideBelgium(lat: number, lon: number): { message: string; fix: string } | undefined {
  if (inBelgium(lat, lon)) return undefined;
  return {
    message: `De coördinaten (${lat}, ${lon}) liggen niet in België.`,
    fix: inBelgium(lon, lat)
      ? 'breedte en lengte zijn omgewisseld: "lat" is ongeveer 50,9 en "lon" ongeveer 5,3 in onze regio.'
      : 'zoek het adres op een kaart en neem de coördinaten over: "lat" is ongeveer 50,9 en "lon" ongeveer 5,3 in onze regio.',
  };
}

function inBelgium(lat: number, lon: number): boolean {
  return lat >= BELGIUM.minLat && lat <= BELGIUM.maxLat && lon >= BELGIUM.minLon && lon <= BELGIUM.maxLon;
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

export const ageRangeCheck: Check = {
  name: 'age-range',
  run({ provider }, report) {
    const age = asObject(provider.age);
    if (age && typeof age.min === 'number' && typeof age.max === 'number' && age.min > age.max) {
      report(
        ['age'],
        `De leeftijd loopt van ${age.min} tot ${age.max}: het begin ligt na het einde.`,
        `draai ze om: "age": { "min": ${age.max}, "max": ${age.min} }`,
      );
    }
  },
};
