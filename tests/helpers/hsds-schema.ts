/**
 * The parts of the official HSDS 3.0 JSON schemas (github.com/openreferral/specification, branch 3.0,
 * folder schema/) that our export uses, written out by hand because the schema files cannot be
 * downloaded here. Read from the schema files themselves: service.json, organization.json, location.json,
 * address.json, phone.json, contact.json, schedule.json, service_area.json, language.json,
 * cost_option.json, attribute.json, taxonomy.json, taxonomy_term.json and service_at_location.json.
 *
 * For each object: its `required` properties, the tabular format's required links (`tabular_required`),
 * and the type, `format` and `enum` of every property we write. HSDS itself allows properties it does not
 * define; this check is stricter and refuses them, so a misspelt name ("open_at") cannot slip through.
 * HSDS uses no pattern or length limits; dates and times are plain strings in the schemas, and our own
 * forms for them (HH:MM, YYYY-MM-DD, as the schema descriptions ask) are checked here too.
 */
type Property =
  | { type: 'string'; format?: 'uuid' | 'uri' | 'email' | 'date' | 'time'; enum?: readonly string[] }
  | { type: 'number' }
  | { type: 'array' }
  | { type: 'object' };

export interface ObjectSchema {
  required: readonly string[];
  /** Required in the tabular (one list per table) form, where links are *_id fields. */
  tabularRequired?: readonly string[];
  properties: Record<string, Property>;
}

const uuid = { type: 'string', format: 'uuid' } as const;
const text = { type: 'string' } as const;
const uri = { type: 'string', format: 'uri' } as const;
const email = { type: 'string', format: 'email' } as const;
const number = { type: 'number' } as const;
const list = { type: 'array' } as const;
const object = { type: 'object' } as const;
const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;

export const HSDS_SCHEMAS = {
  organization: {
    required: ['id', 'name', 'description'],
    properties: { id: uuid, name: text, alternate_name: text, description: text, email, website: uri, phones: list, locations: list },
  },
  service: {
    required: ['id', 'name', 'status'],
    tabularRequired: ['organization_id'],
    properties: {
      id: uuid,
      organization_id: uuid,
      name: text,
      alternate_name: text,
      description: text,
      url: uri,
      email,
      status: { type: 'string', enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
      application_process: text,
      fees_description: text,
      minimum_age: number,
      maximum_age: number,
      assured_date: { type: 'string', format: 'date' },
      organization: object,
      phones: list,
      contacts: list,
      schedules: list,
      service_areas: list,
      languages: list,
      cost_options: list,
      attributes: list,
      service_at_locations: list,
    },
  },
  location: {
    required: ['id', 'location_type'],
    properties: {
      id: uuid,
      organization_id: uuid,
      location_type: { type: 'string', enum: LOCATION_TYPES },
      url: uri,
      name: text,
      description: text,
      latitude: number,
      longitude: number,
      addresses: list,
    },
  },
  address: {
    required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    properties: {
      id: uuid,
      location_id: uuid,
      address_1: text,
      city: text,
      state_province: text,
      postal_code: text,
      country: text,
      address_type: { type: 'string', enum: LOCATION_TYPES },
    },
  },
  service_at_location: {
    required: ['id'],
    tabularRequired: ['service_id', 'location_id'],
    properties: { id: uuid, service_id: uuid, location_id: uuid, description: text, schedules: list, location: object },
  },
  phone: {
    required: ['id', 'number'],
    properties: { id: uuid, service_id: uuid, location_id: uuid, number: text, type: text, description: text },
  },
  contact: {
    required: ['id'],
    properties: { id: uuid, service_id: uuid, name: text, title: text, email },
  },
  schedule: {
    required: ['id'],
    properties: {
      id: uuid,
      service_id: uuid,
      location_id: uuid,
      service_at_location_id: uuid,
      freq: { type: 'string', enum: ['WEEKLY', 'MONTHLY'] },
      wkst: { type: 'string', enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] },
      byday: text,
      opens_at: { type: 'string', format: 'time' },
      closes_at: { type: 'string', format: 'time' },
      description: text,
      attending_type: text,
      notes: text,
    },
  },
  service_area: {
    required: ['id'],
    properties: { id: uuid, service_id: uuid, name: text, description: text },
  },
  language: {
    required: ['id'],
    properties: { id: uuid, service_id: uuid, name: text, code: text },
  },
  cost_option: {
    required: ['id'],
    tabularRequired: ['service_id'],
    properties: { id: uuid, service_id: uuid, option: text, currency: text, amount: number, amount_description: text },
  },
  attribute: {
    required: ['id'],
    tabularRequired: ['link_id', 'taxonomy_term_id', 'link_entity'],
    properties: { id: uuid, link_id: uuid, taxonomy_term_id: uuid, link_type: text, link_entity: text, value: text, taxonomy_term: object },
  },
  taxonomy: {
    required: ['id', 'name', 'description'],
    properties: { id: uuid, name: text, description: text, uri, version: text },
  },
  taxonomy_term: {
    required: ['id', 'name', 'description'],
    properties: {
      id: uuid,
      code: text,
      name: text,
      description: text,
      parent_id: uuid,
      taxonomy: text,
      taxonomy_id: uuid,
      language: text,
      term_uri: uri,
    },
  },
} as const satisfies Record<string, ObjectSchema>;

export type HsdsObjectName = keyof typeof HSDS_SCHEMAS;

const FORMATS: Record<string, (value: string) => boolean> = {
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(value),
  uri: (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
  email: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  time: (value) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
};

/** What is wrong with one object against its schema: empty when it validates. */
export function hsdsViolations(name: HsdsObjectName, value: Record<string, unknown>, { tabular = false } = {}): string[] {
  const schema: ObjectSchema = HSDS_SCHEMAS[name];
  const where = `${name} ${String(value.id)}`;
  const problems: string[] = [];
  for (const field of [...schema.required, ...(tabular ? (schema.tabularRequired ?? []) : [])]) {
    if (value[field] === undefined) problems.push(`${where}: required "${field}" missing`);
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    const property = schema.properties[field];
    if (!property) {
      problems.push(`${where}: "${field}" is not a property of ${name}`);
      continue;
    }
    const actual = Array.isArray(fieldValue) ? 'array' : fieldValue === null ? 'null' : typeof fieldValue;
    if (actual !== property.type) {
      problems.push(`${where}: "${field}" is ${actual}, not ${property.type}`);
      continue;
    }
    if (property.type === 'number' && !Number.isFinite(fieldValue)) problems.push(`${where}: "${field}" is not a finite number`);
    if (property.type !== 'string') continue;
    const text = fieldValue as string;
    if (property.format && !FORMATS[property.format](text)) problems.push(`${where}: "${field}" ("${text}") is not a ${property.format}`);
    if (property.enum && !property.enum.includes(text))
      problems.push(`${where}: "${field}" ("${text}") is not one of ${property.enum.join(', ')}`);
  }
  return problems;
}

/**
 * Every object of every table against its schema, in the tabular form (links as *_id fields), and every
 * id used once ("Each entry must have a unique identifier").
 */
export function hsdsTableViolations(tables: object): string[] {
  const rowsByTable = Object.entries(tables as Record<string, Record<string, unknown>[]>);
  const ids = rowsByTable.flatMap(([, rows]) => rows.map((row) => row.id));
  const seen = new Set<unknown>();
  const twice = ids.filter((id) => seen.has(id) || !seen.add(id)).map((id) => `id ${String(id)} is used more than once`);
  const invalid = rowsByTable.flatMap(([name, rows]) =>
    name in HSDS_SCHEMAS
      ? rows.flatMap((row) => hsdsViolations(name as HsdsObjectName, row, { tabular: true }))
      : [`"${name}" is not an HSDS object`],
  );
  return [...twice, ...invalid];
}
