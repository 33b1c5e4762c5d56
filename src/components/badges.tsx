import { useTranslation } from 'react-i18next';
import type { CatalogueProvider } from '../catalogue/catalogue-types';
import { ageRangeText } from './age-range-text';

/** What young people ask first: is it free, anonymous, without parents, without a referral, for my age? */
export function Badges({ provider }: { provider: CatalogueProvider }) {
  const { t } = useTranslation();
  const badges: string[] = [];
  if (provider.free) badges.push(t('result.free'));
  if (provider.anonymous) badges.push(t('result.anonymous'));
  if (provider.withoutParents) badges.push(t('result.withoutParents'));
  if (provider.referralNeeded === false) badges.push(t('result.noReferral'));
  if (provider.locations.some((l) => l.walkIn)) badges.push(t('result.walkIn'));
  const age = ageRangeText(provider.age, t);
  if (age) badges.push(age);
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
