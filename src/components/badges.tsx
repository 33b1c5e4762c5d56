import type { CatalogueProvider } from '../catalogue/catalogue-types';
import { badgeTexts } from './badge-texts';
import { useTranslation } from '../i18n/use-translation';

/** What young people ask first: is it free, anonymous, without parents, without a referral, for my age? */
export function Badges({ provider }: { provider: CatalogueProvider }) {
  const { t } = useTranslation();
  const badges = badgeTexts(provider, t);
  if (badges.length === 0) return null;
  return (
    <ul className="badges">
      {badges.map((badge) => (
        <li key={badge} className="badge">
          {badge}
        </li>
      ))}
    </ul>
  );
}
