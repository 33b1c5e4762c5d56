/**
 * Marks, when the catalogue loads, the facts that are too old to present as current (fact-age.ts). The
 * build refuses old opening hours, but a fact keeps ageing while the site stays online: a number from a
 * 2023 page is dated in 2027 without anyone rebuilding.
 *
 * Old hours are moved out of `hours` into `datedHours`, so no badge, filter or ranking can read "open
 * now" from them: only the provider page shows them, with their year.
 */
import type { Catalogue, CatalogueProvider, WithHours } from './catalogue-types';
import { FACT_KINDS, factAge, hoursFixedInCode, type FactAge, type FactKind, type HoursKind } from './fact-age';

/** Dated catalogues, per catalogue and day (the last two days asked). */
const dated = new WeakMap<Catalogue, Map<string, Catalogue>>();

/**
 * The catalogue with its old facts marked as of `today`. Remembered per catalogue and day: main.tsx dates
 * the catalogue in a task of its own before the app takes a prerendered page over, so that step of
 * hydration finds it done (issue 13), and the same day always gives the same catalogue object.
 */
export function markOldFacts(catalogue: Catalogue, today: string): Catalogue {
  let byDay = dated.get(catalogue);
  if (!byDay) dated.set(catalogue, (byDay = new Map()));
  let marked = byDay.get(today);
  if (!marked) {
    marked = { ...catalogue, providers: catalogue.providers.map((provider) => markOldFactsOf(provider, today)) };
    // The build day and today are all a page asks for: a tab left open for days keeps no more.
    if (byDay.size >= 2) byDay.delete(byDay.keys().next().value!);
    byDay.set(today, marked);
  }
  return marked;
}

export function markOldFactsOf(provider: CatalogueProvider, today: string): CatalogueProvider {
  const oldFacts: Partial<Record<FactKind, FactAge>> = {};
  // The build dates every fact the provider publishes (the check made sure a source confirms each one).
  for (const kind of FACT_KINDS) {
    if (!(kind in (provider.factDates ?? {}))) continue;
    const age = factAge(provider, kind, today);
    if (!age.current) oldFacts[kind] = age;
  }
  if (Object.keys(oldFacts).length === 0) return provider;
  const dateHours = <T extends WithHours>(item: T, kind: HoursKind, fixed = false): T => {
    if (fixed || !item.hours || !oldFacts[kind]) return item;
    const { hours, ...rest } = item;
    return { ...rest, datedHours: hours } as T;
  };
  return {
    ...provider,
    oldFacts,
    phones: provider.phones.map((phone, index) => dateHours(phone, 'phone-hours', hoursFixedInCode(provider, index))),
    chats: provider.chats.map((chat) => dateHours(chat, 'chat-hours')),
    videos: provider.videos.map((video) => dateHours(video, 'video-hours')),
    locations: provider.locations.map((location) => dateHours(location, 'place-hours')),
  };
}
