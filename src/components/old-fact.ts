/**
 * How the pages word a fact that is too old to present as current (src/catalogue/old-facts.ts): the
 * year of its newest source, or that no source dates it. One wording for cards and provider pages.
 */
import type { TFunction } from 'i18next';
import type { CatalogueProvider } from '../catalogue/catalogue-types';
import type { FactKind } from '../catalogue/fact-age';

const SENTENCES = {
  phone: ['provider.phoneDated', 'provider.phoneUndated'],
  'phone-hours': ['provider.hoursDated', 'provider.hoursUndated'],
  'chat-hours': ['provider.hoursDated', 'provider.hoursUndated'],
  'video-hours': ['provider.hoursDated', 'provider.hoursUndated'],
  'place-hours': ['provider.hoursDated', 'provider.hoursUndated'],
  free: ['provider.factDated', 'provider.factUndated'],
  anonymous: ['provider.factDated', 'provider.factUndated'],
} as const satisfies Record<FactKind, readonly [string, string]>;

/**
 * "Nummer uit 2019 — bel om te horen of het nog klopt." for an old number, "bron uit 2019" for an old
 * promise (shown after it: "Gratis (bron uit 2019)"); undefined when the fact is current.
 */
export function oldFactText(provider: CatalogueProvider, kind: FactKind, t: TFunction): string | undefined {
  const age = provider.oldFacts?.[kind];
  if (!age) return undefined;
  const [dated, undated] = SENTENCES[kind];
  return age.date ? t(dated, { year: age.date.slice(0, 4) }) : t(undated);
}

/** A promise such as "Gratis", with the age of its source when that is old: "Gratis (bron uit 2019)". */
export function withFactAge(text: string, provider: CatalogueProvider, kind: 'free' | 'anonymous', t: TFunction): string {
  const age = oldFactText(provider, kind, t);
  return age ? `${text} (${age})` : text;
}
