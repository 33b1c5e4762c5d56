/**
 * Checks every opening-hours value: readable, canonical, without school holidays, and fit for a weekly
 * table. The tables it builds on the way are handed to the build.
 */
import type { WeeklyHours } from '../../../src/catalogue/catalogue-types.ts';
import { formatPath } from '../json-source.ts';
import { asObject, asString, objectsIn } from '../loose-json.ts';
import { analyseOpeningHours } from '../opening-hours-table.ts';
import type { Check } from './check-context.ts';

export const openingHoursCheck: Check = {
  name: 'opening-hours',
  run({ provider, today }, report) {
    const weeklyHours = new Map<string, WeeklyHours>();
    for (const [path, value] of hoursFields(provider)) {
      const result = analyseOpeningHours(value, today);
      if (result.ok) weeklyHours.set(formatPath(path), result.hours);
      else report(path, result.message, result.fix);
    }
    return { weeklyHours };
  },
};

/** Every "hours" value in a provider, with its path. */
export function hoursFields(provider: Record<string, unknown>): [(string | number)[], string][] {
  const found: [(string | number)[], string][] = [];
  const channels = asObject(provider.channels);
  for (const kind of ['phone', 'chat', 'video'] as const) {
    for (const [channel, index] of objectsIn(channels?.[kind])) {
      const hours = asString(channel.hours);
      if (hours !== undefined) found.push([['channels', kind, index, 'hours'], hours]);
    }
  }
  for (const [location, index] of objectsIn(provider.locations)) {
    const hours = asString(location.hours);
    if (hours !== undefined) found.push([['locations', index, 'hours'], hours]);
  }
  return found;
}
