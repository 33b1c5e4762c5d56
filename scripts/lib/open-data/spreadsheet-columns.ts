/**
 * The one description of the staff spreadsheet (`npm run data:export -- --csv` and `data:import -- --csv`):
 * which column holds which field of a provider file, and how its value is written in a cell.
 *
 * One row per provider. What a provider can have several of (phones, chats, e-mail addresses, video
 * links, places, sources) gets numbered columns: "Telefoon 1: nummer", "Telefoon 2: nummer", …
 * data/README.md explains this to staff; keep the two in step.
 */
import { LIMITS } from '../provider-schema.ts';
import type { JsonPath } from '../json-source.ts';

/**
 * How a cell is written:
 * - text: as it is;
 * - list: items separated by ", " (themes, keywords, languages, municipalities, what a source confirms);
 * - yes-no: "ja" or "nee" (empty: not known);
 * - yes-only: "ja" or empty, for a field that is either true or left out;
 * - integer, decimal: a number ("50.93"; "50,93" as Belgian Excel writes it is read too);
 * - date: "2026-11-20", "2026-11" or "2026" ("20/11/2026" as Excel rewrites a day is read too).
 */
export type CellKind = 'text' | 'list' | 'yes-no' | 'yes-only' | 'integer' | 'decimal' | 'date';

export interface Column {
  header: string;
  /** Where the value goes in the provider file, e.g. ["channels", "phone", 0, "number"]. */
  path: JsonPath;
  kind: CellKind;
}

/** A field inside a provider, or inside one of its numbered items. */
interface FieldSpec {
  header: string;
  path: JsonPath;
  kind: CellKind;
}

const LANGUAGES = ['nl', 'en', 'fr'] as const;

/** A text in three languages: three columns, "Korte zin (nl)", "Korte zin (en)", "Korte zin (fr)". */
function localized(header: string, path: JsonPath): FieldSpec[] {
  return LANGUAGES.map((language) => ({ header: `${header} (${language})`, path: [...path, language], kind: 'text' }));
}

const field = (header: string, path: JsonPath, kind: CellKind = 'text'): FieldSpec => ({ header, path, kind });

/** A provider's own fields, in the order of the spreadsheet. */
const PROVIDER_FIELDS: FieldSpec[] = [
  field('Id', ['id']),
  field('Naam', ['name']),
  field('Organisatie', ['organisation']),
  ...localized('Korte zin', ['summary']),
  ...localized('Uitleg', ['description']),
  ...localized('Eerste contact', ['firstContact']),
  field("Thema's", ['themes'], 'list'),
  field('Zoekwoorden', ['keywords'], 'list'),
  field('Leeftijd vanaf', ['age', 'min'], 'integer'),
  field('Leeftijd tot en met', ['age', 'max'], 'integer'),
  field('Gratis', ['free'], 'yes-no'),
  ...localized('Uitleg over de prijs', ['costNote']),
  field('Anoniem', ['anonymous'], 'yes-no'),
  field('Verwijzing nodig', ['referralNeeded'], 'yes-no'),
  field('Zonder ouders', ['withoutParents'], 'yes-no'),
  field('Elke vraag welkom', ['anyQuestion'], 'yes-no'),
  field('Gebied', ['area']),
  field('Gemeenten', ['areaMunicipalities'], 'list'),
  field('Website', ['channels', 'website']),
  field('Talen', ['languages'], 'list'),
  ...localized('Wachttijd', ['waitingTime', 'text']),
  field('Wachttijd: datum', ['waitingTime', 'date'], 'date'),
  field('Nagekeken op', ['verification', 'date'], 'date'),
  field('Nagekeken door (functie)', ['verification', 'role']),
  field('Nagekeken hoe', ['verification', 'method']),
  field('Interne notitie', ['staffNote']),
];

export interface NumberedGroup {
  /** "Telefoon": its columns are "Telefoon 1: nummer", … */
  name: string;
  /** The list in the provider file, e.g. ["channels", "phone"]. */
  listPath: JsonPath;
  /** The most items the data may hold (the schema's limit): the import reads numbers up to this. */
  max: number;
  fields: FieldSpec[];
}

const openingHours = (): FieldSpec[] => [field('uren', ['hours']), ...localized('uitleg bij de uren', ['hoursNote'])];

export const NUMBERED_GROUPS: NumberedGroup[] = [
  {
    name: 'Telefoon',
    listPath: ['channels', 'phone'],
    max: LIMITS.channels,
    fields: [field('nummer', ['number']), ...localized('uitleg', ['label']), ...openingHours(), field('gratis bellen', ['free'], 'yes-no')],
  },
  {
    name: 'Chat',
    listPath: ['channels', 'chat'],
    max: LIMITS.channels,
    fields: [field('link', ['url']), ...localized('uitleg', ['label']), ...openingHours()],
  },
  {
    name: 'E-mail',
    listPath: ['channels', 'email'],
    max: LIMITS.channels,
    fields: [field('adres', ['address']), ...localized('uitleg', ['label'])],
  },
  {
    name: 'Video',
    listPath: ['channels', 'video'],
    max: LIMITS.channels,
    fields: [field('link', ['url']), ...localized('uitleg', ['label']), ...openingHours()],
  },
  {
    name: 'Plek',
    listPath: ['locations'],
    max: LIMITS.locations,
    fields: [
      field('naam', ['name']),
      field('straat en huisnummer', ['street']),
      field('postcode', ['postcode']),
      field('gemeente', ['municipality']),
      field('buiten de regio', ['outsideRegion'], 'yes-only'),
      field('breedtegraad', ['coordinates', 'lat'], 'decimal'),
      field('lengtegraad', ['coordinates', 'lon'], 'decimal'),
      field('binnenlopen zonder afspraak', ['walkIn'], 'yes-no'),
      field('alleen op afspraak', ['byAppointment'], 'yes-no'),
      ...openingHours(),
    ],
  },
  {
    name: 'Bron',
    listPath: ['sources'],
    max: LIMITS.sources,
    fields: [
      field('link', ['url']),
      field('datum op de pagina', ['pageDate'], 'date'),
      field('deze pagina toont', ['confirms'], 'list'),
      field('notitie', ['note']),
    ],
  },
];

/** The columns of item `number` (1-based) of a group. */
export function groupColumns(group: NumberedGroup, number: number): Column[] {
  return group.fields.map(({ header, path, kind }) => ({
    header: `${group.name} ${number}: ${header}`,
    path: [...group.listPath, number - 1, ...path],
    kind,
  }));
}

export const PROVIDER_COLUMNS: Column[] = PROVIDER_FIELDS;

/** The column of the internal note, which the spreadsheet published on the site leaves out. */
export const STAFF_NOTE_HEADER = 'Interne notitie';

/** Every column an import can read: the provider's own, and every group numbered up to its limit. */
export const ALL_COLUMNS: readonly Column[] = [
  ...PROVIDER_COLUMNS,
  ...NUMBERED_GROUPS.flatMap((group) => Array.from({ length: group.max }, (_, i) => groupColumns(group, i + 1)).flat()),
];

/** Headers compare without regard to capitals or extra spaces: "thema's " is "Thema's". */
export function headerKey(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase();
}
