/**
 * How old a published fact is, and whether the site may present it as current. One rule for the data
 * checker (which refuses old opening hours), the call list for staff (which asks about old facts first)
 * and the pages (which print the year next to an old number and never show "open now" from old hours).
 *
 * A fact's date is the newest page date among the sources that confirm it (`sources[].confirms`), or the
 * day someone checked it with the organisation (`verification`), whichever is later. A fact whose only
 * sources are undated has no date: we cannot tell a young person it is current.
 */
import { periodEnd } from './staleness';

/**
 * The facts a young person acts on, whose age we track: a number to call, when they are open, and the
 * promises "free" and "anonymous". (24/7 is an opening-hours value.)
 */
export const FACT_KINDS = ['phone', 'hours', 'free', 'anonymous'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

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
 * Per published fact, the newest page date among the sources that confirm it; null when only undated
 * sources do. A fact the provider does not publish has no entry.
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
  return { current: periodEnd(date) >= yearsBefore(today, FACT_CURRENT_FOR_YEARS), date };
}

/**
 * Whether the hours of an always-open crisis line's first number are fixed in code: the lane says "day and
 * night" for it whatever the sources' age, and the checker only lets "24/7" through there.
 */
export function hoursFixedInCode(provider: DatedFacts, phoneIndex: number | undefined): boolean {
  return phoneIndex === 0 && provider.crisisLaneAlwaysOpen === true;
}

/**
 * The newest page date per fact kind among sources that confirm it, for the kinds a provider publishes.
 * A source without a page date confirms a fact without dating it.
 */
export function factDatesFromSources(
  published: readonly FactKind[],
  sources: readonly { pageDate?: string; confirms?: readonly FactKind[] }[],
): FactDates {
  const dates: FactDates = {};
  for (const kind of published) {
    const confirming = sources.filter((source) => source.confirms?.includes(kind));
    if (confirming.length === 0) continue;
    dates[kind] = confirming.reduce<string | null>((found, source) => newest(found ?? undefined, source.pageDate) ?? null, null);
  }
  return dates;
}

/** The last day a fact of this date counts as current: 3 years after the end of the period it names. */
export function currentUntil(date: string): string {
  const end = periodEnd(date);
  const [year, month, day] = end.split('-');
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

/** The same day `years` years earlier (29 February becomes 28 February). */
function yearsBefore(date: string, years: number): string {
  const [year, month, day] = date.split('-');
  const earlier = `${Number(year) - years}-${month}-${day}`;
  return month === '02' && day === '29' ? `${Number(year) - years}-02-28` : earlier;
}
