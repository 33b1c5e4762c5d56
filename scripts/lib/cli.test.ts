import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { isMainModule } from './cli.ts';

const original = process.argv[1];
afterEach(() => {
  process.argv[1] = original;
});

describe('isMainModule', () => {
  it('recognises the started script, also in a folder with spaces', () => {
    process.argv[1] = '/tmp/Mijn Documenten/hulp hub/scripts/data-check.ts';
    expect(isMainModule(pathToFileURL('/tmp/Mijn Documenten/hulp hub/scripts/data-check.ts').href)).toBe(true);
    expect(isMainModule(pathToFileURL('/tmp/Mijn Documenten/hulp hub/scripts/data-build.ts').href)).toBe(false);
  });
});
