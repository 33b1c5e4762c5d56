/**
 * Does a search look like someone in crisis? The words come from the data (themes marked as crisis,
 * with their youth words and misspellings), so staff can add words without a developer.
 */
import { normalizeText } from './normalize-text';

/** Typos of one letter in longer words ("zelfmord") still count. */
const MIN_LENGTH_FOR_TYPO = 6;

export function looksLikeCrisis(query: string, crisisPhrases: string[]): boolean {
  const text = normalizeText(query);
  if (!text) return false;
  const words = text.split(' ');
  return crisisPhrases.some((phrase) => {
    if (phrase.includes(' ')) return ` ${text} `.includes(` ${phrase} `);
    return words.some((word) => word.startsWith(phrase) || (phrase.length >= MIN_LENGTH_FOR_TYPO && withinOneEdit(word, phrase)));
  });
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
