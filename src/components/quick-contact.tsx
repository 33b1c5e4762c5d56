import { useTranslation } from 'react-i18next';
import type { CatalogueProvider } from '../catalogue/catalogue-types';
import { safeHref } from '../shared/safe-href';

/** The fastest ways in: call the first number, open the first chat. Names the provider for screen readers. */
export function QuickContact({ provider, className }: { provider: CatalogueProvider; className: string }) {
  const { t } = useTranslation();
  const [phone] = provider.phones;
  const [chat] = provider.chats;
  if (!phone && !chat) return null;
  return (
    <p className={className}>
      {phone && (
        <a className="button button--call" href={safeHref(phone.href)}>
          {t('result.call', { number: phone.display })}
          <span className="visually-hidden"> ({provider.name})</span>
        </a>
      )}
      {chat && (
        <a className="button button--secondary" href={safeHref(chat.href)}>
          {t('result.chat')}
          <span className="visually-hidden"> ({provider.name})</span>
        </a>
      )}
    </p>
  );
}
