import type { TFunction } from 'i18next';
import type { CatalogueProvider } from '../catalogue/catalogue-types';

/** Who a provider is for, by age: "12–25 jaar", "vanaf 12 jaar", "tot 25 jaar"; undefined when the data does not say. */
export function ageRangeText(age: CatalogueProvider['age'], t: TFunction): string | undefined {
  const { min, max } = age ?? {};
  if (min !== undefined && max !== undefined) return t('result.age', { min, max });
  if (min !== undefined) return t('result.ageFrom', { min });
  if (max !== undefined) return t('result.ageUntil', { max });
  return undefined;
}
