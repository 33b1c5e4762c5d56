/** The canonical layout of data files: only layout and key order change, and formatting twice is formatting once. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGUE, REAL_DATA } from '../../tests/helpers/test-paths.ts';
import { canonicalJson, FILE_SCHEMAS, LINE_WIDTH } from './canonical-json.ts';
import { parseJsonSource } from './json-source.ts';
import { idFromName, PROVIDER_TEMPLATE } from './provider-template.ts';

/** Every data file of a catalogue, with the schema that orders its keys. */
function dataFiles(dir: string): [string, keyof typeof FILE_SCHEMAS][] {
  const providers = readdirSync(join(dir, 'providers'))
    .filter((name) => name.endsWith('.json'))
    .map((name): [string, keyof typeof FILE_SCHEMAS] => [join(dir, 'providers', name), 'provider']);
  return [
    ...providers,
    [join(dir, 'vocabulary', 'themes.json'), 'themes'],
    [join(dir, 'vocabulary', 'municipalities.json'), 'municipalities'],
  ];
}

const files = [...dataFiles(REAL_DATA), ...dataFiles(FIXTURE_CATALOGUE)];

describe('canonicalJson on every real and fixture data file', () => {
  it('finds the files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s: values unchanged, and formatting twice changes nothing', (path, kind) => {
    const value = JSON.parse(readFileSync(path, 'utf8'));
    const once = canonicalJson(value, FILE_SCHEMAS[kind]);
    expect(JSON.parse(once)).toStrictEqual(value);
    expect(canonicalJson(JSON.parse(once), FILE_SCHEMAS[kind])).toBe(once);
    // What the strict reader reads back is the same too (no key written twice, nothing lost).
    expect(parseJsonSource(path, once).value).toStrictEqual(value);
  });
});

describe('canonicalJson: key order', () => {
  it('follows the schema at every level and keeps unknown keys, in their order, at the end', () => {
    const provider = {
      sources: [{ note: 'Testdata.', confirms: ['phone'], url: 'https://testdata.example.org/bron' }],
      zelfVerzonnen: 1,
      channels: { website: 'https://testdata.example.org', phone: [{ hours: '24/7', number: '+32 11 00 12 34', extra: true }] },
      name: 'Fictief (testdata)',
      anderVeld: 2,
      id: 'fictief',
      $schema: '../schema/provider.schema.json',
    };
    const text = canonicalJson(provider, FILE_SCHEMAS.provider);
    const written = JSON.parse(text);
    expect(Object.keys(written)).toEqual(['$schema', 'id', 'name', 'channels', 'sources', 'zelfVerzonnen', 'anderVeld']);
    expect(Object.keys(written.channels)).toEqual(['phone', 'website']);
    expect(Object.keys(written.channels.phone[0])).toEqual(['number', 'hours', 'extra']);
    expect(Object.keys(written.sources[0])).toEqual(['url', 'confirms', 'note']);
    expect(written).toStrictEqual(provider);
  });

  it('orders the vocabulary files by their own schemas', () => {
    const themes = { themes: [{ crisis: false, misspellings: [], youthWords: ['a'], label: { fr: 'c', en: 'b', nl: 'a' }, id: 'x' }] };
    const written = JSON.parse(canonicalJson(themes, FILE_SCHEMAS.themes));
    expect(Object.keys(written.themes[0])).toEqual(['id', 'label', 'youthWords', 'misspellings', 'crisis']);
    expect(Object.keys(written.themes[0].label)).toEqual(['nl', 'en', 'fr']);
  });
});

describe('canonicalJson: layout', () => {
  it('puts a short object or list on one line, a long one over several, and always spreads the file itself', () => {
    const long = 'x'.repeat(LINE_WIDTH);
    const text = canonicalJson({ age: { min: 12, max: 25 }, themes: ['a', 'b'], summary: { nl: long }, empty: [], none: {} });
    expect(text).toBe(
      [
        '{',
        '  "age": { "min": 12, "max": 25 },',
        '  "themes": ["a", "b"],',
        '  "summary": {',
        `    "nl": "${long}"`,
        '  },',
        '  "empty": [],',
        '  "none": {}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves out a field set to undefined and writes a missing list item as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [1, undefined], c: 'x' };
    expect(JSON.parse(canonicalJson(value))).toStrictEqual(JSON.parse(JSON.stringify(value)));
  });

  it('counts the whole line, with its indentation, key and comma, against the width', () => {
    const fits = (width: number) => {
      // `  "k": ["…"],` is 2 + 5 + 2 + width + 2 + 1 characters.
      const text = canonicalJson({ k: ['y'.repeat(width)], last: true });
      return text.split('\n')[1];
    };
    const widest = LINE_WIDTH - 12;
    expect(fits(widest)).toHaveLength(LINE_WIDTH);
    expect(fits(widest)).toBe(`  "k": ["${'y'.repeat(widest)}"],`);
    expect(fits(widest + 1)).toBe('  "k": [');
  });

  it('counts a letter with an accent as one character', () => {
    const widest = LINE_WIDTH - 12;
    expect(canonicalJson({ k: ['é'.repeat(widest)], last: true }).split('\n')[1]).toBe(`  "k": ["${'é'.repeat(widest)}"],`);
  });

  it('writes the README template as staff know it', () => {
    const lines = canonicalJson(PROVIDER_TEMPLATE, FILE_SCHEMAS.provider).split('\n');
    expect(lines).toContain('  "themes": ["pesten"],');
    expect(lines).toContain('    "phone": [{ "number": "+32 11 12 34 56", "hours": "Mo-Fr 09:00-17:00; PH off" }],');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('}');
  });
});

describe('idFromName', () => {
  it.each([
    ['Fictieve Praatlijn 106', 'fictieve-praatlijn-106'],
    ['Fictief Huis Limburg – Jongeren', 'fictief-huis-limburg-jongeren'],
    ["Ça va? Fictief Jeugdhuis 't Hoekje", 'ca-va-fictief-jeugdhuis-t-hoekje'],
    ['  Één  Œ  ', 'een'],
    ['?!', undefined],
  ])('%j → %j', (name, id) => {
    expect(idFromName(name)).toBe(id);
  });

  it('keeps at most 60 characters, without a hyphen at the end', () => {
    const id = idFromName(`${'a'.repeat(59)} b c`);
    expect(id).toBe('a'.repeat(59));
    expect(idFromName('woord '.repeat(30))!.length).toBeLessThanOrEqual(60);
  });
});
