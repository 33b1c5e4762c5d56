import type { TFunction } from 'i18next';
import type { CatalogueProvider } from '../catalogue/catalogue-types';
import { ageRangeText } from './age-range-text';
import { withFactAge } from './old-fact';

/**
 * What young people ask first, as the badges on a card and a provider page say it: free, anonymous,
 * without parents, without a referral, walk-in, for my age. One list for the pages and for the pull
 * request's summary of changes (scripts/lib/catalogue-diff.ts), so a reviewer reads the same words.
 */
export function badgeTexts(provider: CatalogueProvider, t: TFunction): string[] {
  const badges: string[] = [];
  // An old promise keeps its year: "Gratis (bron uit 2019)".
  if (provider.free) badges.push(withFactAge(t('result.free'), provider, 'free', t));
  if (provider.anonymous) badges.push(withFactAge(t('result.anonymous'), provider, 'anonymous', t));
  if (provider.withoutParents) badges.push(t('result.withoutParents'));
  if (provider.referralNeeded === false) badges.push(t('result.noReferral'));
  if (provider.locations.some((l) => l.walkIn)) badges.push(t('result.walkIn'));
  const age = ageRangeText(provider.age, t);
  if (age) badges.push(age);
  return badges;
}
