/** Questions young people ask about a provider, answered from the catalogue in one place. */
import type { Area, CatalogueProvider, WeeklyHours } from './catalogue-types';
import { HOLIDAY_UNCERTAIN_BIT, nextOpening, OPEN_BIT, openStatusBitsAt, type NextOpening } from './opening-hours';

/** The ways to get in touch that a provider can offer, in the order the contact filter lists them. */
export const CONTACT_WAYS = ['walkIn', 'phone', 'chat', 'email', 'video'] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];

/**
 * Whether help with this area serves everyone in the region. A Record over every area of the schema, so
 * a new area in the schema does not type-check until it is placed here.
 */
const SERVES_WHOLE_REGION: Record<Area, boolean> = {
  belgium: true,
  flanders: true,
  limburg: true,
  'elz-herkenrode': true,
  municipalities: false,
};

/** The areas a helpline can serve as a whole (not a list of municipalities); each has its own text. */
export const WHOLE_REGION_AREAS = (Object.keys(SERVES_WHOLE_REGION) as Area[]).filter((area) => SERVES_WHOLE_REGION[area]);

/** Help you can reach from anywhere (a helpline, a chat), as opposed to a place in one municipality. */
export function isNational(provider: CatalogueProvider): boolean {
  return provider.locations.length === 0;
}

/** Whether someone living in `municipality` can go to this provider. */
export function servesMunicipality(provider: CatalogueProvider, municipality: string): boolean {
  return (
    SERVES_WHOLE_REGION[provider.area] ||
    (provider.areaMunicipalities ?? []).includes(municipality) ||
    provider.locations.some((location) => !location.outsideRegion && location.municipality === municipality)
  );
}

export function hasContactWay(provider: CatalogueProvider, way: ContactWay): boolean {
  switch (way) {
    case 'walkIn':
      return provider.locations.some((location) => location.walkIn);
    case 'phone':
      return provider.phones.length > 0;
    case 'chat':
      return provider.chats.length > 0;
    case 'email':
      return provider.emails.length > 0;
    case 'video':
      return provider.videos.length > 0;
  }
}

/** Every set of opening hours a provider has: its phone lines, chats, video and places. */
export function allHours(provider: CatalogueProvider): WeeklyHours[] {
  const hours: WeeklyHours[] = [];
  for (const ways of [provider.phones, provider.chats, provider.videos, provider.locations]) {
    for (const way of ways) if (way.hours) hours.push(way.hours);
  }
  return hours;
}

export interface ReachableNow {
  /** Open now: true, false, or undefined when no hours are known. */
  open: boolean | undefined;
  /** A public holiday today, and the hours used say nothing about holidays. */
  holidayUncertain: boolean;
}

/**
 * Reachable now if any way of reaching them (a phone line, chat, video or place) is open. Unknown when the
 * time is (`now` undefined: a page prerendered at build time, see catalogue/use-now.ts).
 */
export function reachableNow(provider: CatalogueProvider, now: Date | undefined): ReachableNow {
  const hoursList = allHours(provider);
  if (now === undefined || hoursList.length === 0) return { open: undefined, holidayUncertain: false };
  let bits = 0;
  for (const hours of hoursList) bits |= openStatusBitsAt(hours, now);
  return { open: (bits & OPEN_BIT) !== 0, holidayUncertain: (bits & HOLIDAY_UNCERTAIN_BIT) !== 0 };
}

/**
 * When a provider that is closed now can next be reached: the first of its ways (phone, chat, video,
 * place) to open. Nothing when one of its ways has no known hours: that way may be open now.
 */
export function reachableNext(provider: CatalogueProvider, now: Date | undefined): NextOpening | undefined {
  if (now === undefined) return undefined;
  const ways = [...provider.phones, ...provider.chats, ...provider.videos, ...provider.locations];
  if (ways.some((way) => !way.hours)) return undefined;
  return nextOpening(allHours(provider), now);
}

export function openNow(provider: CatalogueProvider, now: Date | undefined): boolean | undefined {
  return reachableNow(provider, now).open;
}

/** Whether the provider works with someone of this age; undefined when it gives no age range. */
export function fitsAge(provider: CatalogueProvider, age: number): boolean | undefined {
  if (provider.age === undefined) return undefined;
  const { min = 0, max = 200 } = provider.age;
  return age >= min && age <= max;
}
