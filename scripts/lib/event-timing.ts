/**
 * Turning the browser's Event Timing entries into one duration per keystroke (scripts/perf-typing.ts).
 * A keystroke is one interaction: its keydown, keypress, input and keyup entries share an interactionId,
 * and the interaction lasts as long as its longest entry (as INP counts it). The browser reports only
 * entries of at least the observer's durationThreshold (16 ms), so a keystroke with no entry was faster.
 */

/** What the page hands over of a PerformanceEventTiming entry. */
export interface EventTimingEntry {
  name: string;
  /** 0 for events that are not part of an interaction (pointer moves, say). */
  interactionId: number;
  duration: number;
  startTime: number;
}

/** Stands for a keystroke the browser reported nothing for: under the 16 ms threshold. */
export const UNDER_THRESHOLD = 0;

/**
 * One duration per typed key, in the order typed: the longest entry of each interaction, and
 * UNDER_THRESHOLD for every key without an entry (`typed` keys in all).
 */
export function keystrokeDurations(entries: EventTimingEntry[], typed: number): number[] {
  const longest = new Map<number, { duration: number; startTime: number }>();
  for (const entry of entries) {
    if (entry.interactionId === 0) continue;
    const seen = longest.get(entry.interactionId);
    longest.set(entry.interactionId, {
      duration: Math.max(seen?.duration ?? 0, entry.duration),
      startTime: Math.min(seen?.startTime ?? Infinity, entry.startTime),
    });
  }
  const reported = [...longest.values()].sort((a, b) => a.startTime - b.startTime).map((interaction) => interaction.duration);
  // More interactions than keys would mean something else was measured too: keep them all, they count.
  return [...reported, ...Array<number>(Math.max(0, typed - reported.length)).fill(UNDER_THRESHOLD)];
}

export interface KeystrokeSummary {
  keystrokes: number;
  /** Keystrokes the browser reported nothing for (under 16 ms). */
  under16: number;
  p50: number;
  p75: number;
  p95: number;
  max: number;
}

/** The nearest-rank percentile (p in 0–100) of durations; UNDER_THRESHOLD when it falls on an unreported keystroke. */
export function percentile(durations: number[], p: number): number {
  if (durations.length === 0) return UNDER_THRESHOLD;
  const sorted = [...durations].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function eventTimingSummary(durations: number[]): KeystrokeSummary {
  return {
    keystrokes: durations.length,
    under16: durations.filter((d) => d === UNDER_THRESHOLD).length,
    p50: percentile(durations, 50),
    p75: percentile(durations, 75),
    p95: percentile(durations, 95),
    max: percentile(durations, 100),
  };
}
