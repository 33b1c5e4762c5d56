/**
 * How each field is written, shown in messages when it is missing or wrong. Each example value is
 * written once; an example of a group of fields is built from the examples of the fields inside it,
 * so a fix shown for "verification" and one shown for "verification.role" can never disagree.
 */
import { SCHEMA_REF } from '../provider-schema.ts';

type ExampleValue = string | number | ExampleValue[] | { [field: string]: ExampleValue };

const role = 'medewerker Eerstelijnszone Herkenrode';
const number = '+32 11 12 34 56';
const pageDate = '2024-01-12';
const date = '2026-01-15';
const method = 'phone-call';
const website = 'https://www.voorbeeld.be';
const lat = 50.9303;
const lon = 5.3378;

/** Example values, keyed by the field's own name (the last name in its path). */
const EXAMPLE_VALUES: Record<string, ExampleValue> = {
  $schema: SCHEMA_REF,
  id: 'naam-van-het-bestand',
  name: 'Naam van de aanbieder',
  summary: { nl: 'Eén zin over wat ze voor jou doen.' },
  themes: ['pesten', 'somber'],
  area: 'flanders',
  channels: { phone: [{ number }] },
  sources: [{ url: `${website}/pagina`, pageDate, confirms: ['phone'] }],
  confirms: ['phone', 'phone-hours'],
  verification: { date, role, method },
  role,
  method,
  nl: 'Tekst in het Nederlands',
  number,
  url: website,
  website,
  address: 'info@voorbeeld.be',
  municipality: 'hasselt',
  postcode: '3500',
  date,
  pageDate,
  text: { nl: 'Ongeveer 2 weken' },
  coordinates: { lat, lon },
  lat,
  lon,
  min: 12,
  max: 25,
};

/** How each field is written, as staff type it: `"postcode": "3500"`. */
export const FIELD_EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(EXAMPLE_VALUES).map(([field, value]) => [field, `"${field}": ${written(value)}`]),
);

/** A value as staff write it on one line: `{ "nl": "…" }`, `["a", "b"]`. */
function written(value: ExampleValue): string {
  if (Array.isArray(value)) return `[${value.map(written).join(', ')}]`;
  if (typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([field, inner]) => `"${field}": ${written(inner)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}
