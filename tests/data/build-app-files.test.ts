/** The app's bundled crisis lane comes only from the real build, never from a test or benchmark build. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/data-build.ts';
import { REAL_DATA } from '../helpers/data-folder.ts';

describe('data:build and src/generated', () => {
  it('writes the crisis lane and static shell only where asked', () => {
    const work = mkdtempSync(join(tmpdir(), 'hulphub-app-files-'));
    buildData(REAL_DATA, join(work, 'data'), { log: () => {} });
    expect(existsSync(join(work, 'generated'))).toBe(false);
    buildData(REAL_DATA, join(work, 'data'), { log: () => {}, generatedDir: join(work, 'generated') });
    const crisis = JSON.parse(readFileSync(join(work, 'generated', 'crisis-lane.json'), 'utf8'));
    expect(crisis.lines.map((line: { phones: { display: string }[] }) => line.phones[0].display)).toEqual(['112', '1813', '102', '106']);
    const shell = readFileSync(join(work, 'generated', 'static-shell.html'), 'utf8');
    expect(shell).toContain('href="tel:1813"');
    expect(shell).toContain('Snel weg');
  });
});
