/** The checker's layout warning, and its refusal of the template's example values. */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json.ts';
import { checkDataFolder } from '../check-data.ts';
import { templateText } from '../provider-template.ts';
import { FIXTURE_CATALOGUE } from '../../../tests/helpers/test-paths.ts';
import { checkProvider, exampleProvider, fileText, problemsFrom, TODAY, writeDataFolder } from '../../../tests/helpers/data-folder.ts';
import { FORMAT_FIX } from './format-check.ts';

const FILE = 'providers/fictief-voorbeeld.json';
const formatWarnings = (text: string) => problemsFrom(checkDataFolder(writeDataFolder({ [FILE]: text }), { today: TODAY }), 'format');

describe('format: says when npm run data:format would change a provider file', () => {
  it('warns, on the first line that differs, for a file in another layout', () => {
    const text = `${JSON.stringify(exampleProvider(), null, 2)}\n`;
    const [warning, ...more] = formatWarnings(text);
    expect(more).toEqual([]);
    const firstDifferent = fileText(FILE, exampleProvider())
      .split('\n')
      .findIndex((line, index) => line !== text.split('\n')[index]);
    expect(warning).toMatchObject({ severity: 'warning', line: firstDifferent + 1, providerId: 'fictief-voorbeeld', fix: FORMAT_FIX });
    expect(warning.message).toContain(`Vanaf regel ${firstDifferent + 1} staat dit bestand niet in de vaste opmaak`);
  });

  it('warns for keys out of the schema order, for Windows line ends and for a missing last newline', () => {
    const { id, $schema, ...rest } = exampleProvider();
    for (const text of [
      // Without a schema the layout is the same but the keys keep the order given.
      canonicalJson({ id, $schema, ...rest }),
      fileText(FILE, exampleProvider()).replace(/\n/g, '\r\n'),
      fileText(FILE, exampleProvider()).trimEnd(),
    ]) {
      expect(formatWarnings(text)).toHaveLength(1);
    }
  });

  it('is silent for a file in the canonical layout', () => {
    expect(formatWarnings(fileText(FILE, exampleProvider()))).toEqual([]);
  });

  it('is silent for every provider of the fictional catalogue', () => {
    expect(problemsFrom(checkDataFolder(FIXTURE_CATALOGUE, { today: TODAY }), 'format')).toEqual([]);
  });

  it('leaves broken JSON to the syntax error', () => {
    expect(formatWarnings('{ "id": "fictief-voorbeeld", }')).toEqual([]);
  });
});

describe('template-values: the template is an example, not data', () => {
  const fromTemplate = () => JSON.parse(templateText({ id: 'fictief-nieuw', name: 'Fictief Nieuw (testdata)' }));

  it('refuses each example value the file still holds, at its field, and a verification nobody did', () => {
    const problems = problemsFrom(checkProvider(fromTemplate()), 'template-values');
    expect(problems.map((problem) => problem.field)).toEqual([
      'summary.nl',
      'keywords[0]',
      'channels.phone[0].number',
      'channels.email[0].address',
      'channels.website',
      'locations[0].street',
      'sources[0].url',
      'sources[0].note',
      'verification',
    ]);
    expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
    expect(problems[2].message).toBe('"+32 11 12 34 56" komt uit het sjabloon: het is een voorbeeld, geen gegeven van deze aanbieder.');
  });

  it('refuses the example name too, and accepts a provider that shares only common values with the template', () => {
    const named = { ...fromTemplate(), name: 'Naam zoals jongeren hem kennen' };
    expect(problemsFrom(checkProvider(named), 'template-values').map((problem) => problem.field)).toContain('name');
    // exampleProvider() has "pesten", "hasselt", "3500" and free: true like the template.
    expect(problemsFrom(checkProvider(exampleProvider()), 'template-values')).toEqual([]);
  });
});
