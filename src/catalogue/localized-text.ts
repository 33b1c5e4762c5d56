/** Provider texts are Dutch, with optional translations: pick the reader's language or fall back. */
import type { Language } from '../i18n/language';
import type { LocalizedText } from './catalogue-types';

export interface PickedText {
  text: string;
  /** The language the text is really in: 'nl' when the translation is missing. */
  lang: Language;
}

export function pickText(value: LocalizedText, lang: Language): PickedText {
  const translated = value[lang];
  return translated ? { text: translated, lang } : { text: value.nl, lang: 'nl' };
}
