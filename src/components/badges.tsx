import { useTranslation } from 'react-i18next';
import type { CatalogueProvider } from '../catalogue/catalogue-types';
import { ageRangeText } from './age-range-text';
import { withFactAge } from './old-fact';

/** What young people ask first: is it free, anonymous, without parents, without a referral, for my age? */
export function Badges({ provider }: { provider: CatalogueProvider }) {
  const { t } = useTranslation();
  const badges: string[] = [];
  // An old promise keeps its year: "Gratis (bron uit 2019)".
  if (provider.free) badges.push(withFactAge(t('result.free'), provider, 'free', t));
  if (provider.anonymous) badges.push(withFactAge(t('result.anonymous'), provider, 'anonymous', t));
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
