import { useTranslation } from '../i18n/use-translation';
import { AppLink } from '../routing/app-link';
import type { Language } from '../i18n/language';
import { homeUrl } from '../routing/urls';

export function NotFoundPage({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <AppLink className="button" to={homeUrl(lang)}>
          {t('notFound.home')}
        </AppLink>
      </p>
    </>
  );
}
