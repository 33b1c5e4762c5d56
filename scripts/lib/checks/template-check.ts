/**
 * Refuses the template's example values (data/README.md "Sjabloon", `npm run data:new`). The template
 * is valid on purpose, so it shows how each field is written; without this check a file made from it
 * and left half filled in would pass, and a young person could call "+32 11 12 34 56" or read
 * "Nagekeken bij de organisatie" about a check nobody did.
 */
import { isDeepStrictEqual } from 'node:util';
import type { JsonPath } from '../json-source.ts';
import { PROVIDER_TEMPLATE } from '../provider-template.ts';
import type { Check } from './check-context.ts';

const { channels, locations, sources } = PROVIDER_TEMPLATE;

/**
 * Values that only make sense as examples. Values that a real provider can share with the template
 * (a theme, "hasselt", opening hours, true) are left out: those are checked against their sources.
 */
const EXAMPLE_TEXTS = new Set<string>([
  PROVIDER_TEMPLATE.name,
  PROVIDER_TEMPLATE.summary.nl,
  ...PROVIDER_TEMPLATE.keywords,
  channels.phone[0].number,
  channels.email[0].address,
  channels.website,
  locations[0].street,
  sources[0].url,
  sources[0].note,
]);

export const templateValuesCheck: Check = {
  name: 'template-values',
  run({ provider }, report) {
    const visit = (value: unknown, path: JsonPath) => {
      if (typeof value === 'string' && EXAMPLE_TEXTS.has(value.trim())) {
        report(
          path,
          `"${value.trim()}" komt uit het sjabloon: het is een voorbeeld, geen gegeven van deze aanbieder.`,
          'vul het echte gegeven in, uit een bron die je noemt, of haal het veld weg.',
        );
      } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
      else if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
      }
    };
    visit(provider, []);
    if (isDeepStrictEqual(provider.verification, PROVIDER_TEMPLATE.verification)) {
      report(
        ['verification'],
        'Deze verificatie komt uit het sjabloon. De site zou zeggen dat iemand alles bij de organisatie nakeek.',
        'haal "verification" weg, of vul de dag, je functie en de manier in waarop je zelf nakeek.',
      );
    }
  },
};
