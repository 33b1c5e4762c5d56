/**
 * The staff form's configuration (Sveltia CMS, page /beheer/), generated from the one schema
 * (./provider-schema.ts) through its JSON Schema, the same path `npm run data:schema` takes: every field
 * in schema order, with its Dutch title as label and its description as help text, required where the
 * schema requires it, patterns where it has one, and the vocabulary's themes and municipalities as
 * choices. `npm run staff:config` writes it to public/beheer/config.yml; a test fails when they differ.
 *
 * What the form cannot check (phone numbers, links, opening hours, "area" and "areaMunicipalities"
 * together, the id matching the file name…) the data check on the pull request catches.
 */
import { stringify } from 'yaml';
import type { FactKind, VerificationMethod } from '../../src/catalogue/fact-age.ts';
import type { Vocabulary } from './checks/check-context.ts';
import { AREA_VALUES, FULL_DATE_PATTERN, KEYWORD_PATTERN, PARTIAL_DATE_PATTERN } from './provider-schema.ts';
import { ID_PATTERN } from '../../src/catalogue/catalogue-id.ts';
import { SITE_SETTINGS_FILE } from './site-repository.ts';

export const STAFF_CONFIG_FILE = 'public/beheer/config.yml';
export const PROVIDERS_FOLDER = 'data/providers';

/** A node of the JSON Schema z.toJSONSchema writes (draft-7): only what the form uses. */
export interface SchemaNode {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: (string | number)[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

/** A Sveltia CMS field, as far as this form writes one. */
export interface CmsField {
  name: string;
  label?: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  maxlength?: number;
  options?: { label: string; value: string | number | boolean }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  label_singular?: string;
  collapsed?: boolean | 'auto';
}

export type CmsBackend = { name: 'github'; repo: string } | { name: 'test-repo' };

/** What staff read when a value does not match the schema's pattern: what to write, with an example. */
export const PATTERN_MESSAGES: Record<string, string> = {
  [ID_PATTERN.source]: 'Schrijf kleine letters, cijfers en streepjes, zonder spaties, bv. tele-onthaal.',
  [PARTIAL_DATE_PATTERN.source]: 'Schrijf de datum als JJJJ-MM-DD, bv. 2024-01-12. Toont de bron alleen maand of jaar: 2024-01 of 2024.',
  [FULL_DATE_PATTERN.source]: 'Schrijf de datum als JJJJ-MM-DD, bv. 2026-11-24.',
  ['^\\d{4}$']: 'Schrijf de postcode als 4 cijfers, bv. 3500.',
  ['^[a-z]{2}$']: 'Schrijf de taal als code van 2 kleine letters, bv. nl, en, fr of ar.',
  [KEYWORD_PATTERN.source]: 'Eén zoekwoord per vak, zonder komma.',
};

/** Dutch names for the schema's fixed lists, shown in the form; the file keeps the value. */
const AREA_LABELS: Record<(typeof AREA_VALUES)[number], string> = {
  belgium: 'Heel België',
  flanders: 'Vlaanderen',
  limburg: 'Limburg',
  'elz-herkenrode': 'De vijf gemeenten van ELZ Herkenrode',
  municipalities: 'Alleen bepaalde gemeenten (kies ze hieronder)',
};
const FACT_KIND_LABELS: Record<FactKind, string> = {
  phone: 'Telefoonnummer',
  'phone-hours': 'Uren van de telefoon',
  'chat-hours': 'Uren van de chat',
  'video-hours': 'Uren van videogesprekken',
  'place-hours': 'Openingsuren van de plek',
  free: 'Gratis of betalend',
  anonymous: 'Anoniem',
};
const VERIFICATION_METHOD_LABELS: Record<VerificationMethod, string> = {
  'phone-call': 'Ik belde de organisatie',
  'email-reply': 'De organisatie antwoordde op mijn mail',
  'own-website': 'Ik las die dag hun eigen website',
};
const ENUM_LABELS: Record<string, string> = { ...AREA_LABELS, ...FACT_KIND_LABELS, ...VERIFICATION_METHOD_LABELS };

/**
 * Schema fields the form does not show, with why. Every other field of the schema is in the form (a test
 * walks the schema's keys). Empty today: staff can fill in every field.
 */
export const LEFT_OUT_OF_FORM: Record<string, string> = {};

/** Texts longer than this get a multi-line box. */
const MULTILINE_FROM = 200;

/** Builds one form field from its JSON Schema node; `path` is the field's place ("sources.url"), for the vocabulary fields and messages. */
function formField(name: string, node: SchemaNode, required: boolean, path: string, vocabulary: Vocabulary): CmsField {
  const base = {
    name,
    label: node.title ?? name,
    ...(node.description ? { hint: node.description } : {}),
    required,
  };
  const choices = vocabularyChoices(path, vocabulary);
  if (choices) {
    return { ...base, widget: 'select', multiple: true, options: choices, ...listBounds(node, required) };
  }
  if (node.const !== undefined) {
    // "$schema" is always the same text: written, never shown. "outsideRegion" can only be true.
    if (typeof node.const === 'string') return { name, widget: 'hidden', default: node.const };
    return { ...base, widget: 'select', options: [{ label: 'Ja', value: node.const as boolean }] };
  }
  if (node.enum) return { ...base, widget: 'select', options: node.enum.map((value) => ({ label: enumLabel(value), value })) };
  switch (node.type) {
    case 'boolean':
      // A choice, not a tick box: an empty tick box would write false ("you must pay", "not anonymous"),
      // a fact nobody checked. Left empty, the field stays out of the file.
      return {
        ...base,
        widget: 'select',
        options: [
          { label: 'Ja', value: true },
          { label: 'Nee', value: false },
        ],
      };
    case 'string':
      return {
        ...base,
        widget: (node.maxLength ?? 0) > MULTILINE_FROM ? 'text' : 'string',
        ...(node.maxLength ? { maxlength: node.maxLength } : {}),
        ...(node.pattern ? { pattern: [node.pattern, patternMessage(node.pattern, path)] } : {}),
      };
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: node.type === 'integer' ? 'int' : 'float',
        ...(node.minimum !== undefined ? { min: node.minimum } : {}),
        ...(node.maximum !== undefined ? { max: node.maximum } : {}),
      };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(node, path, vocabulary) };
    case 'array': {
      const items = node.items;
      if (!items) throw new Error(`The schema's list "${path}" has no item type.`);
      if (items.enum) {
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: items.enum.map((value) => ({ label: enumLabel(value), value })),
          ...listBounds(node, required),
        };
      }
      const bounds = listBounds(node, required);
      if (items.type === 'object') {
        return { ...base, widget: 'list', ...bounds, collapsed: 'auto', fields: objectFields(items, path, vocabulary) };
      }
      return { ...base, widget: 'list', ...bounds, field: formField(name, { ...items, title: node.title }, true, path, vocabulary) };
    }
    default:
      throw new Error(`The form has no field for the schema's type "${String(node.type)}" at "${path}".`);
  }
}

function objectFields(node: SchemaNode, path: string, vocabulary: Vocabulary): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {})
    .filter(([key]) => !(joinPath(path, key) in LEFT_OUT_OF_FORM))
    .map(([key, child]) => formField(key, child, required.has(key), joinPath(path, key), vocabulary));
}

/** Themes and municipalities are chosen from the vocabulary, so staff cannot write an id that does not exist. */
function vocabularyChoices(path: string, vocabulary: Vocabulary): CmsField['options'] | undefined {
  if (path === 'themes') return vocabulary.themes.map((theme) => ({ label: theme.label.nl, value: theme.id }));
  if (path === 'areaMunicipalities') return vocabulary.municipalities.map((place) => ({ label: place.name, value: place.id }));
  // locations.municipality stays free text: a place outside the region is written by its name ("Genk").
  return undefined;
}

/** A list's bounds. An optional list may stay empty (then it is left out of the file); minItems then holds only once it has items, which the data check enforces. */
function listBounds(node: SchemaNode, required: boolean): Pick<CmsField, 'min' | 'max'> {
  return {
    ...(required && node.minItems !== undefined ? { min: node.minItems } : {}),
    ...(node.maxItems !== undefined ? { max: node.maxItems } : {}),
  };
}

function enumLabel(value: string | number): string {
  const label = ENUM_LABELS[String(value)];
  if (!label) throw new Error(`The form has no Dutch label for the choice "${value}": add it in scripts/lib/cms-config.ts.`);
  return label;
}

function patternMessage(pattern: string, path: string): string {
  const message = PATTERN_MESSAGES[pattern];
  if (!message) throw new Error(`The form has no Dutch message for the pattern ${pattern} of "${path}": add it to PATTERN_MESSAGES.`);
  return message;
}

function joinPath(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

/** The whole configuration as an object. */
export function staffFormConfig(providerJsonSchema: SchemaNode, vocabulary: Vocabulary, backend: CmsBackend) {
  return {
    backend:
      backend.name === 'github'
        ? {
            name: 'github',
            repo: backend.repo,
            // Staff paste a fine-grained token: no OAuth server to run.
            auth_methods: ['token'],
            commit_messages: {
              create: 'Nieuwe aanbieder: {{slug}}',
              update: 'Aanbieder aangepast: {{slug}}',
              delete: 'Aanbieder verwijderd: {{slug}}',
            },
          }
        : { name: 'test-repo' },
    // Each new or changed provider is saved on its own branch with a pull request; the data check runs on it.
    ...(backend.name === 'github' ? { publish_mode: 'editorial_workflow' } : {}),
    app_title: 'Hulp HUB beheer',
    media_folder: 'public/media',
    // An optional field left empty is left out of the file, as the data check expects (not "" or []).
    output: { omit_empty_optional_fields: true, json: { indent_style: 'space', indent_size: 2 } },
    editor: { preview: false },
    collections: [
      {
        name: 'providers',
        label: 'Aanbieders',
        label_singular: 'Aanbieder',
        description: 'Eén bestand per aanbieder in data/providers/. Uitleg per veld: data/README.md.',
        folder: PROVIDERS_FOLDER,
        format: 'json',
        extension: 'json',
        identifier_field: 'name',
        // The file is named after the id, as the data check requires.
        slug: '{{fields.id}}',
        summary: '{{name}}',
        sortable_fields: ['name', 'id'],
        fields: objectFields(providerJsonSchema, '', vocabulary),
      },
    ],
  };
}

/** The YAML text written to public/beheer/config.yml. */
export function staffFormConfigText(providerJsonSchema: SchemaNode, vocabulary: Vocabulary, backend: CmsBackend): string {
  const header = [
    '# Formulier voor medewerkers (Sveltia CMS) op /beheer/.',
    '# gegenereerd door npm run staff:config — niet met de hand aanpassen.',
    `# Velden, uitleg en keuzes komen uit scripts/lib/provider-schema.ts en data/vocabulary/; de repository uit ${SITE_SETTINGS_FILE}.`,
  ];
  return `${header.join('\n')}\n${stringify(staffFormConfig(providerJsonSchema, vocabulary, backend), { lineWidth: 0, singleQuote: true })}`;
}
