import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropTypedUrl, writeTypedUrl, writeTypedUrlLater } from './typed-url';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  dropTypedUrl();
  vi.useRealTimers();
});

describe('the typed address, written when typing pauses', () => {
  it('writes only the last of a burst of keys, once typing pauses', () => {
    const written: string[] = [];
    for (const query of ['i', 'ik', 'ik w']) {
      writeTypedUrlLater(() => written.push(query));
      vi.advanceTimersByTime(50);
    }
    expect(written).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(written).toEqual(['ik w']);
  });

  it('is written at once when asked (before another navigation, Share), and only once', () => {
    const write = vi.fn();
    writeTypedUrlLater(write);
    writeTypedUrl();
    expect(write).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    writeTypedUrl();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('is never written once dropped (Back, Forward, the quick exit)', () => {
    const write = vi.fn();
    writeTypedUrlLater(write);
    dropTypedUrl();
    vi.advanceTimersByTime(1000);
    writeTypedUrl();
    expect(write).not.toHaveBeenCalled();
  });
});
