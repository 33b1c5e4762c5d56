/**
 * The crisis lane, fixed in code: which lines it shows, in which order, and the exact number each one
 * dials. A young person in crisis taps these numbers, so no data edit may drop, add, reorder or redial a
 * line: the data only supplies texts and hours. A change here is a code change, reviewed by the people
 * named in .github/CODEOWNERS.
 *
 * `npm run data:check` refuses data that does not fit this (scripts/lib/checks/crisis-checks.ts), and
 * the build refuses to write a lane that differs from it (scripts/lib/generated-app-files.ts).
 */

export interface CrisisLaneLine {
  /** The provider file that holds the line's texts: data/providers/<providerId>.json */
  providerId: string;
  /** What the line's first phone number must be, as digits. */
  number: string;
  /**
   * Open day and night: the first number's hours may only be "24/7" (or left out), so no data edit can
   * make the lane say the line is closed, or drop it from "open now".
   */
  alwaysOpen: boolean;
  /**
   * Sites the line's chat link may point to (the site itself or a subdomain). Empty: the lane shows no
   * chat for this line until a developer adds the sourced domain here.
   */
  chatDomains: readonly string[];
}

/*
 * The lane's intro says "Bellen is gratis" (src/i18n): each line's data has a source for it (112:
 * sos112.be; 1813: 2019; Awel 102: 2020; Tele-Onthaal 106: 2025). It no longer says you need not give your
 * name: 112 asks who and where you are.
 */
export const CRISIS_LANE: readonly CrisisLaneLine[] = [
  // "24 uur op 24 en 7 dagen op 7" (https://www.sos112.be/nl/faq-112.html).
  { providerId: 'noodnummer-112', number: '112', alwaysOpen: true, chatDomains: [] },
  // Phone day and night (Het Belang van Limburg, 2021-11); www.zelfmoord1813.be, also www.1813.be (De Morgen).
  { providerId: 'zelfmoordlijn-1813', number: '1813', alwaysOpen: true, chatDomains: ['zelfmoord1813.be', '1813.be'] },
  // Awel's hours vary and no current source gives them; no source gives its web address yet
  // (shared/research/data-audit.md, finding 19).
  { providerId: 'awel', number: '102', alwaysOpen: false, chatDomains: [] },
  // Phone day and night (kw.be and sociaal.net, 2025-03); chat via tele-onthaal.be (focus-wtv, 2025-08-05).
  { providerId: 'tele-onthaal', number: '106', alwaysOpen: true, chatDomains: ['tele-onthaal.be'] },
];

/** Whether the provider is a lane line open day and night. */
export function crisisLaneAlwaysOpen(providerId: string): boolean {
  return CRISIS_LANE.some((line) => line.providerId === providerId && line.alwaysOpen);
}

/** A line's place in the lane (1 = first), or undefined when the provider is not in the lane. */
export function crisisLanePosition(providerId: string): number | undefined {
  const index = CRISIS_LANE.findIndex((line) => line.providerId === providerId);
  return index === -1 ? undefined : index + 1;
}

export interface CrisisTheme {
  themeId: string;
  /** Words the theme must keep: search finds the crisis lines through them. Staff may add more. */
  requiredWords: readonly string[];
}

/**
 * Themes that must exist, be marked `"crisis": true` and keep these words. Crisis detection itself
 * also has built-in patterns (src/crisis/crisis-patterns.ts), so the data can only add to it.
 */
export const CRISIS_THEMES: readonly CrisisTheme[] = [
  { themeId: 'zelfmoordgedachten', requiredWords: ['zelfmoord', 'zelfdoding', 'suïcide', 'ik wil dood', 'niet meer leven'] },
  { themeId: 'zelfverwonding', requiredWords: ['zelfverwonding', 'zelfbeschadiging', 'snijden', 'mezelf pijn doen'] },
];

/**
 * The most the bundled crisis file (src/generated/crisis-lane.json: lines and crisis words) may weigh.
 * It is in the first view's JavaScript of every page, so it must stay small.
 */
export const CRISIS_BUNDLE_BUDGET_BYTES = 12_000;
