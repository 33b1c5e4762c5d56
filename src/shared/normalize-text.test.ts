import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('removes accents, capitals and punctuation', () => {
    expect(normalizeText('Suïcide, Zélfmoord!  Herk-de-Stad')).toBe('suicide zelfmoord herk de stad');
  });
});
