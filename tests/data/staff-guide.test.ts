/** data/README.md is what staff copy from: its template must pass and its example message must be real. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../scripts/lib/problems.ts';
import { checkProvider, exampleProvider, REAL_DATA } from '../helpers/data-folder.ts';

const guide = readFileSync(join(REAL_DATA, 'README.md'), 'utf8');

describe('the staff guide', () => {
  it('has a template that passes every check as it is', () => {
    const template = JSON.parse(/## Sjabloon\s+```json\n([\s\S]*?)```/.exec(guide)![1]);
    const result = checkProvider(template);
    expect(result.problems).toEqual([]);
  });

  it('shows an example message exactly as the checker prints it', () => {
    const provider = exampleProvider('jac-hasselt');
    (provider.channels as { phone: Record<string, unknown>[] }).phone[0].number = '011 23 45';
    const [problem] = checkProvider(provider).problems;
    const [, message, fix] = formatProblem(problem).split('\n');
    expect(guide).toContain(`     ${message.trim()}\n`);
    expect(guide).toContain(`     ${fix.trim()}\n`);
  });
});
