/**
 * How old a published fact is, and whether the site may present it as current. One rule for the data
 * checker (which refuses old opening hours and old promises in texts), the call list for staff (which asks
 * about old facts first) and the pages (which print the year next to an old number and never show "open
 * now" from old hours).
 *
 * A fact's date is the page date of the sources that confirm it (`sources[].confirms`), or the day someone
 * checked it with the organisation (`verification`), whichever is later. A fact whose only sources are
 * undated has no date: we cannot tell a young person it is current. Where a source names only a month or
 * a year, the fact counts from the first day of it: for a safety rule, the earliest the page can be.
 */
import { monthsBefore, periodEnd, periodStart } from './staleness';

/**
 * The facts a young person acts on, whose age we track: a number to call, when each way in is open (the
 * phone lines, the chat, video calls, the places: each dated by its own sources, so a new page about the
 * phone cannot make old chat hours look current), and the promises "free" and "anonymous". 24/7 is an
 * opening-hours value.
 */
export const FACT_KINDS = ['phone', 'phone-hours', 'chat-hours', 'video-hours', 'place-hours', 'free', 'anonymous'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** The opening hours of each kind of way in, as fact kinds. */
export const HOURS_KINDS = ['phone-hours', 'chat-hours', 'video-hours', 'place-hours'] as const satisfies readonly FactKind[];
export type HoursKind = (typeof HOURS_KINDS)[number];

export function isHoursKind(kind: FactKind): kind is HoursKind {
  return (HOURS_KINDS as readonly FactKind[]).includes(kind);
}

/** A fact whose newest source is older than this, and that nobody verified since, is shown with its year. */
export const FACT_CURRENT_FOR_YEARS = 3;

/** How staff checked with the organisation. The organisation's own page only counts when read that day. */
export const VERIFICATION_METHODS = ['phone-call', 'email-reply', 'own-website'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export interface Verification {
  /** The day of the check, YYYY-MM-DD. */
  date: string;
  /** Who checked, as a role ("medewerker Eerstelijnszone Herkenrode"), never a personal name. */
  role: string;
  method: VerificationMethod;
}

/**
 * Per published fact, the date of the sources that confirm it (see factDatesFromSources); null when that
 * cannot be dated. A fact the provider does not publish has no entry.
 */
export type FactDates = Partial<Record<FactKind, string | null>>;

export interface FactAge {
  /** Recent enough (or fixed in code) to be shown as it is. */
  current: boolean;
  /** The fact's date (source or verification, whichever is newer); absent when nothing dates it. */
  date?: string;
}

/** What factAge needs to know about a provider: the checker and the browser each have one. */
export interface DatedFacts {
  factDates?: FactDates;
  verification?: Pick<Verification, 'date'>;
  /**
   * Place in the crisis lane, for its lines: their numbers are fixed in code
   * (src/crisis/crisis-lane-definition.ts), so the data cannot make them old.
   */
  crisisLane?: number;
  /** For a lane line open day and night: the hours of its first number are fixed in code too. */
  crisisLaneAlwaysOpen?: boolean;
}

/**
 * The age of one fact of a provider on `today` (YYYY-MM-DD). The crisis lane's numbers are fixed in code,
 * so they are always current; everything else about those lines follows the same rule as any provider.
 */
export function factAge(provider: DatedFacts, kind: FactKind, today: string): FactAge {
  if (kind === 'phone' && provider.crisisLane !== undefined) return { current: true };
  const date = newest(provider.factDates?.[kind] ?? undefined, provider.verification?.date);
  if (date === undefined) return { current: false };
  return { current: periodStart(date) >= currentSince(today), date };
}

let lastCutoff: { today: string; since: string } | undefined;

/**
 * The first day a fact may date from to count as current on `today`. Kept for the last day asked:
 * loading the catalogue asks it for every fact of every provider on the same day.
 */
function currentSince(today: string): string {
  if (lastCutoff?.today !== today) lastCutoff = { today, since: monthsBefore(today, 12 * FACT_CURRENT_FOR_YEARS) };
  return lastCutoff.since;
}

/**
 * Whether the hours of an always-open crisis line's first number are fixed in code: the lane says "day and
 * night" for it whatever the sources' age, and the checker only lets "24/7" through there.
 */
export function hoursFixedInCode(provider: DatedFacts, phoneIndex: number | undefined): boolean {
  return phoneIndex === 0 && provider.crisisLaneAlwaysOpen === true;
}

/**
 * The date of each published fact, from the sources that confirm it. With one field publishing the fact,
 * the newest confirming source dates it. With several (two numbers, two places' hours) we cannot tell
 * which source names which one, so the oldest confirming source dates them all, and an undated one leaves
 * them undated: a young person is warned once too often rather than once too few.
 *
 * `published` counts, per kind, the fields that publish it (publishedFacts in the checker). A source
 * without a page date confirms a fact without dating it.
 */
export function factDatesFromSources(
  published: ReadonlyMap<FactKind, number>,
  sources: readonly { pageDate?: string; confirms?: readonly FactKind[] }[],
): FactDates {
  const dates: FactDates = {};
  for (const [kind, fields] of published) {
    const confirming = sources.filter((source) => source.confirms?.includes(kind)).map((source) => source.pageDate);
    // Published but confirmed by no source: only a verification can date it (the check refuses it otherwise).
    if (confirming.length === 0) {
      dates[kind] = null;
      continue;
    }
    const several = fields > 1 && kind !== 'free' && kind !== 'anonymous';
    if (several) {
      dates[kind] = confirming.some((date) => date === undefined)
        ? null
        : confirming.reduce<string | undefined>((found, date) => oldest(found, date), undefined)!;
    } else {
      dates[kind] = confirming.reduce<string | undefined>((found, date) => newest(found, date), undefined) ?? null;
    }
  }
  return dates;
}

/** The last day a fact of this date counts as current: 3 years after the first day of the period it names. */
export function currentUntil(date: string): string {
  const [year, month, day] = periodStart(date).split('-');
  return month === '02' && day === '29'
    ? `${Number(year) + FACT_CURRENT_FOR_YEARS}-02-28`
    : `${Number(year) + FACT_CURRENT_FOR_YEARS}-${month}-${day}`;
}

/** The later of two partial dates ("2019", "2019-12", "2019-12-05"), comparing the periods' last days. */
export function newest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return periodEnd(b) > periodEnd(a) ? b : a;
}

/** The earlier of two partial dates, comparing the periods' first days. */
function oldest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return periodStart(b) < periodStart(a) ? b : a;
}
