/**
 * Temporary data folders for checker tests: the fictional catalogue's vocabulary (a copy of the real one,
 * so staff edits to data/vocabulary/ cannot change these tests) plus whatever provider files a test
 * writes. Providers here are fictional and exist only in the system's temp folder, and only as long as
 * the test that wrote them: each folder is deleted after its test (or, when made outside a test, after
 * the last test of the file), so a run of thousands of tests leaves nothing behind.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { canonicalJson, FILE_SCHEMAS } from '../../scripts/lib/canonical-json.ts';
import { checkDataFolder, type CheckResult } from '../../scripts/lib/check-data.ts';
import { crisisLaneFixtures } from '../../scripts/lib/fixtures.ts';
import type { Problem } from '../../scripts/lib/problems.ts';

import { FIXTURE_CATALOGUE, REAL_DATA, REPO_ROOT, TODAY } from './test-paths.ts';

export { REAL_DATA, REPO_ROOT, TODAY };

// Registered when a test file imports this helper, so they apply to that file's tests.
const madeInTest: string[] = [];
const madeOutsideTests: string[] = [];
let inTest = false;
beforeEach(() => {
  inTest = true;
});
afterEach(() => {
  inTest = false;
  removeAll(madeInTest);
});
afterAll(() => removeAll(madeOutsideTests));

function removeAll(folders: string[]): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A fresh folder in the system's temp folder, deleted after the test that made it. */
export function temporaryFolder(prefix = 'hulphub-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  (inTest ? madeInTest : madeOutsideTests).push(folder);
  return folder;
}

/** A valid, obviously fictional provider that uses most fields. Tests change one thing at a time. */
export function exampleProvider(id = 'fictief-voorbeeld'): Record<string, unknown> {
  return {
    $schema: '../schema/provider.schema.json',
    id,
    name: 'Fictief Jongerenpunt (testdata)',
    summary: { nl: 'Verzonnen dienst voor tests: je kunt hier praten over pesten.' },
    themes: ['pesten', 'somber'],
    keywords: ['gepest'],
    free: true,
    area: 'municipalities',
    areaMunicipalities: ['hasselt'],
    channels: {
      phone: [{ number: '+32 11 00 12 34', hours: 'Mo-Fr 09:00-17:00; PH off' }],
      chat: [{ url: 'https://testdata.example.org/chat', hours: 'Mo,Tu,Th 17:00-21:00; We 14:00-21:00' }],
      email: [{ address: 'fictief@example.org' }],
      website: 'https://testdata.example.org',
    },
    locations: [
      {
        street: 'Fictieve Straat 1',
        postcode: '3500',
        municipality: 'hasselt',
        coordinates: { lat: 50.93, lon: 5.337 },
        hours: 'Tu 15:00-19:00',
      },
    ],
    sources: [
      {
        url: 'https://testdata.example.org/bron',
        pageDate: '2026-10-01',
        confirms: ['phone', 'phone-hours', 'chat-hours', 'place-hours', 'free'],
      },
    ],
  };
}

/** A valid, fictional provider that fills every field there is, several of each where it can (for the exports). */
export function providerWithEveryField(): Record<string, unknown> {
  const base = exampleProvider('fictief-alles');
  return {
    ...base,
    organisation: 'Fictieve Organisatie (testdata)',
    summary: { nl: 'Verzonnen dienst voor tests: praten over pesten.', en: 'Made-up test service.', fr: 'Service fictif de test.' },
    description: { nl: 'Een langere uitleg; met een puntkomma, "aanhalingstekens" en een komma, zo.', en: 'Longer text.' },
    firstContact: { nl: 'Je belt en iemand luistert.' },
    keywords: ['gepest', 'ruzie op school'],
    age: { min: 12, max: 25 },
    costNote: { nl: 'Gratis voor iedereen tot 25 jaar.' },
    anonymous: false,
    referralNeeded: false,
    withoutParents: true,
    area: 'municipalities',
    areaMunicipalities: ['hasselt', 'zonhoven'],
    languages: ['nl', 'en', 'ar'],
    channels: {
      phone: [
        {
          number: '+32 11 00 12 34',
          label: { nl: 'Onthaal', fr: 'Accueil' },
          hours: 'Mo-Fr 09:00-17:00; PH off',
          hoursNote: { nl: 'Korter in de vakantie.' },
        },
        { number: '0800 12 345', free: true },
      ],
      chat: [{ url: 'https://testdata.example.org/chat', hours: 'Mo,Tu,Th 17:00-21:00; We 14:00-21:00', label: { nl: 'Chat' } }],
      email: [{ address: 'fictief@example.org' }, { address: 'tweede@example.org', label: { nl: 'Voor scholen' } }],
      video: [{ url: 'https://testdata.example.org/video', hours: 'Tu 15:00-19:00' }],
      website: 'https://testdata.example.org',
    },
    locations: [
      {
        name: 'Fictief Huis',
        street: 'Fictieve Straat 1',
        postcode: '3500',
        municipality: 'hasselt',
        coordinates: { lat: 50.930012, lon: 5.337 },
        walkIn: true,
        byAppointment: false,
        hours: 'Tu 15:00-19:00',
        hoursNote: { nl: 'Op dinsdag.' },
      },
      { street: 'Verzonnenlaan 2', postcode: '3600', municipality: 'Genk', outsideRegion: true },
    ],
    waitingTime: { text: { nl: 'ongeveer 2 weken' }, date: '2026-10' },
    sources: [
      {
        url: 'https://testdata.example.org/bron',
        pageDate: '2026-10-01',
        confirms: ['phone', 'phone-hours', 'chat-hours', 'video-hours', 'place-hours', 'free', 'anonymous'],
        note: 'Alles op één pagina.',
      },
      { url: 'https://testdata.example.org/tweede-bron', pageDate: '2026' },
    ],
    verification: { date: '2026-11-01', role: 'generator van testdata', method: 'email-reply' },
    staffNote: 'Interne notitie; met "aanhalingstekens".',
  };
}

/**
 * Writes a data folder into a fresh temp directory. Keys are paths inside data/, values objects or raw
 * text. Every catalogue needs the crisis lane's four lines, so they are added (with fictional texts)
 * unless `crisisLane` is false; a file in `files` with the same path replaces one of them.
 */
export function writeDataFolder(files: Record<string, unknown>, { vocabulary = true, crisisLane = true } = {}): string {
  const dir = temporaryFolder('hulphub-data-');
  mkdirSync(join(dir, 'providers'), { recursive: true });
  if (vocabulary) cpSync(join(FIXTURE_CATALOGUE, 'vocabulary'), join(dir, 'vocabulary'), { recursive: true });
  const lane = crisisLane ? Object.fromEntries(crisisLaneFixtures().map((provider) => [`providers/${provider.id}.json`, provider])) : {};
  for (const [path, content] of Object.entries({ ...lane, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : fileText(path, content));
  }
  return dir;
}

/**
 * A data file as staff's files look after `npm run data:format`, so the checker's layout warning shows
 * only in the tests about it. Vocabulary files get their own key order; anything else is written as given.
 */
export function fileText(path: string, content: unknown): string {
  const schema = path.startsWith('providers/')
    ? FILE_SCHEMAS.provider
    : path.endsWith('themes.json')
      ? FILE_SCHEMAS.themes
      : path.endsWith('municipalities.json')
        ? FILE_SCHEMAS.municipalities
        : undefined;
  return canonicalJson(content, schema);
}

/**
 * Checks one provider, written to providers/<id>.json (or `fileName`). Beside the crisis lane's four lines
 * it is the only provider, so most themes have none: the warning that says so (theme-without-providers,
 * tested on its own in catalogue-checks.test.ts) is left out, so that each test sees only what it is about.
 */
export function checkProvider(provider: Record<string, unknown>, fileName = `${String(provider.id)}.json`): CheckResult {
  return withoutEmptyThemeWarnings(checkDataFolder(writeDataFolder({ [`providers/${fileName}`]: provider }), { today: TODAY }));
}

/** A check result without the warnings about themes no provider has; see checkProvider. */
export function withoutEmptyThemeWarnings(result: CheckResult): CheckResult {
  return { ...result, problems: result.problems.filter((problem) => problem.check !== 'theme-without-providers') };
}

/** The problems one named check found. */
export function problemsFrom(result: CheckResult, check: string): Problem[] {
  return result.problems.filter((problem) => problem.check === check);
}

/** The line of the first occurrence of `text` in a provider as written by writeDataFolder. */
export function lineOf(provider: Record<string, unknown>, text: string): number {
  const lines = fileText('providers/', provider).split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`"${text}" not found in provider`);
  return index + 1;
}
