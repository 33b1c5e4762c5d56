/**
 * `npm run test:staff-edits`: proves that a correct pull request from staff cannot turn the developers'
 * tests red. Copies data/ to a temp folder, makes five typical correct edits (a description, an age
 * range, a verification, a new provider, a removed provider that is not a crisis line), checks the
 * copy with the data check, then runs every unit, component and route test with HULPHUB_DATA_DIR set to
 * the copy (tests/helpers/data-folder.ts reads it), so every test that reads "the real data" reads the
 * edited copy. Exits non-zero when anything fails. Writes only into the system's temp folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dateInBelgium } from '../../src/catalogue/staleness.ts';
import { CRISIS_LANE } from '../../src/crisis/crisis-lane-definition.ts';
import { isMainModule } from '../../scripts/lib/cli.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const LANE_IDS = new Set(CRISIS_LANE.map((line) => line.providerId));

type ProviderFile = { name: string; data: Record<string, unknown> };

/** The five edits, each a plain description and a change to the copy. Exported for the test that runs them. */
export const STAFF_EDITS: { what: string; apply: (providersDir: string, files: ProviderFile[]) => string }[] = [
  {
    what: 'een beschrijving aangepast',
    apply: (dir, files) => {
      const file = files.find((f) => !LANE_IDS.has(f.data.id as string) && f.data.description)!;
      const description = file.data.description as { nl: string };
      description.nl = `${description.nl} Je kunt ook gewoon langskomen.`;
      return write(dir, file);
    },
  },
  {
    what: 'een leeftijd aangepast',
    apply: (dir, files) => {
      const file = files.find((f) => !LANE_IDS.has(f.data.id as string) && f.data.age)!;
      const age = file.data.age as { min?: number; max?: number };
      // One year more at the top, as when an organisation widens its offer (and a change whatever it was).
      file.data.age = { ...age, max: (age.max ?? 25) + 1 };
      return write(dir, file);
    },
  },
  {
    what: 'nagekeken bij de organisatie (verification op vandaag)',
    apply: (dir, files) => {
      const file = files.find((f) => !LANE_IDS.has(f.data.id as string))!;
      file.data.verification = { date: dateInBelgium(new Date()), role: 'medewerker Eerstelijnszone Herkenrode', method: 'phone-call' };
      return write(dir, file);
    },
  },
  {
    what: 'een aanbieder toegevoegd',
    apply: (dir) =>
      write(dir, {
        name: 'fictief-nieuwe-aanbieder.json',
        data: {
          $schema: '../schema/provider.schema.json',
          id: 'fictief-nieuwe-aanbieder',
          name: 'Fictieve Nieuwe Aanbieder (testdata)',
          summary: { nl: 'Verzonnen dienst die een medewerker toevoegt: je kunt hier praten over stress.' },
          themes: ['angst-stress'],
          age: { min: 12, max: 25 },
          area: 'municipalities',
          areaMunicipalities: ['hasselt'],
          channels: {
            phone: [{ number: '+32 11 00 30 01', hours: 'Mo-Fr 09:00-17:00; PH off' }],
            website: 'https://testdata.example.org/nieuw',
          },
          locations: [{ street: 'Fictieve Straat 9', postcode: '3500', municipality: 'hasselt', walkIn: true }],
          // Seen today: a source as old as the test run's day would age out of the 3 years.
          sources: [
            { url: 'https://testdata.example.org/nieuw/bron', pageDate: dateInBelgium(new Date()), confirms: ['phone', 'phone-hours'] },
          ],
        },
      }),
  },
  {
    what: 'een aanbieder verwijderd (geen noodlijn)',
    apply: (dir, files) => {
      const file = files.filter((f) => !LANE_IDS.has(f.data.id as string)).at(-1)!;
      rmSync(join(dir, file.name));
      return file.name;
    },
  },
];

function write(dir: string, file: ProviderFile): string {
  writeFileSync(join(dir, file.name), `${JSON.stringify(file.data, null, 2)}\n`);
  return file.name;
}

/** Copies `dataDir` to a temp folder and makes the five edits there; returns the copy and what changed. */
export function editedCopyOf(dataDir: string): { dir: string; changes: string[] } {
  const dir = join(mkdtempSync(join(tmpdir(), 'hulphub-staff-edits-')), 'data');
  cpSync(dataDir, dir, { recursive: true });
  const providersDir = join(dir, 'providers');
  const files = (): ProviderFile[] =>
    readdirSync(providersDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ name, data: JSON.parse(readFileSync(join(providersDir, name), 'utf8')) as Record<string, unknown> }));
  // Each edit takes a file no earlier edit touched, so the five edits are five different pull requests.
  const touched = new Set<string>();
  const changes = STAFF_EDITS.map((edit) => {
    const name = edit.apply(
      providersDir,
      files().filter((file) => !touched.has(file.name)),
    );
    touched.add(name);
    return `${edit.what}: ${name}`;
  });
  return { dir, changes };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function main() {
  const { dir, changes } = editedCopyOf(join(REPO_ROOT, 'data'));
  console.log(`Vijf gewone aanpassingen van medewerkers, in een kopie van data/ (${dir}):`);
  for (const change of changes) console.log(`  - ${change}`);
  const checked = run('npx', ['tsx', '--tsconfig', 'tsconfig.app.json', 'scripts/data-check.ts', '--data', dir]);
  // Every vitest test but this runner's own (which edits "the real data" it is given, so here a copy of a copy).
  const tested = checked && run('npx', ['vitest', 'run', '--exclude', 'tests/staff-edits/**'], { HULPHUB_DATA_DIR: dir });
  rmSync(resolve(dir, '..'), { recursive: true, force: true });
  console.log(tested ? 'In orde: de aangepaste gegevens zijn goed en alle tests slagen ermee.' : 'NIET in orde: zie hierboven.');
  process.exitCode = tested ? 0 : 1;
}

if (isMainModule(import.meta.url)) main();
