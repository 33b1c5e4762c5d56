import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { providerJsonSchema } from './data-schema.ts';
import {
  LEFT_OUT_OF_FORM,
  PATTERN_MESSAGES,
  STAFF_CONFIG_FILE,
  staffFormConfig,
  type CmsField,
  type SchemaNode,
} from './lib/cms-config.ts';
import { checkDataFolder } from './lib/check-data.ts';
import { staffConfigText } from './staff-config.ts';
import { siteRepository } from './lib/site-repository.ts';
import { REPO_ROOT } from '../tests/helpers/test-paths.ts';

/** Sveltia CMS's own JSON Schema for its configuration, shipped in the package. */
const SVELTIA_SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8')) as object;
const SCHEMA = providerJsonSchema() as SchemaNode;
/** The fictional vocabulary: the form's structure must not depend on what staff write in data/. */
const VOCABULARY = checkDataFolder(join(REPO_ROOT, 'tests/fixtures/catalogue')).vocabulary;
const config = staffFormConfig(SCHEMA, VOCABULARY, { name: 'github', repo: 'voorbeeld-organisatie/hulp-hub' });
const fields = config.collections[0].fields;

/** Every field of the form with its place ("sources.url"), lists and objects opened. */
function formFieldsByPath(list: CmsField[], parent = ''): Map<string, CmsField> {
  const found = new Map<string, CmsField>();
  for (const field of list) {
    const path = parent ? `${parent}.${field.name}` : field.name;
    found.set(path, field);
    for (const [child, value] of formFieldsByPath(field.fields ?? [], path)) found.set(child, value);
  }
  return found;
}

/** Every field of the schema, with its node and whether its parent requires it. */
function schemaFieldsByPath(node: SchemaNode, parent = ''): Map<string, { node: SchemaNode; required: boolean }> {
  const found = new Map<string, { node: SchemaNode; required: boolean }>();
  const required = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = parent ? `${parent}.${key}` : key;
    found.set(path, { node: child, required: required.has(key) });
    const inner = child.type === 'array' && child.items?.type === 'object' ? child.items : child;
    for (const [deeper, value] of schemaFieldsByPath(inner, path)) found.set(deeper, value);
  }
  return found;
}

describe('public/beheer/config.yml', () => {
  it('is what the generator writes now (run `npm run staff:config` after changing the schema or the vocabulary)', () => {
    expect(readFileSync(join(REPO_ROOT, STAFF_CONFIG_FILE), 'utf8')).toBe(staffConfigText(REPO_ROOT));
  });

  it('starts with the note that it is generated', () => {
    expect(readFileSync(join(REPO_ROOT, STAFF_CONFIG_FILE), 'utf8')).toMatch(
      /^# .*\n# gegenereerd door npm run staff:config — niet met de hand aanpassen\./,
    );
  });
});

describe("the staff form's configuration", () => {
  // Ajv 6 reads the draft-07 schema Sveltia ships; zod cannot read a JSON Schema.
  const validate = new Ajv({ allErrors: true }).compile(SVELTIA_SCHEMA);

  it("is valid by Sveltia CMS's own JSON Schema, the committed file and the browser tests' test-repo variant alike", () => {
    const committed = parse(readFileSync(join(REPO_ROOT, STAFF_CONFIG_FILE), 'utf8')) as unknown;
    for (const candidate of [config, committed, staffFormConfig(SCHEMA, VOCABULARY, { name: 'test-repo' })]) {
      expect(validate(candidate) ? [] : validate.errors).toEqual([]);
    }
  });

  it('fails that schema when a field is misspelt (so the check above can fail)', () => {
    const broken = structuredClone(config);
    (broken.collections[0].fields[1] as unknown as Record<string, unknown>).widgte = 'string';
    expect(validate(broken)).toBe(false);
  });

  it('saves to GitHub with a token, each change in a pull request', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: 'voorbeeld-organisatie/hulp-hub', auth_methods: ['token'] });
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow' });
  });

  it('writes JSON files named after the id into data/providers, leaving empty optional fields out', () => {
    expect(config.collections[0]).toMatchObject({ folder: 'data/providers', format: 'json', extension: 'json', slug: '{{fields.id}}' });
    expect(config.output).toEqual({ omit_empty_optional_fields: true, json: { indent_style: 'space', indent_size: 2 } });
  });

  it('shows every field of the schema, in its order, or says why one is left out', () => {
    const form = formFieldsByPath(fields);
    const schema = schemaFieldsByPath(SCHEMA);
    const missing = [...schema.keys()].filter((path) => !form.has(path) && !(path in LEFT_OUT_OF_FORM));
    expect(missing).toEqual([]);
    // Nothing in the form that the schema does not know (a file with it would fail the data check).
    expect([...form.keys()].filter((path) => !schema.has(path))).toEqual([]);
    expect(fields.map((field) => field.name)).toEqual(Object.keys(SCHEMA.properties ?? {}).filter((key) => !(key in LEFT_OUT_OF_FORM)));
  });

  it('requires what the schema requires, and only that', () => {
    const form = formFieldsByPath(fields);
    for (const [path, { required }] of schemaFieldsByPath(SCHEMA)) {
      const field = form.get(path)!;
      if (field.widget === 'hidden') continue;
      expect({ path, required: field.required }).toEqual({ path, required });
    }
  });

  it('gives every field a Dutch label from the schema and its description as help', () => {
    const form = formFieldsByPath(fields);
    for (const [path, { node }] of schemaFieldsByPath(SCHEMA)) {
      const field = form.get(path)!;
      if (field.widget === 'hidden') continue;
      expect({ path, label: field.label }).toEqual({ path, label: node.title });
      if (node.description) expect(field.hint).toBe(node.description);
    }
  });

  it("checks the schema's patterns, each with a Dutch message", () => {
    const form = formFieldsByPath(fields);
    const patterned = [...schemaFieldsByPath(SCHEMA)].filter(([, { node }]) => node.pattern || node.items?.pattern);
    expect(patterned.length).toBeGreaterThanOrEqual(5);
    for (const [path, { node }] of patterned) {
      const field = form.get(path)!;
      const pattern = (field.field ?? field).pattern;
      const expected = node.pattern ?? node.items!.pattern!;
      expect({ path, pattern }).toEqual({ path, pattern: [expected, PATTERN_MESSAGES[expected]] });
      // The form's regular expression is the schema's, so it accepts and refuses the same values.
      expect(new RegExp(pattern![0]).source).toBe(new RegExp(expected).source);
    }
  });

  it('offers themes and municipalities from the vocabulary, and fixed lists as choices with Dutch names', () => {
    const form = formFieldsByPath(fields);
    expect(form.get('themes')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(form.get('themes')!.options!.map((option) => option.value)).toEqual(VOCABULARY.themes.map((theme) => theme.id));
    expect(form.get('areaMunicipalities')!.options!.map((option) => option.value)).toEqual(
      VOCABULARY.municipalities.map((place) => place.id),
    );
    expect(form.get('area')!.options!.map((option) => option.value)).toEqual(SCHEMA.properties!.area.enum);
    expect(form.get('verification.method')!.options!.map((option) => option.value)).toEqual(
      SCHEMA.properties!.verification.properties!.method.enum,
    );
    expect(form.get('sources.confirms')).toMatchObject({ widget: 'select', multiple: true });
    for (const path of ['area', 'verification.method', 'sources.confirms']) {
      for (const option of form.get(path)!.options!) expect(option.label).not.toBe(option.value);
    }
  });

  it('asks yes, no or nothing for a yes/no fact, so an untouched field never writes "false"', () => {
    const form = formFieldsByPath(fields);
    for (const path of ['free', 'anonymous', 'channels.phone.free', 'locations.walkIn']) {
      expect(form.get(path)).toMatchObject({
        widget: 'select',
        required: false,
        options: [
          { label: 'Ja', value: true },
          { label: 'Nee', value: false },
        ],
      });
    }
    expect(form.get('locations.outsideRegion')).toMatchObject({ widget: 'select', options: [{ label: 'Ja', value: true }] });
  });
});

describe('the repository setting (beheer.json)', () => {
  function rootWith(repository: string): string {
    const root = mkdtempSync(join(tmpdir(), 'hulphub-beheer-'));
    writeFileSync(join(root, 'beheer.json'), JSON.stringify({ repository }));
    cpSync(join(REPO_ROOT, 'tests/fixtures/catalogue/vocabulary'), join(root, 'data/vocabulary'), { recursive: true });
    return root;
  }

  it('names the repository the form saves to', () => {
    const root = rootWith('voorbeeld-organisatie/hulp-hub');
    expect(siteRepository(root)).toBe('voorbeeld-organisatie/hulp-hub');
    expect(parse(staffConfigText(root)).backend.repo).toBe('voorbeeld-organisatie/hulp-hub');
  });

  it('refuses a value that is not owner/name, saying how to write it', () => {
    expect(() => siteRepository(rootWith('https://github.com/voorbeeld-organisatie/hulp-hub'))).toThrow(
      /moet de vorm eigenaar\/naam hebben, bv\. mijn-organisatie\/hulp-hub/,
    );
  });
});
