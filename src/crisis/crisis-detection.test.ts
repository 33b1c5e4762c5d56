import { readFileSync } from 'node:fs';
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
  it.each([
    'examenstress',
    'wiet',
    'gepest',
    'ik word gepest',
    'doodmoe',
    'doodop',
    'dood vermoeid van school',
    'mijn opa is dood',
    'ik wil stoppen met roken',
    'ik heb mijn pillen genomen',
    'depri',
    'thuis ruzie',
    'snoep',
    'zelfzorg',
    '',
  ])('sees no crisis in "%s"', (search) => {
    expect(looksLikeCrisis(search, [])).toBe(false);
  });

  it('tolerates typos, swapped and repeated letters, split and joined words, and word order', () => {
    for (const phrasing of [
      'zelfmoort',
      'zelfmoodr',
      'zelfmoooooord',
      'zelf moord',
      'ikwildood',
      'kwilnimeerleven',
      'kzie het ni meer zitten',
      'dood wil ik',
      'ik sny mezelf',
      'IK WIL DOOD!!!',
    ]) {
      expect(looksLikeCrisis(phrasing, []), phrasing).toBe(true);
    }
  });

  it('does not read an ordinary word as a typo, a compound or words typed together', () => {
    for (const search of [
      'sterk',
      'krabbel',
      'verdwenen',
      'doodgewoon',
      'sterfdag',
      'levensmoed',
      'genoegen',
      'mediterend',
      'belast',
      'ik wil stappen',
    ]) {
      expect(looksLikeCrisis(search, []), search).toBe(false);
    }
  });

  it('reads two phrasings that are only a crisis on their own together', () => {
    expect(looksLikeCrisis('ik ben klaar met alles, ik kan niet meer', [])).toBe(true);
    expect(looksLikeCrisis('ik ben klaar met alles van school', [])).toBe(false);
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

describe('the examples in the comments of crisis-patterns.ts', () => {
  // Each pattern's comment quotes what it catches and, in brackets after "not", what it must not:
  // a comment that promises what the code does not do misleads whoever extends it.
  const source = readFileSync(new URL('./crisis-patterns.ts', import.meta.url), 'utf8');
  const start = source.indexOf('export const CRISIS_PATTERNS');
  const comments = source
    .slice(start, source.indexOf('\n];', start))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('//'));
  const quoted = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
  const crises: string[] = [];
  const notCrises: string[] = [];
  for (const comment of comments) {
    const not = comment.indexOf('(not ');
    const end = not < 0 ? -1 : comment.indexOf(')', not);
    if (not < 0) crises.push(...quoted(comment));
    else {
      crises.push(...quoted(comment.slice(0, not)), ...quoted(comment.slice(end + 1)));
      notCrises.push(...quoted(comment.slice(not, end)));
    }
  }

  it('has examples to check', () => {
    expect(crises.length).toBeGreaterThanOrEqual(200);
    expect(notCrises.length).toBeGreaterThanOrEqual(40);
  });

  it.each(crises)('"%s" is a crisis, as a comment says', (example) => {
    expect(looksLikeCrisis(example, [])).toBe(true);
  });

  it.each(notCrises)('"%s" is not a crisis, as a comment says', (example) => {
    expect(looksLikeCrisis(example, [])).toBe(false);
  });
});

describe('crisis detection on very long input', () => {
  // A pasted text must not freeze the page: only the start is read, and long words are not split or
  // forgiven typos. These would take seconds if the work grew with the length of the input.
  it('answers one word of 20,000 letters', () => {
    expect(looksLikeCrisis('ab'.repeat(10_000), [])).toBe(false);
    expect(looksLikeCrisis('zelfmoord'.repeat(2_300), [])).toBe(true);
    // One word of 21,000 letters: too long to be read as words typed together.
    expect(looksLikeCrisis('doodwil'.repeat(3_000), [])).toBe(false);
    expect(looksLikeCrisis('x'.repeat(20_000), ['testcrisiswoord'])).toBe(false);
  });

  it('answers the same words repeated 3,000 times', () => {
    expect(looksLikeCrisis('ik wil dood '.repeat(3_000), [])).toBe(true);
    expect(looksLikeCrisis('doodwil '.repeat(3_000), [])).toBe(true);
    expect(looksLikeCrisis('huiswerk '.repeat(3_000), [])).toBe(false);
    expect(looksLikeCrisis('testcrisiswoord '.repeat(3_000), ['testcrisiswoord'])).toBe(true);
  });

  it('reads only the start of a pasted text', () => {
    expect(looksLikeCrisis(`${'huiswerk '.repeat(3_000)}zelfmoord`, [])).toBe(false);
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

  it('sees a data phrase of several words in its order, with one word between, joined, or with a typo', () => {
    expect(looksLikeCrisis('fictieve noodzin', [])).toBe(false);
    for (const search of [
      'fictieve noodzin',
      'fictieve echt noodzin',
      'fictievenoodzin',
      'fictieve nodzin',
      'fictive noodzin',
      'help fictieve noodzin nu',
    ]) {
      expect(looksLikeCrisis(search, phrases), search).toBe(true);
    }
    for (const search of ['fictieve', 'noodzin fictieve', 'fictieve woorden die hier niet bij horen noodzin']) {
      expect(looksLikeCrisis(search, phrases), search).toBe(false);
    }
  });

  it('sees a data phrase of one word only said on its own, as staff cannot list what goes around it', () => {
    // "snijden" in the data must not make "groenten snijden" a crisis; the built-in patterns catch the
    // word in a crisis sentence.
    expect(looksLikeCrisis('ik testcrisiswoord', phrases)).toBe(true);
    expect(looksLikeCrisis('groenten testcrisiswoord voor de soep', phrases)).toBe(false);
  });

  it('keeps the built-in patterns whatever the data says', () => {
    expect(looksLikeCrisis('ik wil dood', ['iets heel anders'])).toBe(true);
    expect(looksLikeCrisis('ik wil dood', [''])).toBe(true);
  });
});
