import { describe, expect, it } from 'vitest';
import { readPhraseList } from '../../tests/crisis/phrase-lists';
import { detectCrisis, looksLikeCrisis } from './crisis-detection';

/** The share of ordinary searches that may trigger the crisis lane before this test fails. */
const MAX_ORDINARY_SHARE = 0.1;

describe('crisis detection with the built-in patterns alone', () => {
  const crisisPhrasings = readPhraseList('crisis-phrasings');
  const ordinarySearches = readPhraseList('ordinary-searches');

  it('has the lists it promises', () => {
    expect(crisisPhrasings.length).toBeGreaterThanOrEqual(100);
    expect(ordinarySearches.length).toBeGreaterThanOrEqual(100);
  });

  it.each(crisisPhrasings)('sees a crisis in "%s"', (phrasing) => {
    expect(looksLikeCrisis(phrasing, [])).toBe(true);
  });

  it(`lets fewer than ${MAX_ORDINARY_SHARE * 100} % of ordinary searches trigger the crisis lane`, () => {
    const triggering = ordinarySearches.filter((search) => looksLikeCrisis(search, []));
    const share = triggering.length / ordinarySearches.length;
    console.log(
      `ordinary searches that trigger the crisis lane: ${triggering.length} of ${ordinarySearches.length} (${(share * 100).toFixed(1)} %)` +
        triggering.map((search) => `\n  - ${search}`).join(''),
    );
    expect(share).toBeLessThan(MAX_ORDINARY_SHARE);
  });

  // The everyday searches the brief names: these must never trigger.
  it.each(['examenstress', 'wiet', 'gepest', 'ik word gepest', 'doodmoe', 'dood vermoeid van school', 'mijn opa is dood', 'ik wil stoppen met roken', 'depri', 'thuis ruzie', 'snoep', ''])(
    'sees no crisis in "%s"',
    (search) => {
      expect(looksLikeCrisis(search, [])).toBe(false);
    },
  );

  it('tolerates typos, swapped and repeated letters, split and joined words, and word order', () => {
    for (const phrasing of ['zelfmoort', 'zelfmoodr', 'zelfmoooooord', 'zelf moord', 'ikwildood', 'kwilnimeerleven', 'dood wil ik', 'ik sny mezelf', 'IK WIL DOOD!!!']) {
      expect(looksLikeCrisis(phrasing, []), phrasing).toBe(true);
    }
  });

  it('reads a phrasing that is only a crisis on its own only on its own', () => {
    expect(looksLikeCrisis('ik kan niet meer', [])).toBe(true);
    expect(looksLikeCrisis('ik kan niet meer slapen', [])).toBe(false);
    expect(looksLikeCrisis('ik wil gewoon niet meer', [])).toBe(true);
    expect(looksLikeCrisis('ik wil niet meer naar school', [])).toBe(false);
  });

  it('says which typed words made it a crisis, and what it read them as', () => {
    const { crisis, words } = detectCrisis('ik wil me van kant maken in hasselt', []);
    expect(crisis).toBe(true);
    expect(words.get('kant')).toEqual(['vankant']);
    expect(words.has('hasselt')).toBe(false);
    expect(detectCrisis('zelfmort', []).words.get('zelfmort')).toContain('zelfmoord');
    expect(detectCrisis('examenstress', []).words.size).toBe(0);
  });
});

describe('crisis detection with phrases from the data', () => {
  // Fictional words, so the test does not depend on what staff put in data/.
  const phrases = ['testcrisiswoord', 'fictieve noodzin'];

  it('sees a data word, with a typo, split, or with repeated letters', () => {
    expect(looksLikeCrisis('testcrisiswoord', [])).toBe(false);
    for (const search of ['testcrisiswoord', 'help testcrisiswort', 'test crisiswoord', 'testcrisiswooooord', 'mijn testcrisiswoorden']) {
      expect(looksLikeCrisis(search, phrases), search).toBe(true);
    }
  });

  it('sees a data phrase of several words in any order, joined, or with a typo', () => {
    expect(looksLikeCrisis('fictieve noodzin', [])).toBe(false);
    for (const search of ['fictieve noodzin', 'noodzin fictieve', 'fictieve echt noodzin', 'fictievenoodzin', 'fictieve nodzin', 'fictive noodzin']) {
      expect(looksLikeCrisis(search, phrases), search).toBe(true);
    }
    expect(looksLikeCrisis('fictieve', phrases)).toBe(false);
    expect(looksLikeCrisis('fictieve woorden die hier niet bij horen noodzin', phrases)).toBe(false);
  });

  it('keeps the built-in patterns whatever the data says', () => {
    expect(looksLikeCrisis('ik wil dood', ['iets heel anders'])).toBe(true);
    expect(looksLikeCrisis('ik wil dood', [''])).toBe(true);
  });
});
