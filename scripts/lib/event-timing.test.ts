import { describe, expect, it } from 'vitest';
import { eventTimingSummary, keystrokeDurations, percentile, UNDER_THRESHOLD } from './event-timing';

describe('keystrokeDurations', () => {
  it('takes the longest entry of each interaction, in typing order', () => {
    const entries = [
      { name: 'keydown', interactionId: 20, duration: 40, startTime: 200 },
      { name: 'keyup', interactionId: 20, duration: 24, startTime: 230 },
      { name: 'keydown', interactionId: 10, duration: 32, startTime: 100 },
      { name: 'input', interactionId: 10, duration: 56, startTime: 101 },
    ];
    expect(keystrokeDurations(entries, 2)).toEqual([56, 40]);
  });

  it('counts a key the browser reported nothing for as under the threshold', () => {
    const entries = [{ name: 'keydown', interactionId: 7, duration: 48, startTime: 1 }];
    expect(keystrokeDurations(entries, 3)).toEqual([48, UNDER_THRESHOLD, UNDER_THRESHOLD]);
  });

  it('leaves out events that belong to no interaction', () => {
    const entries = [{ name: 'pointermove', interactionId: 0, duration: 100, startTime: 1 }];
    expect(keystrokeDurations(entries, 1)).toEqual([UNDER_THRESHOLD]);
  });
});

describe('percentiles', () => {
  it('uses the nearest rank', () => {
    const durations = [10, 20, 30, 40];
    expect(percentile(durations, 50)).toBe(20);
    expect(percentile(durations, 75)).toBe(30);
    expect(percentile(durations, 95)).toBe(40);
  });

  it('summarises keys under the threshold as such', () => {
    expect(eventTimingSummary([UNDER_THRESHOLD, UNDER_THRESHOLD, UNDER_THRESHOLD, 80])).toEqual({
      keystrokes: 4,
      under16: 3,
      p50: UNDER_THRESHOLD,
      p75: UNDER_THRESHOLD,
      p95: 80,
      max: 80,
    });
  });
});
