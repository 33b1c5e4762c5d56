/**
 * The crisis lane and crisis themes cannot be changed by data: each way a data edit could drop, add,
 * move or redial a lane line, or switch off crisis search, is refused with a Dutch message on the line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRISIS_LANE, CRISIS_THEMES } from '../../../src/crisis/crisis-lane-definition.ts';
import { checkDataFolder } from '../check-data.ts';
import { crisisLaneFixtures } from '../fixtures.ts';
import {
  exampleProvider,
  lineOf,
  problemsFrom,
  TODAY,
  withoutEmptyThemeWarnings,
  writeDataFolder,
} from '../../../tests/helpers/data-folder.ts';
import { FIXTURE_CATALOGUE } from '../../../tests/helpers/test-paths.ts';

const check = (files: Record<string, unknown>, options?: { crisisLane?: boolean }) =>
  withoutEmptyThemeWarnings(checkDataFolder(writeDataFolder(files, options), { today: TODAY }));
const laneFile = (index: number) => `providers/${CRISIS_LANE[index].providerId}.json`;
const laneProvider = (index: number) => crisisLaneFixtures()[index] as unknown as Record<string, any>;

describe('crisis-lane', () => {
  it('passes with the four lines the code fixes', () => {
    expect(check({ 'providers/fictief-voorbeeld.json': exampleProvider() }).problems).toEqual([]);
  });

  it('refuses a missing line and says which number would disappear', () => {
    const result = check({}, { crisisLane: false });
    const problems = problemsFrom(result, 'crisis-lane');
    expect(problems.map((p) => p.file.split('/').pop()).sort()).toEqual(CRISIS_LANE.map((line) => `${line.providerId}.json`).sort());
    const problem112 = problems.find((p) => p.providerId === 'noodnummer-112')!;
    expect(problem112.message).toBe(
      'Plaats 1 in de rij noodnummers bovenaan elke pagina is 112, maar het bestand noodnummer-112.json ontbreekt. Zonder dat bestand verdwijnt 112 van de site.',
    );
    expect(problem112.fix).toContain('zet het bestand terug');
  });

  it('refuses another first number on a lane line, on the line of that number', () => {
    const provider = laneProvider(0);
    provider.channels.phone[0].number = '1733';
    const [problem] = problemsFrom(check({ [laneFile(0)]: provider }), 'crisis-lane');
    expect(problem).toMatchObject({ field: 'channels.phone[0].number', line: lineOf(provider, '"number": "1733"') });
    expect(problem.message).toBe(
      'Plaats 1 in de rij noodnummers bovenaan elke pagina belt 112. Dit is die lijn, maar het eerste nummer is "1733".',
    );
  });

  it('refuses a landline put before the lane number, and accepts it after', () => {
    const before = laneProvider(1);
    before.channels.phone.unshift({ number: '+32 11 00 12 34' });
    expect(problemsFrom(check({ [laneFile(1)]: before }), 'crisis-lane')).toHaveLength(1);
    const after = laneProvider(1);
    after.channels.phone.push({ number: '+32 11 00 12 34' });
    expect(check({ [laneFile(1)]: after }).problems).toEqual([]);
  });

  it('refuses a lane line without a phone', () => {
    const provider = laneProvider(3);
    provider.channels = { website: 'https://testdata.example.org' };
    const [problem] = problemsFrom(check({ [laneFile(3)]: provider }), 'crisis-lane');
    expect(problem.message).toContain('het eerste nummer is weg');
  });

  it("refuses a chat link in the lane that leads away from the line's own site", () => {
    const provider = laneProvider(3);
    provider.channels.chat = [{ url: 'https://chat.example.org/praat' }];
    const [problem] = problemsFrom(check({ [laneFile(3)]: provider }), 'crisis-lane');
    expect(problem.field).toBe('channels.chat[0].url');
    expect(problem.message).toContain('chat.example.org is niet de eigen site van deze lijn (tele-onthaal.be)');
    provider.channels.chat = [{ url: 'https://www.tele-onthaal.be/chat' }];
    expect(problemsFrom(check({ [laneFile(3)]: provider }), 'crisis-lane')).toEqual([]);
  });

  it('keeps a line that is open day and night from being shown as closed', () => {
    const provider = laneProvider(0);
    provider.channels.phone[0].hours = 'Mo 03:00-03:01';
    const [problem] = problemsFrom(check({ [laneFile(0)]: provider }), 'crisis-lane');
    expect(problem).toMatchObject({ field: 'channels.phone[0].hours', line: lineOf(provider, '"hours": "Mo 03:00-03:01"') });
    expect(problem.message).toContain('is dag en nacht open, maar hier staat "Mo 03:00-03:01"');
    delete provider.channels.phone[0].hours;
    expect(problemsFrom(check({ [laneFile(0)]: provider }), 'crisis-lane')).toEqual([]);
    const awel = laneProvider(2);
    awel.channels.phone[0].hours = 'Mo-Fr 16:00-22:00';
    expect(problemsFrom(check({ [laneFile(2)]: awel }), 'crisis-lane')).toEqual([]);
  });

  it('refuses another number in the texts the lane shows, but not "24/7"', () => {
    const provider = laneProvider(0);
    provider.name = 'Bel niet 112 maar 0470 12 34 56';
    provider.summary = { nl: 'Dag en nacht, 24/7, bel 112.', en: 'Or call 0800.12.345 instead.' };
    provider.channels.phone[0].label = { nl: 'of bel 1733' };
    const problems = problemsFrom(check({ [laneFile(0)]: provider }), 'crisis-lane');
    expect(problems.map((p) => p.field)).toEqual(['name', 'summary.en', 'channels.phone[0].label.nl']);
    expect(problems[0].message).toContain('staat ook 0470 12 34 56');
  });

  it('does not call a lane file missing when it is there but cannot be read', () => {
    const dir = writeDataFolder({});
    writeFileSync(join(dir, laneFile(2)), Buffer.from('{ "name": "Caf\u00e9" }', 'latin1'));
    const unreadable = checkDataFolder(dir, { today: TODAY });
    expect(problemsFrom(unreadable, 'file')).toHaveLength(1);
    expect(problemsFrom(unreadable, 'crisis-lane')).toEqual([]);
  });

  it('refuses "crisisLane" in any file: the lane cannot be moved or joined from the data', () => {
    for (const [name, provider] of [
      ['on another provider', { ...exampleProvider(), crisisLane: 1 }],
      ['moving a lane line', { ...laneProvider(0), crisisLane: 9 }],
    ] as const) {
      const file = name === 'moving a lane line' ? laneFile(0) : 'providers/fictief-voorbeeld.json';
      const [problem] = problemsFrom(check({ [file]: provider }), 'schema');
      expect(problem.field, name).toBe('crisisLane');
      expect(problem.message, name).toContain('ligt vast in de code');
    }
  });
});

describe('crisis-themes', () => {
  const themesText = readFileSync(join(FIXTURE_CATALOGUE, 'vocabulary', 'themes.json'), 'utf8');
  let writtenThemes = '';
  const withThemes = (edit: (themes: Record<string, any>[]) => void) => {
    const file = JSON.parse(themesText);
    edit(file.themes);
    writtenThemes = `${JSON.stringify(file, null, 2)}\n`;
    return check({ 'vocabulary/themes.json': writtenThemes });
  };

  it('refuses a crisis theme switched off, on the line of "crisis"', () => {
    const result = withThemes((themes) => themes.forEach((theme) => (theme.crisis = false)));
    const problems = problemsFrom(result, 'crisis-themes');
    for (const problem of problems) expect(problem.field).toMatch(/^themes\[\d+\]\.crisis$/);
    const written = writtenThemes.split('\n');
    for (const problem of problems) expect(written[problem.line - 1]).toContain('"crisis": false');
    expect(problems.every((p) => p.message.includes('moet "crisis": true hebben'))).toBe(true);
    expect(problems).toHaveLength(CRISIS_THEMES.length);
  });

  it('refuses a crisis theme removed or emptied of the words the code needs', () => {
    const removed = withThemes((themes) =>
      themes.splice(
        themes.findIndex((t) => t.id === CRISIS_THEMES[0].themeId),
        1,
      ),
    );
    expect(problemsFrom(removed, 'crisis-themes')[0].message).toContain(`Het thema "${CRISIS_THEMES[0].themeId}" ontbreekt`);
    const emptied = withThemes((themes) => {
      const theme = themes.find((t) => t.id === CRISIS_THEMES[1].themeId)!;
      theme.youthWords = ['iets anders'];
      theme.misspellings = [];
    });
    const [problem] = problemsFrom(emptied, 'crisis-themes');
    expect(problem.message).toContain(CRISIS_THEMES[1].requiredWords.map((w) => `"${w}"`).join(', '));
  });

  it('refuses a crisis word that makes ordinary searches look like a crisis, and names one', () => {
    const result = withThemes((themes) => themes.find((t) => t.id === CRISIS_THEMES[1].themeId)!.youthWords.push('school'));
    const [problem] = problemsFrom(result, 'crisis-themes');
    expect(problem.field).toMatch(/^themes\[\d+\]\.youthWords\[\d+\]$/);
    expect(problem.message).toMatch(
      /^Het crisiswoord "school" zet de noodnummers ook bovenaan bij gewone zoekopdrachten, zoals "[^"]*school[^"]*"/,
    );
    expect(writtenThemes.split('\n')[problem.line - 1]).toContain('"school"');
  });

  it('accepts added crisis words, and refuses one too short to mean anything', () => {
    const added = withThemes((themes) => themes.find((t) => t.id === CRISIS_THEMES[0].themeId)!.youthWords.push('testcrisiswoord'));
    expect(added.problems).toEqual([]);
    const tooShort = withThemes((themes) => themes.find((t) => t.id === CRISIS_THEMES[0].themeId)!.youthWords.push('ik'));
    expect(problemsFrom(tooShort, 'crisis-themes')[0].message).toBe(
      'Het crisiswoord "ik" is te kort: elke zoekopdracht met die letters zou de noodnummers bovenaan zetten.',
    );
  });
});
