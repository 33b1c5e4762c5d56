/**
 * Breaks a copy of the real data/ in one way at a time and shows that each mistake is refused: the
 * check names the file and the build writes nothing. This is the promise staff rely on: a red check
 * means the site was not changed, a green one means it is fine.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/data-build.ts';
import { checkDataFolder } from '../../scripts/lib/check-data.ts';
import { REAL_DATA } from '../helpers/data-folder.ts';

/** The provider every corruption edits: a file we keep in the real catalogue. */
const TARGET = 'tele-onthaal';
type Json = Record<string, any>;

interface Corruption {
  name: string;
  /** The check that must refuse it. */
  check: string;
  /** The file (inside the data folder) that must be named. */
  file: string;
  apply(dir: string): void;
}

const targetPath = (dir: string) => join(dir, 'providers', `${TARGET}.json`);
const editText = (edit: (text: string) => string) => (dir: string) => writeFileSync(targetPath(dir), edit(readFileSync(targetPath(dir), 'utf8')));
const editJson = (edit: (provider: Json) => void) => (dir: string) => {
  const provider = JSON.parse(readFileSync(targetPath(dir), 'utf8'));
  edit(provider);
  writeFileSync(targetPath(dir), `${JSON.stringify(provider, null, 2)}\n`);
};
const target = `providers/${TARGET}.json`;

const CORRUPTIONS: Corruption[] = [
  { name: 'a missing comma', check: 'json-syntax', file: target, apply: editText((t) => t.replace('"name": "Tele-Onthaal 106",', '"name": "Tele-Onthaal 106"')) },
  { name: 'a comma too many', check: 'json-syntax', file: target, apply: editText((t) => t.replace(/\}\n\}\s*$/, '},\n}\n')) },
  { name: 'curly quotes', check: 'json-syntax', file: target, apply: editText((t) => t.replace('"Tele-Onthaal 106"', '“Tele-Onthaal 106”')) },
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
  { name: 'a data: link', check: 'links', file: target, apply: editJson((p) => (p.channels.chat[0].url = 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')) },
  { name: 'an http: link', check: 'links', file: target, apply: editJson((p) => (p.sources[0].url = p.sources[0].url.replace('https:', 'http:'))) },
  { name: 'an e-mail address without a domain', check: 'email', file: target, apply: editJson((p) => (p.channels.email = [{ address: 'info@tele-onthaal' }])) },
  { name: 'opening hours the computer cannot read', check: 'opening-hours', file: target, apply: editJson((p) => (p.channels.phone[0].hours = 'dag en nacht')) },
  { name: 'sloppy opening hours', check: 'opening-hours', file: target, apply: editJson((p) => (p.channels.phone[0].hours = 'Mo-Su 0-24')) },
  { name: 'school holidays (SH)', check: 'opening-hours', file: target, apply: editJson((p) => (p.channels.phone[0].hours = '24/7; SH off')) },
  { name: 'a date that does not exist', check: 'dates', file: target, apply: editJson((p) => (p.lastChecked.date = '2025-13-01')) },
  { name: 'a date in the future', check: 'dates', file: target, apply: editJson((p) => (p.sources[0].pageDate = '2099-01-01')) },
  { name: 'no way to make contact', check: 'has-contact', file: target, apply: editJson((p) => (p.channels = {})) },
  { name: 'a crisis lane place used twice', check: 'crisis-lane', file: target, apply: editJson((p) => (p.crisisLane = 1)) },
  { name: 'a missing vocabulary file', check: 'vocabulary', file: 'vocabulary/themes.json', apply: (dir) => rmSync(join(dir, 'vocabulary', 'themes.json')) },
  { name: 'a file that is not .json', check: 'file-name', file: 'providers/awel.txt', apply: (dir) => writeFileSync(join(dir, 'providers', 'awel.txt'), '{}') },
];

function copyOfRealData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hulphub-corrupt-'));
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
  it('covers at least 20 kinds of mistake', () => {
    expect(CORRUPTIONS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CORRUPTIONS)('$name: refused by $check, naming $file, and the build writes nothing', (corruption) => {
    const dir = copyOfRealData();
    corruption.apply(dir);
    const result = checkDataFolder(dir);
    const named = result.problems.filter((problem) => problem.check === corruption.check && problem.severity === 'error');
    expect(named.length).toBeGreaterThan(0);
    expect(named.map((problem) => problem.file)).toContain(relative(process.cwd(), join(dir, corruption.file)));

    const outDir = join(dir, 'out', 'data');
    const log: string[] = [];
    const generatedDir = join(dir, 'out', 'generated');
    const build = buildData(dir, outDir, { log: (line) => log.push(line), generatedDir });
    expect(build.ok).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false); // neither the browser files nor the app's generated files
    expect(log.join('\n')).toContain('De site is NIET gebouwd');
  });
});
