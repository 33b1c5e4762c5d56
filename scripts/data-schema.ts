/**
 * `npm run data:schema`
 * Writes data/schema/provider.schema.json from the zod schema in scripts/lib/provider-schema.ts, so
 * editors (VS Code, github.dev) autocomplete fields and underline mistakes in provider files.
 * The file is committed because the web editor staff use can only read files that are in the
 * repository; a test fails when it no longer matches the code.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { isMainModule } from './lib/cli.ts';
import { providerSchema } from './lib/provider-schema.ts';

export const SCHEMA_FILE = 'data/schema/provider.schema.json';

/** The JSON Schema for provider files; the staff form's configuration (scripts/lib/cms-config.ts) is built from it too. */
export function providerJsonSchema() {
  return z.toJSONSchema(providerSchema, { target: 'draft-7' });
}

/** The JSON Schema text for provider files, as it should be on disk. */
export function providerJsonSchemaText(): string {
  return `${JSON.stringify(providerJsonSchema(), null, 2)}\n`;
}

if (isMainModule(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, providerJsonSchemaText());
  console.log(`${SCHEMA_FILE} bijgewerkt.`);
}
