/**
 * Breaks a copy of the real data/ in one way at a time and shows that each mistake is refused: the
 * check names the file and the build writes nothing. This is the promise staff rely on: a red check
 * means the site was not changed, a green one means it is fine.
 *
 * Nothing here depends on what staff may change: the edited files are a crisis line (its id and number
 * are fixed in code) and the first provider outside the lane, found at run time; text edits find what
 * they change by its form, not its words, and a corruption that changes nothing fails loudly.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/data-build.ts';
import { CRISIS_LANE, CRISIS_THEMES } from '../../src/crisis/crisis-lane-definition.ts';
import { CHECKS, checkDataFolder } from '../../scripts/lib/check-data.ts';
import { PROVIDER_TEMPLATE } from '../../scripts/lib/provider-template.ts';
import { REAL_DATA, temporaryFolder } from '../helpers/data-folder.ts';
import { laneId } from '../helpers/lane-id.ts';
import { dateInBelgium } from '../../src/catalogue/staleness.ts';

/** The real data is checked as of the real day (as staff's pull requests are); a page added by a good edit is seen today. */
const TODAY_IN_BELGIUM = dateInBelgium(new Date());

/** The provider most corruptions edit: the 106 line, which every correct catalogue holds. */
const TARGET = laneId('106');
type Json = Record<string, any>;

interface Corruption {
  name: string;
  /** The check that must refuse it. */
  check: string;
  /** The file (inside the data folder) that must be named. */
  file: string;
  apply(dir: string): void;
}

const providerPath = (dir: string, id: string) => join(dir, 'providers', `${id}.json`);
const targetPath = (dir: string) => providerPath(dir, TARGET);
const editText = (edit: (text: string) => string, id = TARGET) => (dir: string) => {
  const before = readFileSync(providerPath(dir, id), 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`This corruption changed nothing in ${id}.json: its pattern no longer fits the file.`);
  writeFileSync(providerPath(dir, id), after);
};
const editJson = (edit: (provider: Json) => void, id = TARGET) => (dir: string) => {
  const provider = JSON.parse(readFileSync(providerPath(dir, id), 'utf8'));
  edit(provider);
  writeFileSync(providerPath(dir, id), `${JSON.stringify(provider, null, 2)}\n`);
};
const editThemes = (edit: (themes: Json[]) => void) => (dir: string) => {
  const path = join(dir, 'vocabulary', 'themes.json');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  edit(file.themes);
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
};
const target = `providers/${TARGET}.json`;
/** The providers of the crisis lane, as fixed in code. */
const [LINE_112, LINE_1813] = CRISIS_LANE.map((line) => line.providerId);
/** A provider that is not in the crisis lane: the first such file, whichever staff keep. */
const OTHER = readdirSync(join(REAL_DATA, 'providers'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort()
  .find((id) => !CRISIS_LANE.some((line) => line.providerId === id))!;
/** The provider's name as written in its file, with its quotes: `"name": "…"`. */
const NAME = /"name": "([^"\\]*)"/;
const crisisThemeIds = CRISIS_THEMES.map((theme) => theme.themeId);

const CORRUPTIONS: Corruption[] = [
  { name: 'a missing comma', check: 'json-syntax', file: target, apply: editText((t) => t.replace(/("name": "[^"\\]*"),/, '$1')) },
  { name: 'a comma too many', check: 'json-syntax', file: target, apply: editText((t) => t.replace(/\n\}\s*$/, ',\n}\n')) },
  { name: 'curly quotes', check: 'json-syntax', file: target, apply: editText((t) => t.replace(NAME, '"name": “$1”')) },
  { name: 'an empty file', check: 'json-syntax', file: target, apply: editText(() => '') },
  { name: 'an unknown field', check: 'schema', file: target, apply: editJson((p) => (p.telefoon = '106')) },
  { name: 'a missing summary', check: 'schema', file: target, apply: editJson((p) => delete p.summary) },
  { name: 'a wrong kind of value', check: 'schema', file: target, apply: editJson((p) => (p.anonymous = 'ja')) },
  { name: 'no sources', check: 'schema', file: target, apply: editJson((p) => (p.sources = [])) },
  { name: 'an id that is not the file name', check: 'id-matches-file', file: target, apply: editJson((p) => (p.id = 'tele-onthaal-vlaanderen')) },
  {
    name: 'an id used twice',
    check: 'id-unique',
    file: 'providers/tele-onthaal-kopie.json',
    apply: (dir) => cpSync(targetPath(dir), join(dir, 'providers', 'tele-onthaal-kopie.json')),
  },
  { name: 'a theme that does not exist', check: 'themes-exist', file: target, apply: editJson((p) => p.themes.push('verdriet')) },
  { name: 'a municipality that does not exist', check: 'municipalities-exist', file: target, apply: editJson((p) => (p.locations = [{ municipality: 'genk' }])) },
  { name: 'a postcode of another municipality', check: 'postcode-in-municipality', file: target, apply: editJson((p) => (p.locations = [{ municipality: 'hasselt', postcode: '3520' }])) },
  { name: 'coordinates outside Belgium', check: 'coordinates', file: target, apply: editJson((p) => (p.locations = [{ municipality: 'hasselt', coordinates: { lat: 48.8566, lon: 2.3522 } }])) },
  { name: 'coordinates far from the municipality', check: 'coordinates', file: target, apply: editJson((p) => (p.locations = [{ municipality: 'zonhoven', coordinates: { lat: 51.2194, lon: 4.4025 } }])) },
  { name: 'a phone number with digits missing', check: 'phone-numbers', file: target, apply: editJson((p) => (p.channels.phone[0].number = '011 33 65')) },
  { name: 'an unknown short number', check: 'phone-numbers', file: target, apply: editJson((p) => (p.channels.phone[0].number = '1060')) },
  { name: 'a javascript: link', check: 'links', file: target, apply: editJson((p) => (p.channels.website = 'javascript:alert(document.cookie)')) },
  { name: 'a data: link', check: 'links', file: target, apply: editJson((p) => (p.channels.chat = [{ url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }])) },
  { name: 'an http: link', check: 'links', file: target, apply: editJson((p) => (p.sources[0].url = p.sources[0].url.replace('https:', 'http:'))) },
  { name: 'an e-mail address without a domain', check: 'email', file: target, apply: editJson((p) => (p.channels.email = [{ address: 'info@tele-onthaal' }])) },
  { name: 'opening hours the computer cannot read', check: 'opening-hours', file: target, apply: editJson((p) => (p.channels.phone[0].hours = 'dag en nacht')) },
  { name: 'sloppy opening hours', check: 'opening-hours', file: target, apply: editJson((p) => (p.channels.phone[0].hours = 'Mo-Su 0-24')) },
  { name: 'school holidays (SH)', check: 'opening-hours', file: target, apply: editJson((p) => (p.channels.phone[0].hours = '24/7; SH off')) },
  { name: 'an age range that ends before it starts', check: 'age-range', file: target, apply: editJson((p) => (p.age = { min: 25, max: 12 })) },
  { name: 'a date that does not exist', check: 'dates', file: target, apply: editJson((p) => (p.verification = { date: '2025-13-01', role: 'medewerker', method: 'phone-call' })) },
  { name: 'a date in the future', check: 'dates', file: target, apply: editJson((p) => (p.sources[0].pageDate = '2099-01-01')) },
  { name: 'no way to make contact', check: 'has-contact', file: target, apply: editJson((p) => (p.channels = {})) },
  // The crisis lane cannot be emptied, joined, moved or redialled from the data.
  { name: 'the 112 file deleted', check: 'crisis-lane', file: `providers/${LINE_112}.json`, apply: (dir) => rmSync(providerPath(dir, LINE_112)) },
  { name: '"crisisLane" on another provider', check: 'schema', file: `providers/${OTHER}.json`, apply: editJson((p) => (p.crisisLane = 1), OTHER) },
  { name: '112 moved to place 9', check: 'schema', file: `providers/${LINE_112}.json`, apply: editJson((p) => (p.crisisLane = 9), LINE_112) },
  { name: 'the 112 line dialling 1733', check: 'crisis-lane', file: `providers/${LINE_112}.json`, apply: editJson((p) => (p.channels.phone[0].number = '1733'), LINE_112) },
  { name: 'a landline on the 1813 line', check: 'crisis-lane', file: `providers/${LINE_1813}.json`, apply: editJson((p) => (p.channels.phone[0].number = '+32 11 00 12 34'), LINE_1813) },
  { name: 'a duplicate "number" key on the 106 line', check: 'json-keys', file: target, apply: editText((t) => t.replace(/"number": "106"/, '"number": "106", "number": "+32 11 00 12 34"')) },
  { name: 'a "__proto__" key that would put a provider in the lane', check: 'json-keys', file: `providers/${OTHER}.json`, apply: editText((t) => t.replace(/\{/, '{\n  "__proto__": { "crisisLane": 5 },'), OTHER) },
  { name: '112 shown as open one minute a week', check: 'crisis-lane', file: `providers/${LINE_112}.json`, apply: editJson((p) => (p.channels.phone[0].hours = 'Mo 03:00-03:01'), LINE_112) },
  { name: 'another number in the name of the 112 line', check: 'crisis-lane', file: `providers/${LINE_112}.json`, apply: editJson((p) => (p.name = 'Bel niet 112 maar 0470 12 34 56'), LINE_112) },
  { name: 'a crisis word that matches ordinary searches', check: 'crisis-themes', file: 'vocabulary/themes.json', apply: editThemes((themes) => themes.find((t) => t.id === crisisThemeIds[1])!.youthWords.push('school')) },
  { name: 'both crisis themes switched off', check: 'crisis-themes', file: 'vocabulary/themes.json', apply: editThemes((themes) => themes.forEach((t) => crisisThemeIds.includes(t.id) && (t.crisis = false))) },
  { name: 'the words of a crisis theme removed', check: 'crisis-themes', file: 'vocabulary/themes.json', apply: editThemes((themes) => themes.forEach((t) => crisisThemeIds.includes(t.id) && (t.youthWords = []))) },
  // Links and numbers that would hurt the young person using them.
  { name: 'a mailto that copies the e-mail to a stranger', check: 'email', file: target, apply: editJson((p) => (p.channels.email = [{ address: 'info%40x.be?bcc=spy@evil.be' }])) },
  { name: 'a premium-rate number', check: 'phone-numbers', file: target, apply: editJson((p) => p.channels.phone.push({ number: '0905 12 345' })) },
  { name: 'hours by the sun', check: 'opening-hours', file: target, apply: editJson((p) => (p.channels.phone[0].hours = 'sunrise-sunset')) },
  { name: 'hours with hundreds of ranges', check: 'schema', file: target, apply: editJson((p) => (p.channels.phone[0].hours = `Mo-Su ${Array.from({ length: 300 }, (_, i) => `${String(Math.floor(i / 13)).padStart(2, '0')}:0${i % 5}-${String(Math.floor(i / 13)).padStart(2, '0')}:1${i % 5}`).join(',')}`)) },
  { name: "the template's example summary left in", check: 'template-values', file: `providers/${OTHER}.json`, apply: editJson((p) => (p.summary.nl = PROVIDER_TEMPLATE.summary.nl), OTHER) },
  { name: 'a verification before the sources', check: 'dates', file: target, apply: editJson((p) => (p.verification = { date: '2001-01-01', role: 'medewerker', method: 'phone-call' })) },
  { name: 'a verification without the way it was done', check: 'schema', file: target, apply: editJson((p) => (p.verification = { date: '2026-11-01', role: 'medewerker' })) },
  { name: 'a verification without a role', check: 'schema', file: target, apply: editJson((p) => (p.verification = { date: '2026-11-01', method: 'phone-call' })) },
  { name: 'the old "lastChecked"', check: 'schema', file: target, apply: editJson((p) => (p.lastChecked = { date: '2026-11-01', by: 'Medewerker' })) },
  { name: 'a number no source names', check: 'fact-sources', file: target, apply: editJson((p) => p.sources.forEach((s: { confirms?: string[] }) => delete s.confirms)) },
  { name: 'old hours nobody verified, shown as live', check: 'fact-age', file: target, apply: editJson((p) => {
    p.sources.forEach((s: { pageDate?: string }) => (s.pageDate = '2015'));
    delete p.verification;
    p.channels.chat = [{ url: 'https://www.tele-onthaal.be/chat', hours: 'Mo-Fr 09:00-17:00' }];
  }) },
  { name: 'a promise of "gratis" from a source of 2015', check: 'fact-age', file: target, apply: editJson((p) => {
    p.sources = [{ url: 'https://testdata.example.org/oud', pageDate: '2015', confirms: ['phone', 'phone-hours', 'chat-hours', 'free', 'anonymous'] }];
    delete p.verification;
    p.description = { nl: 'Bellen is gratis.' };
  }) },
  { name: 'a chat promised without a chat link', check: 'promised-contact', file: target, apply: editJson((p) => {
    delete p.channels.chat;
    p.summary.nl = 'Je kunt hier chatten met een vrijwilliger.';
  }) },
  { name: 'a municipality centre with latitude and longitude swapped', check: 'vocabulary', file: 'vocabulary/municipalities.json', apply: (dir) => {
    const path = join(dir, 'vocabulary', 'municipalities.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    const { lat, lon } = file.municipalities[0].centre;
    file.municipalities[0].centre = { lat: lon, lon: lat };
    writeFileSync(path, JSON.stringify(file, null, 2));
  } },
  // Text that is not what it looks like, or too big for the page.
  { name: 'a right-to-left override that shows "601" as "106"', check: 'hidden-characters', file: `providers/${OTHER}.json`, apply: editJson((p) => (p.name = `${p.name} \u202E601`), OTHER) },
  { name: 'a name made only of zero-width spaces', check: 'hidden-characters', file: target, apply: editJson((p) => (p.name = '\u200B\u200B\u200B')) },
  { name: 'a name of blank Braille patterns', check: 'hidden-characters', file: target, apply: editJson((p) => (p.name = '\u2800\u2800\u2800')) },
  { name: 'a 10,000-character name', check: 'schema', file: target, apply: editJson((p) => (p.name = 'N'.repeat(10_000))) },
  { name: 'a 1 MB description on a crisis line', check: 'schema', file: target, apply: editJson((p) => (p.description = { nl: 'Lang. '.repeat(175_000) })) },
  // Files that are not what a provider file should be.
  { name: 'a Latin-1 byte', check: 'file', file: target, apply: (dir) => writeFileSync(targetPath(dir), Buffer.from(readFileSync(targetPath(dir), 'utf8').replace(NAME, '"name": "T\u00e9l\u00e9-Accueil"'), 'latin1')) },
  { name: 'a folder named x.json', check: 'file', file: 'providers/x.json', apply: (dir) => mkdirSync(join(dir, 'providers', 'x.json')) },
  { name: 'a dangling symlink', check: 'file', file: 'providers/weg.json', apply: (dir) => symlinkSync(join(dir, 'nergens.json'), join(dir, 'providers', 'weg.json')) },
  { name: 'deeply nested brackets', check: 'json-syntax', file: target, apply: editText((t) => t.replace('{', `{ "x": ${'['.repeat(10_000)}${']'.repeat(10_000)},`)) },
  { name: 'a missing vocabulary file', check: 'vocabulary', file: 'vocabulary/themes.json', apply: (dir) => rmSync(join(dir, 'vocabulary', 'themes.json')) },
  { name: 'a file that is not .json', check: 'file-name', file: 'providers/awel.txt', apply: (dir) => writeFileSync(join(dir, 'providers', 'awel.txt'), '{}') },
];

function copyOfRealData(): string {
  const dir = temporaryFolder('hulphub-corrupt-');
  cpSync(REAL_DATA, dir, { recursive: true });
  return dir;
}

describe('the real data', () => {
  it('has the provider the corruptions edit, and passes as it is', () => {
    const result = checkDataFolder(copyOfRealData());
    expect(existsSync(join(REAL_DATA, 'providers', `${TARGET}.json`))).toBe(true);
    expect(result.errorCount).toBe(0);
  });
});

describe('each kind of mistake in the real data is refused', () => {
  it('has a mistake for every check that can refuse data, and for each step that reads the files', () => {
    // Checks that only warn, or mark a provider for re-checking, let the site be built.
    const refusing = CHECKS.filter((check) => !check.marksForRecheck && !check.onlyWarns).map((check) => check.name);
    const reading = ['file', 'json-syntax', 'json-keys', 'vocabulary'];
    const covered = new Set(CORRUPTIONS.map((corruption) => corruption.check));
    expect([...refusing, ...reading].filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(CORRUPTIONS)('$name: refused by $check, naming $file, and the build writes nothing', (corruption) => {
    const dir = copyOfRealData();
    corruption.apply(dir);
    const result = checkDataFolder(dir);
    const named = result.problems.filter((problem) => problem.check === corruption.check && problem.severity === 'error');
    expect(named.length, JSON.stringify(result.problems.map((p) => `${p.check}: ${p.message}`))).toBeGreaterThan(0);
    for (const problem of named) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.message).toMatch(/[a-z]/);
      expect(problem.fix).toMatch(/[a-z]/);
    }
    expect(named.map((problem) => problem.file)).toContain(resolve(join(dir, corruption.file)));

    const out = temporaryFolder('hulphub-corrupt-out-');
    const log: string[] = [];
    const build = buildData(dir, join(out, 'data'), { log: (line) => log.push(line), generatedDir: join(out, 'generated') });
    expect(build.ok).toBe(false);
    expect(readdirSync(out)).toEqual([]); // neither the browser files nor the app's generated files
    expect(log.join('\n')).toContain('De site is NIET gebouwd');
    expect(log.join('\n')).toContain(corruption.file.split('/').pop());
  });
});

/** Correct staff edits, some of them near the guarded ones: each passes and builds the same lane. */
const GOOD_EDITS: { name: string; apply(dir: string): void }[] = [
  { name: 'a byte-order mark at the start of a file', apply: editText((t) => `\uFEFF${t}`) },
  { name: 'a second number on a lane line, after the lane number', apply: editJson((p) => p.channels.phone.push({ number: '+32 11 00 12 34' })) },
  { name: 'new chat hours on a lane line, with the page they come from', apply: editJson((p) => {
    p.channels.chat[0].hours = 'Mo-Su 18:00-23:00';
    p.sources.push({ url: 'https://testdata.example.org/chat-uren', pageDate: TODAY_IN_BELGIUM, confirms: ['chat-hours'] });
  }) },
  { name: 'a new crisis word', apply: editThemes((themes) => themes.find((t) => t.id === crisisThemeIds[0])!.youthWords.push('ik zie geen uitweg')) },
  { name: 'an 0800 number marked free, with its source', apply: editJson((p) => {
    (p.channels.phone ??= []).push({ number: '0800 12 345', free: true });
    p.sources.push({ url: 'https://testdata.example.org/gratis-nummer', pageDate: TODAY_IN_BELGIUM, confirms: ['phone', 'free'] });
  }, OTHER) },
  { name: 'a plain e-mail address with a plus and a dot', apply: editJson((p) => (p.channels.email = [{ address: 'hulp.jongeren+hub@example.org' }]), OTHER) },
];

describe('correct edits are accepted, and the crisis lane stays exactly as it is', () => {
  it.each(GOOD_EDITS)('$name', ({ apply }) => {
    const dir = copyOfRealData();
    apply(dir);
    const out = temporaryFolder('hulphub-good-out-');
    const log: string[] = [];
    const build = buildData(dir, join(out, 'data'), { log: (line) => log.push(line), generatedDir: join(out, 'generated') });
    expect(build.ok, log.join('\n')).toBe(true);
    const crisis = JSON.parse(readFileSync(join(out, 'generated', 'crisis-lane.json'), 'utf8'));
    expect(crisis.lines.map((line: { phone: { href: string } }) => line.phone.href)).toEqual(CRISIS_LANE.map((line) => `tel:${line.number}`));
  });
});
