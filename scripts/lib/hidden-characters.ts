/**
 * Characters nobody sees but a browser or terminal obeys: the data check refuses them in the data
 * (checks/text-checks.ts), and every message it prints shows them as code points, so a value can never
 * break a line of the CI log or hide the text after it.
 */
/**
 * Controls, format characters (bidi overrides and marks, zero-width spaces and joiners, the BOM, soft
 * hyphen), half of a character (a lone surrogate: JSON can write one, no file or page can show it),
 * private-use and unassigned code points, line and paragraph separators, and the symbols that
 * render as blanks (Hangul fillers, the blank Braille pattern).
 */
export const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u115F\u1160\u2800\u3164\uFFA0]/u;
const HIDDEN_GLOBAL = new RegExp(HIDDEN.source, 'gu');

/** "U+202E": how a character is named when it cannot be shown. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Replaces each hidden character by its code point in brackets, so a message can show where it was. */
export function revealHidden(text: string): string {
  return text.replace(HIDDEN_GLOBAL, (char) => `[${codePointName(char)}]`);
}
