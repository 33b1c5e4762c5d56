/**
 * A provider as the checker hands it to the build: zod's parsed output (texts trimmed) plus what the
 * checks worked out on the way (phone numbers as shown and dialled, weekly opening-hours tables, the
 * names of the municipalities it names). The build only assembles these: it analyses nothing again.
 */
import type { WeeklyHours } from '../../src/catalogue/catalogue-types.ts';
import { formatPath, type JsonPath } from './json-source.ts';
import type { ChatChannelData, LocationData, PhoneChannelData, ProviderData, VideoChannelData } from './provider-schema.ts';

export interface AnalysedPhone {
  /** As people dial it: "011 33 65 33" or "1813". */
  display: string;
  /** tel:+3211336533 or tel:1813 */
  href: string;
  /** A free number by its kind (0800). */
  tollFree: boolean;
}

/**
 * What the checks of one provider worked out, each value keyed by the path of the field it comes from
 * (as formatPath writes it, e.g. "channels.phone[0].number"). Each check fills its own part.
 */
export interface Findings {
  parsed?: ProviderData;
  phones?: Map<string, AnalysedPhone>;
  weeklyHours?: Map<string, WeeklyHours>;
  /** Display names of vocabulary municipalities, e.g. "locations[0].municipality" → "Herk-de-Stad". */
  municipalityNames?: Map<string, string>;
}

export interface CheckedPhone extends PhoneChannelData, AnalysedPhone {
  weeklyHours?: WeeklyHours;
}

export interface CheckedChat extends ChatChannelData {
  weeklyHours?: WeeklyHours;
}

export interface CheckedVideo extends VideoChannelData {
  weeklyHours?: WeeklyHours;
}

export interface CheckedLocation extends LocationData {
  /** The vocabulary's name for the municipality, or the name staff wrote for a place outside the region. */
  municipalityName: string;
  weeklyHours?: WeeklyHours;
}

export interface CheckedProvider extends Omit<ProviderData, 'channels' | 'locations'> {
  channels: Omit<ProviderData['channels'], 'phone' | 'chat' | 'video'> & {
    phone?: CheckedPhone[];
    chat?: CheckedChat[];
    video?: CheckedVideo[];
  };
  locations?: CheckedLocation[];
  /** Names of `areaMunicipalities`, in the same order. */
  areaMunicipalityNames?: string[];
}

/** Puts a provider's findings together. Only for a provider that passed every check that applies to it. */
export function checkedProvider({ parsed, phones, weeklyHours, municipalityNames }: Findings): CheckedProvider {
  if (!parsed) throw new Error('A provider without errors has no parsed data: the schema check did not run.');
  const found = <T>(values: Map<string, T> | undefined, path: JsonPath): T => {
    const value = values?.get(formatPath(path));
    if (value === undefined) throw new Error(`${parsed.id}: nothing was worked out for ${formatPath(path)}; the check for it did not run.`);
    return value;
  };
  const hoursAt = (hours: string | undefined, path: JsonPath) => (hours === undefined ? undefined : found(weeklyHours, [...path, 'hours']));
  const { channels } = parsed;
  return {
    ...parsed,
    channels: {
      ...channels,
      phone: channels.phone?.map((phone, i) => ({
        ...phone,
        ...found(phones, ['channels', 'phone', i, 'number']),
        weeklyHours: hoursAt(phone.hours, ['channels', 'phone', i]),
      })),
      chat: channels.chat?.map((chat, i) => ({ ...chat, weeklyHours: hoursAt(chat.hours, ['channels', 'chat', i]) })),
      video: channels.video?.map((video, i) => ({ ...video, weeklyHours: hoursAt(video.hours, ['channels', 'video', i]) })),
    },
    locations: parsed.locations?.map((location, i) => ({
      ...location,
      municipalityName: location.outsideRegion ? location.municipality : found(municipalityNames, ['locations', i, 'municipality']),
      weeklyHours: hoursAt(location.hours, ['locations', i]),
    })),
    areaMunicipalityNames: parsed.areaMunicipalities?.map((_, i) => found(municipalityNames, ['areaMunicipalities', i])),
  };
}
