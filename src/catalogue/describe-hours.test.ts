import { describe, expect, it } from 'vitest';
import { describeHours } from './describe-hours';

const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const NINE_TO_FIVE: [number, number][] = [[540, 1020]];

describe('describeHours', () => {
  it('groups days with the same hours', () => {
    expect(
      describeHours({ week: [NINE_TO_FIVE, NINE_TO_FIVE, NINE_TO_FIVE, NINE_TO_FIVE, NINE_TO_FIVE, [], []] }, DAYS, 'dag en nacht'),
    ).toBe('ma–vr 9:00–17:00');
  });

  it('says "dag en nacht" for 24/7', () => {
    expect(describeHours({ week: Array.from({ length: 7 }, () => [[0, 1440]] as [number, number][]) }, DAYS, 'dag en nacht')).toBe(
      'dag en nacht',
    );
  });

  it('lists split hours and single days', () => {
    expect(describeHours({ week: [[[1020, 1260]], [[1020, 1260]], [[840, 1260]], [[1020, 1260]], [], [], []] }, DAYS, '')).toBe(
      'ma–di 17:00–21:00, wo 14:00–21:00, do 17:00–21:00',
    );
  });
});
