import { useTranslation } from '../../i18n/use-translation';
import type { LocalizedText } from '../../catalogue/catalogue-types';
import { pickText } from '../../catalogue/localized-text';
import type { Language } from '../../i18n/language';

/** A provider text in the reader's language, or in Dutch with a note when there is no translation. */
export function LocalizedParagraph({ value, lang }: { value: LocalizedText; lang: Language }) {
  const { t } = useTranslation();
  const picked = pickText(value, lang);
  if (picked.lang === lang) return <p>{picked.text}</p>;
  return (
    <p>
      <span lang={picked.lang}>{picked.text}</span> <span className="only-dutch">({t('language.onlyDutch')})</span>
    </p>
  );
}
