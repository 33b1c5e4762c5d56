/** Checks dates (real, not in the future, checked after the source) and warns when a provider has not been checked for a year. */
import { PARTIAL_DATE_PATTERN } from '../provider-schema.ts';
import { asObject, asString, objectsIn } from '../loose-json.ts';
import type { Check } from './check-context.ts';

import { isStale, periodEnd, periodStart, STALE_AFTER_MONTHS } from '../../../src/catalogue/staleness.ts';

export const datesCheck: Check = {
  name: 'dates',
  run({ provider, today }, report) {
    const check = (value: unknown, path: (string | number)[]) => {
      const date = asString(value);
      if (date === undefined || !PARTIAL_DATE_PATTERN.test(date)) return; // the schema check reports the form
      if (!isRealDate(date)) {
        report(path, `De datum "${date}" bestaat niet.`, 'kijk maand en dag na: schrijf jaar-maand-dag, bv. "2024-01-12".');
      } else if (periodStart(date) > today) {
        report(path, `De datum "${date}" ligt in de toekomst.`, `schrijf de datum waarop je het zag of nakeek; vandaag is het ${today}.`);
      }
    };
    for (const [source, index] of objectsIn(provider.sources)) check(source.pageDate, ['sources', index, 'pageDate']);
    check(asObject(provider.lastChecked)?.date, ['lastChecked', 'date']);
    check(asObject(provider.waitingTime)?.date, ['waitingTime', 'date']);

    // Nobody can have checked the data before the page it comes from showed that date.
    const checked = usableDate(asObject(provider.lastChecked)?.date);
    if (checked === undefined) return;
    const newest = objectsIn(provider.sources)
      .map(([source, index]) => ({ date: usableDate(source.pageDate), index }))
      .filter((source): source is { date: string; index: number } => source.date !== undefined)
      .sort((a, b) => periodStart(b.date).localeCompare(periodStart(a.date)))[0];
    if (newest && periodEnd(checked) < periodStart(newest.date)) {
      report(
        ['lastChecked', 'date'],
        `"lastChecked.date" is ${checked}, maar bron ${newest.index + 1} toont ${newest.date}. De gegevens kunnen niet nagekeken zijn vóór de bron er was.`,
        `zet in "lastChecked.date" de dag waarop je echt nakeek (${newest.date} of later), of kijk de datum van de bron na.`,
      );
    }
  },
};

/** A date that exists and is written the right way, or undefined (other checks explain the rest). */
function usableDate(value: unknown): string | undefined {
  const date = asString(value);
  return date !== undefined && PARTIAL_DATE_PATTERN.test(date) && isRealDate(date) ? date : undefined;
}

export const stalenessCheck: Check = {
  name: 'staleness',
  marksForRecheck: true,
  run({ provider, today }, report) {
    const lastChecked = asObject(provider.lastChecked);
    if (!lastChecked) return;
    const date = asString(lastChecked.date);
    if (date === undefined) {
      report(
        ['lastChecked'],
        'Niemand weet wanneer deze gegevens voor het laatst zijn nagekeken.',
        'bel de organisatie of kijk op hun eigen website, pas aan wat veranderd is en zet de datum van vandaag in "lastChecked.date".',
        { severity: 'warning' },
      );
      return;
    }
    if (!PARTIAL_DATE_PATTERN.test(date) || !isRealDate(date)) return;
    if (isStale(date, today)) {
      report(
        ['lastChecked', 'date'],
        `Deze gegevens zijn het laatst nagekeken op ${date}: langer dan ${STALE_AFTER_MONTHS} maanden geleden.`,
        'bel de organisatie of kijk op hun eigen website, pas aan wat veranderd is en zet de datum van vandaag in "lastChecked.date".',
        { severity: 'warning' },
      );
    }
  },
};

/** Whether a YYYY, YYYY-MM or YYYY-MM-DD date exists in the calendar. */
export function isRealDate(date: string): boolean {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
