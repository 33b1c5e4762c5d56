import { useTranslation } from '../i18n/use-translation';
import type { CatalogueState } from '../catalogue/catalogue-context';

/** Loading, or what went wrong with a retry button. The crisis lane stays on the page either way. */
export function CatalogueStatus({ state, retry }: { state: Exclude<CatalogueState, { status: 'ready' }>; retry: () => void }) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <p className="status-line status-line--loading" role="status">
        {t('status.loading')}
      </p>
    );
  }
  return (
    <div className="status-box" role="alert">
      <p>{t(`status.${state.failure}`)}</p>
      <p>{t('status.crisisStillHere')}</p>
      <button type="button" className="button" onClick={retry}>
        {t('status.retry')}
      </button>
    </div>
  );
}
