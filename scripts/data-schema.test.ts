import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providerJsonSchemaText, SCHEMA_FILE } from './data-schema.ts';

describe('data/schema/provider.schema.json', () => {
  it('matches the zod schema in the code (run `npm run data:schema` after changing the schema)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(providerJsonSchemaText());
  });
});
