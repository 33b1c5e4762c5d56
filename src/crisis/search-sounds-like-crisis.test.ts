/**
 * The lane's question, with and without crisis detection loaded (crisis-check.ts): without it, a search
 * with words brings the lane up rather than wait.
 */
import { describe, expect, it } from 'vitest';
import { crisisDetector } from './crisis-check';
import { searchSoundsLikeCrisis, soundsLikeCrisisWith } from './search-sounds-like-crisis';

describe('searchSoundsLikeCrisis', () => {
  it('with detection loaded, tells a crisis from an everyday search', () => {
    expect(crisisDetector()).toBeTypeOf('function'); // tests/setup/crisis-detection.ts
    expect(searchSoundsLikeCrisis('ik wil dood')).toBe(true);
    expect(searchSoundsLikeCrisis('ik wil me van kant maken')).toBe(true);
    expect(searchSoundsLikeCrisis('voetbal')).toBe(false);
    expect(searchSoundsLikeCrisis('')).toBe(false);
  });

  it('until detection is here, every search with words sounds like a crisis; an empty box does not', () => {
    expect(soundsLikeCrisisWith(undefined, 'voetbal')).toBe(true);
    expect(soundsLikeCrisisWith(undefined, 'ik wil dood')).toBe(true);
    expect(soundsLikeCrisisWith(undefined, '')).toBe(false);
    expect(soundsLikeCrisisWith(undefined, '   ')).toBe(false);
  });
});
