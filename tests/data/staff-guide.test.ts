/** data/README.md is what staff copy from: its template must pass and its example message must be real. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../scripts/lib/problems.ts';
import { formatSpreadsheetProblem } from '../../scripts/data-import.ts';
import { NUMBERED_GROUPS, PROVIDER_COLUMNS, groupColumns } from '../../scripts/lib/open-data/spreadsheet-columns.ts';
import { providersCsv } from '../../scripts/lib/open-data/spreadsheet.ts';
import { importSpreadsheet } from '../../scripts/lib/open-data/spreadsheet-import.ts';
import { checkDataFolder } from '../../scripts/lib/check-data.ts';
import { templateText } from '../../scripts/lib/provider-template.ts';
import { checkProvider, exampleProvider, REAL_DATA, TODAY, writeDataFolder } from '../helpers/data-folder.ts';

const guide = readFileSync(join(REAL_DATA, 'README.md'), 'utf8');

describe('the staff guide', () => {
  const templateBlock = /## Sjabloon\s+```json\n([\s\S]*?)```/.exec(guide)![1];

  it('shows the template npm run data:new writes, in the layout npm run data:format writes', () => {
    expect(templateBlock).toBe(templateText());
  });

  it('has a template whose only problems are its example values, which staff must replace', () => {
    const result = checkProvider(JSON.parse(templateBlock));
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.filter((problem) => problem.check !== 'template-values')).toEqual([]);
  });

  it('has a template that passes every other check once its example values are filled in', () => {
    const template = JSON.parse(templateBlock);
    template.name = 'Fictief Jongerenpunt (testdata)';
    template.summary.nl = 'Verzonnen dienst voor tests: je kunt hier praten over pesten.';
    template.keywords = ['gepest'];
    template.channels = {
      phone: [{ ...template.channels.phone[0], number: '+32 11 00 12 34' }],
      email: [{ address: 'fictief@example.org' }],
      website: 'https://testdata.example.org',
    };
    template.locations[0].street = 'Fictieve Straat 1';
    template.sources[0] = { ...template.sources[0], url: 'https://testdata.example.org/contact', note: 'Testdata.' };
    template.verification.date = '2026-11-21';
    expect(checkProvider(template).problems).toEqual([]);
  });

  it('shows an example message exactly as the checker prints it', () => {
    const provider = exampleProvider('jac-hasselt');
    (provider.channels as { phone: Record<string, unknown>[] }).phone[0].number = '011 23 45';
    const [problem] = checkProvider(provider).problems;
    const [, message, fix] = formatProblem(problem).split('\n');
    expect(guide).toContain(`     ${message.trim()}\n`);
    expect(guide).toContain(`     ${fix.trim()}\n`);
  });

  it('lists every column of the spreadsheet, as the import reads it', () => {
    const headers = [...PROVIDER_COLUMNS, ...NUMBERED_GROUPS.flatMap((group) => groupColumns(group, 1))].map((column) =>
      column.header.replace(/ \((en|fr)\)$/, ' (nl)'),
    );
    const missing = [...new Set(headers)].filter((header) => !guide.includes(`\`${header.replace(/ \(nl\)$/, ' (nl)`')}`));
    expect(missing).toEqual([]);
  });

  it('shows an example message of the spreadsheet import exactly as the import prints it', () => {
    const provider = exampleProvider('jac-hasselt');
    (provider.channels as { phone: Record<string, unknown>[] }).phone[0].number = '011 23 45';
    const dataDir = writeDataFolder({ 'providers/jac-hasselt.json': exampleProvider('jac-hasselt') });
    const csv = providersCsv(checkDataFolder(dataDir, { today: TODAY }).providers, 'staff').replace(
      "'+32 11 00 12 34",
      '011 23 45',
    );
    const [problem] = importSpreadsheet(csv, dataDir, { today: TODAY }).problems.filter((p) => p.severity === 'error');
    const [header, message, fix] = formatSpreadsheetProblem(problem).split('\n');
    expect(guide).toContain(header.replace(/rij \d+/, 'rij 12'));
    expect(guide).toContain(`     ${message.trim()}\n`);
    expect(guide).toContain(`     ${fix.trim()}\n`);
  });
});
