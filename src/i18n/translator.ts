/**
 * The interface texts' translator: the part of i18next the app uses, in a few lines instead of i18next's
 * 15 KB gzip in the first download (issue 13). t(key, values) looks a dotted key up in one language's
 * texts and fills in {{name}} placeholders (nothing is escaped: React escapes what it renders); with
 * `count`, it picks key_one or key_other by the language's plural rules (Intl.PluralRules, as i18next
 * does); with `returnObjects`, it returns the text's list as it is (the days of the week). A key that
 * does not exist comes back as itself, as in i18next; the Translation type and unused-texts.test.ts
 * keep that from happening.
 *
 * The texts' types still come from i18next (TFunction, typed against nl.ts in i18next.d.ts), and
 * react-i18next's useTranslation/I18nextProvider are this module's (react-i18next-lite.tsx, put in their
 * place by vite.config.ts).
 */
import type { i18n, TFunction } from 'i18next';
import type { Language } from './language';
import type { Translation } from './nl';

/** What the app uses of an i18next instance. */
export interface Translator {
  language: Language;
  t: TFunction;
}

type Values = Record<string, unknown> & { count?: number; returnObjects?: boolean };

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

function lookUp(texts: Translation, key: string): unknown {
  let value: unknown = texts;
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

export function createTranslator(language: Language, texts: Translation): Translator {
  const plurals = new Intl.PluralRules(language);
  const translate = (key: string, values: Values = {}): unknown => {
    let text =
      values.count === undefined
        ? lookUp(texts, key)
        : (lookUp(texts, `${key}_${plurals.select(values.count)}`) ?? lookUp(texts, `${key}_other`) ?? lookUp(texts, key));
    if (text === undefined) return key;
    if (typeof text !== 'string') return values.returnObjects ? text : key;
    text = text.replace(PLACEHOLDER, (placeholder, name: string) => (values[name] === undefined ? placeholder : String(values[name])));
    return text;
  };
  return { language, t: translate as unknown as TFunction };
}

/**
 * The translator as the i18next instance type the texts' types and react-i18next's types expect; only
 * `t` and `language` exist on it.
 */
export function asI18n(translator: Translator): i18n {
  return translator as unknown as i18n;
}
