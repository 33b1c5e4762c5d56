/**
 * The job summary of a pull request (what it changes on the site), on fictional pull requests: copies of
 * the fixture catalogue (never data/), one side edited. The main case is written out whole, so a change
 * in wording, in order or in what counts as a change shows here.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffMarkdown, md, readSide } from './catalogue-diff.ts';
import { readDataFolder } from './data-folder.ts';
import { exampleProvider, fileText, REPO_ROOT, temporaryFolder, TODAY } from '../../tests/helpers/data-folder.ts';
import { FIXTURE_CATALOGUE } from '../../tests/helpers/test-paths.ts';

type Json = Record<string, any>;
/** Per path inside the data folder: an edit of the provider, new file text, or undefined to delete the file. */
type Edits = Record<string, ((provider: Json) => Json) | string | undefined>;

/** A copy of the fictional catalogue with `edits` applied. */
function fixtureCopy(edits: Edits = {}, dir = temporaryFolder('hulphub-diff-')): string {
  cpSync(FIXTURE_CATALOGUE, dir, { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(dir, path);
    if (edit === undefined) rmSync(file);
    else if (typeof edit === 'string') writeFileSync(file, edit);
    else writeFileSync(file, fileText(path, edit(JSON.parse(readFileSync(file, 'utf8')) as Json)));
  }
  return dir;
}

const summary = (base: string, head: string) =>
  diffMarkdown(readSide(readDataFolder(base), TODAY), readSide(readDataFolder(head), TODAY), {
    baseLabel: 'main',
    providersDir: 'data/providers',
  });

/** The fixture pull request: a changed phone, changed hours, a changed badge, one provider added, one removed, a crisis line's text. */
const PULL_REQUEST: Edits = {
  'providers/fictieve-drugslijn.json': (p) => ({
    ...p,
    channels: {
      ...p.channels,
      phone: [{ ...p.channels.phone[0], number: '+32 11 00 20 08' }],
      chat: [{ ...p.channels.chat[0], hours: 'Mo-Fr 14:00-19:00; PH off' }],
    },
  }),
  'providers/fictief-jongerenadvies-limburg.json': (p) => ({
    ...p,
    age: { min: 12, max: 24 },
    summary: { nl: 'Verzonnen advies voor tests: een nieuwe zin.' },
  }),
  'providers/tele-onthaal.json': (p) => ({ ...p, summary: { nl: 'Testdata: een andere verzonnen tekst bij 106.' } }),
  'providers/fictief-stadhuis-hasselt.json': undefined,
  'providers/fictief-nieuw-punt.json': fileText('providers/', exampleProvider('fictief-nieuw-punt')),
};

const EXPECTED = `## Wat deze wijziging verandert op de site

Vergeleken met main: 1 aanbieder erbij, 1 weg, 3 aangepast.

### Crisislijn: kijk dit extra goed na

Dit verandert aan de hulplijnen bovenaan elke pagina. Een crisislijn-reviewer (CODEOWNERS) moet dit goedkeuren.

- **Fictieve praatlijn 106 (testdata)** (tele-onthaal)
  - tekst aangepast: samenvatting

### Nieuw (1)

- **Fictief Jongerenpunt (testdata)** (fictief-nieuw-punt)
  - telefoon: 011 00 12 34
  - uren telefoon: ma–vr 9:00–17:00; feestdagen: dicht
  - chat: https://testdata.example.org/chat
  - uren chat: ma–di 17:00–21:00, wo 14:00–21:00, do 17:00–21:00
  - e-mail: fictief@example.org
  - website: https://testdata.example.org
  - plek Hasselt: Fictieve Straat 1, 3500 Hasselt (op de kaart)
  - uren plek Hasselt: di 15:00–19:00
  - badges: Gratis
  - thema's: Pesten, Somber of depressief
  - voor wie: Hasselt
  - bronnen: https://testdata.example.org/bron (2026-10-01)
  - zoekwoorden: gepest

### Weg (1)

- **Fictief Stadhuis Hasselt (testdata)** (fictief-stadhuis-hasselt)

### Aangepast (2)

- **Fictief Jongerenadvies Limburg (testdata)** (fictief-jongerenadvies-limburg)
  - badges: erbij: 12–24 jaar; weg: 12–25 jaar
  - tekst aangepast: samenvatting
- **Fictieve Drugslijn (testdata)** (fictieve-drugslijn)
  - telefoon: 011 00 20 07 → 011 00 20 08
  - uren chat: ma–vr 14:00–18:00; feestdagen: dicht → ma–vr 14:00–19:00; feestdagen: dicht
`;

describe('the summary of a pull request', () => {
  it('lists added, removed and changed providers with the facts before → after, the crisis lane first', () => {
    expect(summary(fixtureCopy(), fixtureCopy(PULL_REQUEST))).toBe(EXPECTED);
  });

  it('says young people see no difference when only the layout of a file changed', () => {
    const awel = JSON.parse(readFileSync(join(FIXTURE_CATALOGUE, 'providers/awel.json'), 'utf8')) as Json;
    const markdown = summary(fixtureCopy(), fixtureCopy({ 'providers/awel.json': JSON.stringify(awel) }));
    expect(markdown).toContain('Vergeleken met main: 0 aanbieders erbij, 0 weg, 0 aangepast.');
    expect(markdown).toContain('Jongeren zien geen verschil');
  });

  it('shows a crisis line dialling another number at the top, and that the check refuses it', () => {
    const head = fixtureCopy({
      'providers/tele-onthaal.json': (p) => ({ ...p, channels: { phone: [{ ...p.channels.phone[0], number: '107' }] } }),
    });
    const markdown = summary(fixtureCopy(), head);
    expect(markdown).toContain('**Nog niet klaar:** de controle vindt 1 fout. Zolang er fouten zijn, wordt de site niet bijgewerkt.');
    expect(markdown).toContain(
      [
        '### Crisislijn: kijk dit extra goed na',
        '',
        'Dit verandert aan de hulplijnen bovenaan elke pagina. Een crisislijn-reviewer (CODEOWNERS) moet dit goedkeuren.',
        '',
        '- **Fictieve praatlijn 106 (testdata)** (tele-onthaal)',
        '  - telefoon: 106 → 107',
        '  - de controle vindt hier 1 fout: zie de stap "Gegevens nakijken"',
      ].join('\n'),
    );
  });

  it('names a file that cannot be read on either side instead of stopping', () => {
    const broken = '{ "id": "fictieve-eetlijn", }';
    const inHead = summary(fixtureCopy(), fixtureCopy({ 'providers/fictieve-eetlijn.json': broken }));
    expect(inHead).toContain('Vergeleken met main: 0 aanbieders erbij, 0 weg, 0 aangepast, 1 niet te vergelijken.');
    expect(inHead).toContain(
      '### Niet te vergelijken (1)\n\n- **Fictieve Eetlijn (testdata)** (fictieve-eetlijn): data/providers/fictieve-eetlijn.json: ' +
        'het bestand kan niet gelezen worden (JSON-fout op regel 1). De stap "Gegevens nakijken" zegt wat er mis is.',
    );
    const inBase = summary(fixtureCopy({ 'providers/fictieve-eetlijn.json': broken }), fixtureCopy());
    expect(inBase).toContain(
      '- **Fictieve Eetlijn (testdata)** (fictieve-eetlijn)\n' +
        '  - vóór deze wijziging: het bestand kan niet gelezen worden (JSON-fout op regel 1). Nu toont de site:\n' +
        '  - telefoon: 011 00 20 06',
    );
  });

  it('says once when a side has no readable vocabulary, rather than listing every provider', () => {
    const markdown = summary(fixtureCopy(), fixtureCopy({ 'vocabulary/themes.json': '{ "themes": [' }));
    expect(markdown).toContain(
      '**Niet te vergelijken** (in deze wijziging): de woordenlijsten in vocabulary/ konden niet gelezen worden, dus geen enkele aanbieder kon gebouwd worden.',
    );
    expect(markdown).not.toContain('###');
  });

  it('keeps a hostile provider name as text: no table cell, HTML, code, link, bold or formula', () => {
    const name = 'A | B <script>alert(1)</script> `x` **y** [l](https://e.org) $m$ &amp; \u202Eevil';
    const head = fixtureCopy({
      'providers/fictief-nieuw-punt.json': fileText('providers/', { ...exampleProvider('fictief-nieuw-punt'), name }),
    });
    const markdown = summary(fixtureCopy(), head);
    const escaped =
      'A \\| B \\<script\\>alert(1)\\</script\\> \\`x\\` \\*\\*y\\*\\* \\[l\\](https://e.org) \\$m\\$ \\&amp; \\[U+202E\\]evil';
    // The check refuses the hidden character, so the file is named, not built; its name comes from the id.
    expect(markdown).toContain(
      '- **fictief-nieuw-punt**: data/providers/fictief-nieuw-punt.json: het bestand heeft 1 fout bij de controle.',
    );
    const visible = name.replace('\u202E', '');
    const built = summary(
      fixtureCopy(),
      fixtureCopy({
        'providers/fictief-nieuw-punt.json': fileText('providers/', { ...exampleProvider('fictief-nieuw-punt'), name: visible }),
      }),
    );
    expect(built).toContain(`- **${escaped.replace('\\[U+202E\\]', '')}** (fictief-nieuw-punt)\n`);
    expect(md(name)).toBe(escaped);
    // Whatever the value, no character that means something in a line of Markdown is left unescaped.
    expect(md('`*_[]<>|~&$\\')).toMatch(/^(\\.)+$/);
    expect(md('line\nbreak')).toBe('line\\[U+000A\\]break');
  });
});

describe('npm run data:diff', () => {
  const run = (cwd: string, args: string[]) =>
    execFileSync(
      process.execPath,
      [
        join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--tsconfig',
        join(REPO_ROOT, 'tsconfig.app.json'),
        join(REPO_ROOT, 'scripts/data-diff.ts'),
        ...args,
      ],
      {
        cwd,
        encoding: 'utf8',
      },
    );

  it('reads the base from a git version and adds the summary to the --markdown file', () => {
    const repo = temporaryFolder('hulphub-diff-repo-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    mkdirSync(join(repo, 'data'));
    fixtureCopy({}, join(repo, 'data'));
    git('add', '.');
    git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'base');
    fixtureCopy(PULL_REQUEST, join(repo, 'data'));
    const summaryFile = join(repo, 'summary.md');
    writeFileSync(summaryFile, 'before\n');

    const printed = run(repo, ['--base', 'HEAD', '--markdown', summaryFile]);
    const short = git('rev-parse', '--short=7', 'HEAD').toString().trim();
    const expected = EXPECTED.replace('Vergeleken met main:', `Vergeleken met HEAD (${short}):`);
    expect(printed).toBe(`${expected}\n`);
    expect(readFileSync(summaryFile, 'utf8')).toBe(`before\n${expected}\n`);
  });

  it('refuses a base that is neither a folder nor a git version, in one Dutch line', () => {
    expect(() => run(REPO_ROOT, ['--base', 'geen-tak-die-bestaat'])).toThrow(
      /"geen-tak-die-bestaat" is geen map en geen versie die git kent/,
    );
  });
});
