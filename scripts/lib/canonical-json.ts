/**
 * The one way a data file is written: `npm run data:format` writes it, `npm run data:new` starts from it,
 * and the checker warns when a provider file looks different. Only layout and key order change, never a
 * value, so a formatted file means exactly what it meant before.
 *
 * The rule, kept simple so staff can predict it:
 * - keys in the order the schema declares them; keys the schema does not know keep their order, at the end;
 * - 2 spaces per level, one newline at the end of the file, UTF-8 without byte-order mark;
 * - an object or a list goes on one line (`{ "min": 12, "max": 25 }`, `["pesten", "somber"]`) when that
 *   whole line, with its indentation, its key and its comma, fits in {@link LINE_WIDTH} characters;
 *   otherwise each field or item goes on its own line, and the same rule applies to each of them;
 * - the file itself (the outer { }) always spreads over several lines.
 * One line per field keeps a pull request's diff and the checker's line numbers pointing at the field.
 */
import { z } from 'zod';
import { municipalitiesFileSchema, providerSchema, themesFileSchema } from './provider-schema.ts';

/** The same width Prettier uses for the code (.prettierrc.json), so both look alike in an editor. */
export const LINE_WIDTH = 140;

const INDENT = '  ';

/** What each kind of data file looks like, for the key order. */
export const FILE_SCHEMAS = {
  provider: providerSchema,
  themes: themesFileSchema,
  municipalities: municipalitiesFileSchema,
} as const satisfies Record<string, z.ZodType>;

/** The canonical text of a parsed JSON value, ordered by `schema` where it describes the value. */
export function canonicalJson(value: unknown, schema?: z.ZodType): string {
  return `${write(ordered(value, schema), '', '', ',', true)}\n`;
}

/** The value with object keys in the schema's order; unknown keys follow in their own order. */
function ordered(value: unknown, schema: z.ZodType | undefined): unknown {
  const shape = unwrapped(schema);
  if (Array.isArray(value)) {
    const element = shape instanceof z.ZodArray ? (shape.element as z.ZodType) : undefined;
    // As JSON.stringify does for values made in code (a parsed file has none): a missing item is null.
    return value.map((item) => (item === undefined ? null : ordered(item, element)));
  }
  if (value === null || typeof value !== 'object') return value;
  const fields = shape instanceof z.ZodObject ? (shape.shape as Record<string, z.ZodType>) : {};
  const object = value as Record<string, unknown>;
  const known = Object.keys(fields).filter((key) => Object.hasOwn(object, key));
  const unknown = Object.keys(object).filter((key) => !Object.hasOwn(fields, key));
  const result: Record<string, unknown> = {};
  // A field set to undefined is left out, as JSON.stringify does.
  for (const key of [...known, ...unknown]) if (object[key] !== undefined) result[key] = ordered(object[key], fields[key]);
  return result;
}

/** The schema under .optional(), .nullable() and the like, where the object or array is described. */
function unwrapped(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/**
 * Writes `value` starting after `prefix` (the indentation and `"key": `) and followed by `suffix` (a comma
 * or nothing). Returns the text without the prefix's indentation repeated.
 */
function write(value: unknown, indent: string, prefix: string, suffix: string, spread = false): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item) => ['', item])
    : Object.entries(value).map(([key, inner]) => [`${JSON.stringify(key)}: `, inner]);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  if (!spread) {
    const inline = oneLine(value);
    if (characters(`${indent}${prefix}${inline}${suffix}`) <= LINE_WIDTH) return inline;
  }
  const inner = indent + INDENT;
  const lines = entries.map(([key, item], index) => {
    const comma = index < entries.length - 1 ? ',' : '';
    return `${inner}${key}${write(item, inner, key, comma)}${comma}`;
  });
  return `${open}\n${lines.join('\n')}\n${indent}${close}`;
}

/** A value on one line: spaces inside { } but not inside [ ], as in data/README.md's template. */
function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const fields = Object.entries(value).map(([key, inner]) => `${JSON.stringify(key)}: ${oneLine(inner)}`);
  return fields.length ? `{ ${fields.join(', ')} }` : '{}';
}

/** Length as a person counts it: "é" and an emoji are one character each. */
function characters(text: string): number {
  return Array.from(text).length;
}
