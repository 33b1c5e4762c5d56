/** Checks dates (real, not in the future, verified after the sources) and warns when a provider has not been checked for a year. */
import { PARTIAL_DATE_PATTERN } from '../provider-schema.ts';
import { asObject, asString, objectsIn, type JsonObject } from '../loose-json.ts';
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
    check(asObject(provider.verification)?.date, ['verification', 'date']);
    check(asObject(provider.waitingTime)?.date, ['waitingTime', 'date']);

    // A check with the organisation covers what the sources say, so it cannot come before them: a newer
    // page may say something the organisation was never asked about.
    const verified = usableDate(asObject(provider.verification)?.date);
    if (verified === undefined) return;
    const newest = newestSource(provider);
    if (newest && periodEnd(verified) < periodStart(newest.date)) {
      report(
        ['verification', 'date'],
        `De verificatie is van ${verified}, maar bron ${newest.index + 1} is van ${newest.date}. Wat op die nieuwere pagina staat, is dan niet nagekeken bij de organisatie.`,
        `kijk de gegevens van bron ${newest.index + 1} na bij de organisatie en zet in "verification.date" de dag waarop je dat deed (${newest.date} of later), of kijk de datum van de bron na.`,
      );
    }
  },
};

/** The source with the newest usable page date, with its place in the list. */
function newestSource(provider: JsonObject): { date: string; index: number } | undefined {
  return objectsIn(provider.sources)
    .map(([source, index]) => ({ date: usableDate(source.pageDate), index }))
    .filter((source): source is { date: string; index: number } => source.date !== undefined)
    .sort((a, b) => periodEnd(b.date).localeCompare(periodEnd(a.date)))[0];
}

/** A date that exists and is written the right way, or undefined (other checks explain the rest). */
function usableDate(value: unknown): string | undefined {
  const date = asString(value);
  return date !== undefined && PARTIAL_DATE_PATTERN.test(date) && isRealDate(date) ? date : undefined;
}

const RECHECK_FIX =
  'bel de organisatie, mail ze of lees die dag hun eigen website, pas aan wat veranderd is en noteer dat in "verification" (zie data/README.md).';

/**
 * Asks staff to re-check data that is a year old: counted from the last verification with the
 * organisation, or, when nobody verified it, from the newest source.
 */
export const stalenessCheck: Check = {
  name: 'staleness',
  marksForRecheck: true,
  run({ provider, today }, report) {
    const verified = usableDate(asObject(provider.verification)?.date);
    if (verified !== undefined) {
      if (isStale(verified, today)) {
        report(
          ['verification', 'date'],
          `Deze gegevens zijn het laatst nagekeken bij de organisatie op ${verified}: langer dan ${STALE_AFTER_MONTHS} maanden geleden.`,
          RECHECK_FIX,
          { severity: 'warning' },
        );
      }
      return;
    }
    const newest = newestSource(provider);
    if (newest === undefined) {
      report(['sources'], 'Niemand heeft deze gegevens nagekeken bij de organisatie, en geen enkele bron heeft een datum.', RECHECK_FIX, {
        severity: 'warning',
      });
    } else if (isStale(newest.date, today)) {
      report(
        ['sources', newest.index, 'pageDate'],
        `Niemand heeft deze gegevens nagekeken bij de organisatie, en de nieuwste bron is van ${newest.date}: langer dan ${STALE_AFTER_MONTHS} maanden geleden.`,
        RECHECK_FIX,
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
