/**
 * The template staff start a provider from: `npm run data:new` writes it, and data/README.md shows it
 * under "Sjabloon" (tests/data/staff-guide.test.ts fails when the two differ). It lives in code, not
 * only in the README, so the command never depends on how a Markdown file was edited; the test makes
 * a drift a red check instead of a surprise for the next person who runs the command.
 *
 * Every value is an example to replace or remove: none of it is about a real organisation.
 */
import { ID_PATTERN } from '../../src/catalogue/catalogue-id.ts';
import { canonicalJson, FILE_SCHEMAS } from './canonical-json.ts';
import { LIMITS, SCHEMA_REF, type ProviderData } from './provider-schema.ts';

export const PROVIDER_TEMPLATE = {
  $schema: SCHEMA_REF,
  id: 'naam-van-het-bestand',
  name: 'Naam zoals jongeren hem kennen',
  summary: { nl: 'Eén zin in jongerentaal: wat doen ze voor jou?' },
  themes: ['pesten'],
  keywords: ['woord dat jongeren gebruiken'],
  age: { min: 12, max: 25 },
  free: true,
  anonymous: true,
  referralNeeded: false,
  withoutParents: true,
  area: 'municipalities',
  areaMunicipalities: ['hasselt'],
  channels: {
    phone: [{ number: '+32 11 12 34 56', hours: 'Mo-Fr 09:00-17:00; PH off' }],
    email: [{ address: 'info@voorbeeld.be' }],
    website: 'https://www.voorbeeld.be',
  },
  locations: [
    {
      street: 'Voorbeeldstraat 1',
      postcode: '3500',
      municipality: 'hasselt',
      walkIn: true,
      hours: 'Mo-Fr 09:00-12:00,13:00-17:00; PH off',
    },
  ],
  sources: [
    {
      url: 'https://www.voorbeeld.be/contact',
      pageDate: '2026-11-20',
      confirms: ['phone', 'phone-hours', 'place-hours', 'free', 'anonymous'],
      note: 'Adres, telefoon, uren, gratis en anoniem.',
    },
  ],
  verification: { date: '2026-11-20', role: 'medewerker Eerstelijnszone Herkenrode', method: 'phone-call' },
} satisfies ProviderData;

/** The template as a file, in the canonical layout: what data/README.md shows. */
export function templateText(fields: { id: string; name: string } = PROVIDER_TEMPLATE): string {
  return canonicalJson({ ...PROVIDER_TEMPLATE, id: fields.id, name: fields.name }, FILE_SCHEMAS.provider);
}

/**
 * The id (and file name) for a provider's name: lower case, accents removed ("Ça" → "ca"), every run of
 * other characters one hyphen, no hyphen at either end, at most LIMITS.id characters. Undefined when
 * nothing is left, such as for a name of only punctuation.
 */
export function idFromName(name: string): string | undefined {
  const id = name
    .normalize('NFD')
    .replace(/\p{Mark}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, LIMITS.id)
    .replace(/^-+|-+$/g, '');
  return ID_PATTERN.test(id) ? id : undefined;
}
