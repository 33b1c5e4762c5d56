/**
 * "Klopt er iets niet?" under a provider's sources: the issue form on GitHub with the provider filled in
 * (only when the build knows the repository), and e-mail for everyone without a GitHub account. The
 * young person is told what GitHub is and that what they write there is public before they go.
 */
import { useTranslation } from '../../i18n/use-translation';
import type { CatalogueProvider } from '../../catalogue/catalogue-types';
import { REPOSITORY } from '../../shared/repository';
import { correctionMailUrl, issueFormUrl } from './correction-links';

interface ReportMistakeProps {
  provider: CatalogueProvider;
  pageUrl: string;
  /** The catalogue's repository; the build's setting unless a test names one. */
  repository?: string;
}

export function ReportMistake({ provider, pageUrl, repository = REPOSITORY }: ReportMistakeProps) {
  const { t } = useTranslation();
  const formHref = issueFormUrl(repository, { id: provider.id, name: provider.name, pageUrl });
  const mailHref = correctionMailUrl(
    t('provider.reportSubject', { name: provider.name }),
    t('provider.reportBody', { name: provider.name, url: pageUrl }),
  );
  return (
    <section aria-labelledby="klopt-niet" className="report-mistake">
      <h3 id="klopt-niet">{t('provider.report')}</h3>
      <p>{t('provider.reportIntro')}</p>
      {formHref && (
        <>
          <p>{t('provider.reportFormNote')}</p>
          <p>
            <a className="button button--secondary" href={formHref}>
              {t('provider.reportForm')}
            </a>
          </p>
        </>
      )}
      <p>
        <a className="button button--secondary" href={mailHref}>
          {t('provider.reportMail')}
        </a>
      </p>
    </section>
  );
}
