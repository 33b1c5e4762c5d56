/**
 * Characters nobody sees but a browser obeys. A right-to-left override (U+202E) makes "601" read as
 * "106" and flips the crisis lane's text; zero-width spaces make a name that looks filled in but is empty,
 * or a link that looks right but is not; control characters break lines in the CI log. None of them
 * belongs in a provider's texts, ids, numbers or links, so every string and key is checked.
 */
import { codePointName, HIDDEN, revealHidden } from '../hidden-characters.ts';
import { formatPath, type JsonPath } from '../json-source.ts';
import type { Check, Report } from './check-context.ts';

/** What the most common hidden characters are, in words. */
const NAMES: Record<string, string> = {
  '\u0009': 'een tab',
  '\u000A': 'een nieuwe regel',
  '\u000D': 'een nieuwe regel',
  '\u00AD': 'een zacht afbreekstreepje',
  '\u200B': 'een spatie zonder breedte',
  '\u200C': 'een onzichtbaar scheidingsteken',
  '\u200D': 'een onzichtbaar verbindingsteken',
  '\u200E': 'een onzichtbare richtingsmarkering',
  '\u200F': 'een onzichtbare richtingsmarkering',
  '\u202A': 'een teken dat de leesrichting omdraait',
  '\u202B': 'een teken dat de leesrichting omdraait',
  '\u202C': 'een teken dat de leesrichting omdraait',
  '\u202D': 'een teken dat de leesrichting omdraait',
  '\u202E': 'een teken dat de tekst van rechts naar links toont',
  '\u2800': 'een leeg brailleteken',
  '\u2066': 'een teken dat de leesrichting omdraait',
  '\u2067': 'een teken dat de leesrichting omdraait',
  '\u2068': 'een teken dat de leesrichting omdraait',
  '\u2069': 'een teken dat de leesrichting omdraait',
  '\uFEFF': 'een onzichtbaar BOM-teken',
};

/** Reports the first hidden character in every string and key of a JSON value. */
export function reportHiddenCharacters(value: unknown, report: Report, path: JsonPath = []): void {
  if (typeof value === 'string') {
    const match = HIDDEN.exec(value);
    if (!match) {
      // Blank-looking symbols beyond the ones listed: a text that is not empty needs a letter or a digit.
      if (value.trim() !== '' && !/[\p{L}\p{N}]/u.test(value)) {
        const field = path.length ? `"${formatPath(path)}"` : 'de tekst';
        report(
          path,
          `In ${field} staan geen letters of cijfers: ${JSON.stringify(value.slice(0, 40))}.`,
          'schrijf de tekst opnieuw, met letters, of haal het veld weg.',
        );
      }
      return;
    }
    const char = match[0];
    const what = NAMES[char] ?? (/\p{Cs}/u.test(char) ? 'de helft van een teken (bv. van een emoji)' : 'een onzichtbaar teken');
    const field = path.length ? `"${formatPath(path)}"` : 'de tekst';
    report(
      path,
      `In ${field} staat ${what} (${codePointName(char)}) op plaats ${[...value.slice(0, match.index)].length + 1}: ${JSON.stringify(revealHidden(around(value, match.index)))}. Je ziet het niet, maar de browser volgt het wel.`,
      char === '\n' || char === '\r' || char === '\t'
        ? 'schrijf de tekst op één regel, zonder tabs.'
        : 'typ de tekst opnieuw in plaats van hem te kopiëren, of haal het teken weg (op GitHub toont de editor het als een rood bolletje).',
    );
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => reportHiddenCharacters(item, report, [...path, index]));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (HIDDEN.test(key)) {
        report(
          [...path, key],
          `In de naam van het veld ${JSON.stringify(revealHidden(key))} staat een onzichtbaar teken.`,
          'typ de naam van het veld opnieuw.',
        );
      } else reportHiddenCharacters(item, report, [...path, key]);
    }
  }
}

/** A short piece of the text around position `index`, so the character shows in the message. */
function around(text: string, index: number): string {
  const from = Math.max(0, index - 30);
  const to = Math.min(text.length, index + 31);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

export const hiddenCharactersCheck: Check = {
  name: 'hidden-characters',
  run({ provider }, report) {
    reportHiddenCharacters(provider, report);
  },
};
